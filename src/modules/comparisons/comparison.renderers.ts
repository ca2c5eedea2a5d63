import type { ComparisonModel, ComparisonRowModel } from './models/comparison.model.js';

export const COMPARISON_FORMATS = ['json', 'csv', 'markdown', 'html'] as const;
export type ComparisonFormat = (typeof COMPARISON_FORMATS)[number];

export const FORMAT_CONTENT_TYPES: Record<ComparisonFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** `?format=` wins; else the first Accept type we serve; else JSON. */
export function negotiateFormat(format: string | undefined, accept: string | undefined): ComparisonFormat | null {
  if (format) return (COMPARISON_FORMATS as readonly string[]).includes(format) ? (format as ComparisonFormat) : null;
  const types: Record<string, ComparisonFormat> = { 'application/json': 'json', 'text/csv': 'csv', 'text/markdown': 'markdown', 'text/html': 'html', '*/*': 'json', 'application/*': 'json', 'text/*': 'markdown' };
  const wanted = (accept ?? '*/*')
    .split(',')
    .map((part) => {
      const [type, ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1);
      return { type: type.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0 };
    })
    .filter((t) => t.q > 0)
    .sort((x, y) => y.q - x.q);
  for (const { type } of wanted) if (types[type]) return types[type];
  return null;
}

export function renderComparison(c: ComparisonModel, format: ComparisonFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(c);
    case 'csv':
      return renderCsv(c);
    case 'markdown':
      return renderMarkdown(c);
    case 'html':
      return renderHtml(c);
  }
}

const cellText = (row: ComparisonRowModel, slug: string) =>
  row.assessments.filter((a) => a.technology.slug === slug).map((a) => `${a.rating} (${a.source.slug})`).join('; ');
const verdictText = (row: ComparisonRowModel) =>
  row.verdicts.map((v) => `${v.winner ? v.winner.name : v.outcome} (${v.source.slug})`).join('; ');
const consensusText = (row: ComparisonRowModel) =>
  row.consensus.outcome === null ? '' : row.consensus.winner ? row.consensus.winner.name : 'tie';

function renderCsv(c: ComparisonModel): string {
  const [a, b] = c.technologies;
  const quote = (v: string | number | boolean) => {
    const s = String(v);
    return /[",\n\r]/.test(s) || /^[=+\-@\t]/.test(s) ? `"${(/^[=+\-@\t]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"` : s;
  };
  const header = ['criterion', 'category', a.name, b.name, 'verdicts', 'consensus', 'agreement', 'sources', 'conflict'];
  const lines = c.rows.map((r) =>
    [r.criterion.name, r.criterion.category, cellText(r, a.slug), cellText(r, b.slug), verdictText(r), consensusText(r), r.consensus.agreement, r.consensus.sourceCount, r.conflict].map(quote).join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

function renderMarkdown(c: ComparisonModel): string {
  const [a, b] = c.technologies;
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    `# ${a.name} vs ${b.name}`,
    '',
    `| Criterion | ${esc(a.name)} | ${esc(b.name)} | Verdicts | Consensus | Agreement | Conflict |`,
    '|---|---|---|---|---|---|---|',
    ...c.rows.map((r) => `| ${esc(r.criterion.name)} | ${esc(cellText(r, a.slug))} | ${esc(cellText(r, b.slug))} | ${esc(verdictText(r))} | ${esc(consensusText(r))} | ${r.consensus.agreement} | ${r.conflict ? 'yes' : ''} |`),
    '',
    'Sources: ' + c.sources.map((s) => `${esc(s.title)} (${s.slug}${s.publishedAt ? `, ${s.publishedAt}` : ''})`).join('; '),
  ];
  return lines.join('\n') + '\n';
}

function renderHtml(c: ComparisonModel): string {
  const [a, b] = c.technologies;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  const cite = (claimId: number, text: string, quote: string, source: string) =>
    `<a href="/api/claims/${claimId}" title="${esc(`“${quote}” — ${source}`)}">${esc(text)}</a>`;
  const cells = (r: ComparisonRowModel, slug: string) =>
    r.assessments.filter((x) => x.technology.slug === slug).map((x) => cite(x.claimId, x.rating, x.quote, x.source.title)).join('<br>');
  const verdicts = (r: ComparisonRowModel) =>
    r.verdicts.map((v) => cite(v.claimId, v.winner ? v.winner.name : v.outcome, v.quote, v.source.title)).join('<br>');
  const rows = c.rows
    .map(
      (r) =>
        `<tr${r.conflict ? ' class="vkb-conflict"' : ''}><th scope="row">${esc(r.criterion.name)}</th><td>${cells(r, a.slug)}</td><td>${cells(r, b.slug)}</td><td>${verdicts(r)}</td><td>${esc(consensusText(r))}</td><td>${r.consensus.agreement}</td></tr>`,
    )
    .join('\n');
  return `<table class="vkb-comparison">
<caption>${esc(a.name)} vs ${esc(b.name)}</caption>
<thead><tr><th scope="col">Criterion</th><th scope="col">${esc(a.name)}</th><th scope="col">${esc(b.name)}</th><th scope="col">Verdicts</th><th scope="col">Consensus</th><th scope="col">Agreement</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
`;
}
