import type { ComparisonModel, ComparisonRowModel } from '../comparisons/models/comparison.model.js';
import { renderFragment } from '../../common/pages/document.js';
import { chartLabel, consensusBars, ConsensusChart, LABEL_MAX_CHARS } from './consensus-chart.js';

const renderConsensusChart = (c: ComparisonModel) => renderFragment(ConsensusChart({ comparison: c }));

const node = { slug: 'nodejs', name: 'Node.js' };
const python = { slug: 'python', name: 'Python' };

function row(name: string, winner: typeof node | null, outcome: string): ComparisonRowModel {
  return {
    criterion: { slug: name.toLowerCase().replace(/\W+/g, '-'), name, category: 'general' },
    assessments: [],
    verdicts: [],
    consensus: { winner, outcome, agreement: 0.75, sourceCount: 2, support: [], dissent: [], positions: [] },
    conflict: false,
  };
}

const comparison = (rows: ComparisonRowModel[]): ComparisonModel =>
  ({ technologies: [node, python], rows, useCaseConsensus: [], useCases: [], scenarios: [], faqs: [], recommendations: [], sources: [] }) as ComparisonModel;

describe('the consensus chart', () => {
  it.each([
    ['tie', 'Tie'],
    ['split', 'Split'],
    ['neither', 'Neither'],
    ['contested', 'Contested'],
  ])('labels a %s as %s', (outcome, label) => {
    const [bar] = consensusBars(comparison([row('Speed', null, outcome)]));
    expect(bar.label).toBe(`Speed: ${label}, 75% agreement of 2 sources`);
    expect(bar.lean).toBe(0);
  });

  it.each([
    ['IO', 'IO'],
    ['Language and expressiveness of the type system in large codebases', `${'Language and expressiveness of the type system in large codebases'.slice(0, LABEL_MAX_CHARS - 1).trimEnd()}…`],
  ])('draws %j as %j', (name, drawn) => {
    expect(chartLabel(name)).toBe(drawn);
  });

  it('leaves every label room on the left: the gutter grows with the longest label, a long one is cut with its whole name in the tooltip', () => {
    const long = 'Developer experience and tooling maturity';
    for (const names of [['IO'], ['IO', 'Ecosystem and community support'], ['IO', long]]) {
      const svg = renderConsensusChart(comparison(names.map((n) => row(n, node, 'win'))));
      const labels = [...svg.matchAll(/<text x="(\d+(?:\.\d+)?)" y="\d+" text-anchor="end">([^<]*)<\/text>/g)];
      expect(labels).toHaveLength(names.length);
      for (const [, x, text] of labels) {
        // At 7 px per character (12 px system-ui runs narrower), the label's left end stays inside the chart.
        expect(Number(x) - [...text].length * 7).toBeGreaterThanOrEqual(0);
      }
    }
    const svg = renderConsensusChart(comparison([row(long, node, 'win')]));
    expect(svg).toContain(`<title>${long}: Node.js`);
    expect(svg).toContain(`>${chartLabel(long)}</text>`);
  });
});
