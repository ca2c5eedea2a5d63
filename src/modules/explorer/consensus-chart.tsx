import { outcomeLabel } from '../comparisons/claim-display.js';
import type { ComparisonModel } from '../comparisons/models/comparison.model.js';

/** One bar: which way the sources lean on a criterion (-1 = all for a, +1 = all for b) and how many. */
export interface ConsensusBar {
  criterion: string;
  lean: number;
  label: string;
  conflict: boolean;
}

export function consensusBars(c: ComparisonModel): ConsensusBar[] {
  const [a, b] = c.technologies;
  return c.rows
    .filter((r) => r.consensus.outcome !== null)
    .map((r) => {
      const winner = r.consensus.winner?.slug;
      const sign = winner === a.slug ? -1 : winner === b.slug ? 1 : 0;
      const who = outcomeLabel(r.consensus.winner, r.consensus.outcome!);
      return {
        criterion: r.criterion.name,
        lean: sign * r.consensus.agreement,
        label: `${r.criterion.name}: ${who}, ${Math.round(r.consensus.agreement * 100)}% agreement of ${r.consensus.sourceCount} source${r.consensus.sourceCount === 1 ? '' : 's'}${r.conflict ? ', sources disagree' : ''}`,
        conflict: r.conflict,
      };
    });
}

const ROW = 26;
const HALF = 180;
/** Criterion names longer than this are cut with an ellipsis; the bar's tooltip (<title>) gives the whole name. */
export const LABEL_MAX_CHARS = 34;
/** A generous width per character at 12 px (wide letters, bold-ish fonts), so a label is never wider than its gutter. */
const CHAR_WIDTH = 7.5;

/** A label as drawn: whole, or cut at LABEL_MAX_CHARS (code points) with an ellipsis. */
export function chartLabel(name: string): string {
  const chars = [...name];
  return chars.length > LABEL_MAX_CHARS ? `${chars.slice(0, LABEL_MAX_CHARS - 1).join('').trimEnd()}…` : name;
}

/** The label gutter: as wide as the longest label drawn, plus padding, so no label is clipped at the left edge. */
export function labelGutter(names: readonly string[]): number {
  const longest = Math.max(0, ...names.map((n) => [...chartLabel(n)].length));
  return Math.ceil(Math.max(80, longest * CHAR_WIDTH + 16));
}

/**
 * Diverging bars in SVG: left of the axis the first technology, right the second; the bar's
 * length is the share of the weight behind the consensus. Ties are a small mark on the axis.
 */
export function ConsensusChart(props: { comparison: ComparisonModel }) {
  const [a, b] = props.comparison.technologies;
  const bars = consensusBars(props.comparison);
  const gutter = labelGutter(bars.map((bar) => bar.criterion));
  const width = gutter + 2 * HALF + 20;
  const height = 40 + bars.length * ROW;
  const axis = gutter + HALF;
  const body = bars.map((bar, i) => {
    const y = 30 + i * ROW;
    const len = Math.max(Math.abs(bar.lean) * HALF, 3);
    const x = bar.lean < 0 ? axis - len : bar.lean > 0 ? axis : axis - 1.5;
    const fill = bar.lean < 0 ? '#1f6feb' : bar.lean > 0 ? '#bf3989' : '#57606a';
    const conflict = bar.conflict ? { stroke: '#8a4b00', 'stroke-width': '2', 'stroke-dasharray': '4 2' } : {};
    return (
      <g>
        <title>{bar.label}</title>
        <text x={gutter - 8} y={y + 15} text-anchor="end">
          {chartLabel(bar.criterion)}
        </text>
        <rect x={x.toFixed(1)} y={y + 3} width={(bar.lean === 0 ? 3 : len).toFixed(1)} height={ROW - 8} fill={fill} {...conflict} />
      </g>
    );
  });
  return (
    <svg class="vkb-chart" role="img" aria-labelledby="vkb-chart-title vkb-chart-desc" viewBox={`0 0 ${width} ${height}`} width="100%" style={`max-width:${width}px`} font-size="12" font-family="system-ui,sans-serif">
      <title id="vkb-chart-title">
        Consensus per criterion: {a.name} (left) vs {b.name} (right)
      </title>
      <desc id="vkb-chart-desc">{bars.map((bar) => bar.label).join('; ')}</desc>
      <text x={axis - 8} y="16" text-anchor="end" fill="#1f6feb" font-weight="700">
        ← {a.name}
      </text>
      <text x={axis + 8} y="16" fill="#bf3989" font-weight="700">
        {b.name} →
      </text>
      <line x1={axis} y1="24" x2={axis} y2={height - 6} stroke="#57606a" />
      {body}
    </svg>
  );
}
