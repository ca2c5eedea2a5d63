import type { RefModel, SourceRefModel } from '../../common/models/refs.model.js';
import { consensusOf, statedTime, type Stance } from './consensus.js';
import type { AssessmentModel, VerdictModel } from './models/comparison.model.js';

const NODE: RefModel = { slug: 'nodejs', name: 'Node.js' };
const PY: RefModel = { slug: 'python', name: 'Python' };
const pair: [RefModel, RefModel] = [NODE, PY];
const src = (slug: string, publishedAt: string | null = null): SourceRefModel => ({ slug, title: slug, publishedAt });

let id = 1;
const verdict = (source: string, outcome: string, winner: RefModel | null = null, qualifiers: string[] = [], date: string | null = null): VerdictModel => ({
  claimId: id++, source: src(source, date), winner, outcome, quote: 'q', qualifiers,
});
const rating = (source: string, technology: RefModel, word: string, score: number | null): AssessmentModel => ({ claimId: id++, source: src(source), technology, rating: word, score, quote: word });
const stance = (source: string, favours: RefModel, qualifiers: string[] = []): Stance => ({ claimId: id++, source: src(source), favours, qualifiers, quote: 'q' });

describe('consensusOf', () => {
  it.each([
    ['a single win', [verdict('a', 'win', NODE)], [], [], { outcome: 'win', winner: 'nodejs', agreement: 1, sourceCount: 1 }],
    ['tie stays tie', [verdict('a', 'tie')], [], [], { outcome: 'tie', winner: null, agreement: 1, sourceCount: 1 }],
    ['split stays split', [verdict('a', 'split')], [], [], { outcome: 'split', winner: null, agreement: 1, sourceCount: 1 }],
    ['neither stays neither', [verdict('a', 'neither')], [], [], { outcome: 'neither', winner: null, agreement: 1, sourceCount: 1 }],
    ['Fast < Very Fast is a win on the ordinal scale', [], [rating('a', NODE, 'Very Fast', 0.9), rating('a', PY, 'Fast', 0.8)], [], { outcome: 'win', winner: 'nodejs', agreement: 1, sourceCount: 1 }],
    ['only equal ratings tie', [], [rating('a', NODE, 'Fast', 0.8), rating('a', PY, 'Fast', 0.8)], [], { outcome: 'tie', winner: null, agreement: 1, sourceCount: 1 }],
    ['a rating of one side only is no position', [], [rating('a', NODE, 'Fast', 0.8)], [], { outcome: null, winner: null, agreement: 0, sourceCount: 0 }],
    ['ratings in words that fit no scale take no position', [], [rating('a', NODE, 'Built-in', null), rating('a', PY, 'Plugin', null)], [], { outcome: null, winner: null, agreement: 0, sourceCount: 0 }],
    ['a scoreless rating leaves the source to its stances', [], [rating('a', NODE, 'Built-in', null), rating('a', PY, 'Fast', 0.8)], [stance('a', PY)], { outcome: 'win', winner: 'python', agreement: 1, sourceCount: 1 }],
    ['stances are positions: five sources listing real-time for Node.js', [], [], ['a', 'b', 'c', 'd', 'e'].map((s) => stance(s, NODE)), { outcome: 'win', winner: 'nodejs', agreement: 1, sourceCount: 5 }],
    ['a verdict outweighs two stances', [verdict('a', 'win', PY)], [], [stance('b', NODE), stance('c', NODE)], { outcome: 'win', winner: 'python', agreement: 0.625, sourceCount: 3 }],
    ['a source\'s verdict wins over its own stances', [verdict('a', 'win', PY)], [], [stance('a', NODE), stance('a', NODE)], { outcome: 'win', winner: 'python', agreement: 1, sourceCount: 1 }],
    ['a hedged verdict weighs less than an unhedged one', [verdict('a', 'win', PY, ['sometimes']), verdict('b', 'win', NODE)], [], [], { outcome: 'win', winner: 'nodejs', agreement: 0.625, sourceCount: 2 }],
    ['equal top weights are contested', [verdict('a', 'win', PY), verdict('b', 'win', NODE)], [], [], { outcome: 'contested', winner: null, agreement: 0, sourceCount: 2 }],
    ['stances for both sides in equal number take no position', [], [], [stance('a', NODE), stance('a', PY)], { outcome: null, winner: null, agreement: 0, sourceCount: 0 }],
  ] as [string, VerdictModel[], AssessmentModel[], Stance[], Record<string, unknown>][])('%s', (_label, verdicts, assessments, stances, expected) => {
    const c = consensusOf(pair, verdicts, assessments, stances);
    expect({ outcome: c.outcome, winner: c.winner?.slug ?? null, agreement: c.agreement, sourceCount: c.sourceCount }).toEqual(expected);
  });

  it('shows qualifiers and the weight they leave', () => {
    const c = consensusOf(pair, [verdict('a', 'win', PY, ['sometimes'])], [], []);
    expect(c.positions).toEqual([expect.objectContaining({ position: 'python', basis: 'verdict', weight: 0.6, qualifiers: ['sometimes'] })]);
  });

  it('marks dissent as a conflict', () => {
    const c = consensusOf(pair, [verdict('a', 'win', NODE), verdict('b', 'tie'), verdict('c', 'win', NODE)], [], []);
    expect(c.conflict).toBe(true);
    expect(c.dissent.map((s) => s.slug)).toEqual(['b']);
  });

  it.each([
    ['off: the older source and the newer weigh the same', undefined, 'contested'],
    ['recency: the newer source outweighs one a year older', { halfLifeDays: 365 }, 'win'],
  ])('%s', (_label, recency, outcome) => {
    const verdicts = [verdict('old', 'win', PY, [], '2025-01'), verdict('new', 'win', NODE, [], '2026-01')];
    const c = consensusOf(pair, verdicts, [], [], { recency });
    expect(c.outcome).toBe(outcome);
    if (recency) {
      expect(c.winner?.slug).toBe('nodejs');
      expect(c.positions.find((p) => p.source.slug === 'old')!.weight).toBeCloseTo(0.5, 2);
    }
  });
});

describe('statedTime', () => {
  it.each([
    ['2026', Date.UTC(2026, 0, 1)],
    ['2026-05', Date.UTC(2026, 4, 1)],
    ['2026-05-14', Date.UTC(2026, 4, 14)],
    [null, null],
  ])('%s', (input, expected) => expect(statedTime(input)).toBe(expected));
});
