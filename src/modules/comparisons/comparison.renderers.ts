import type { ComparisonModel, ComparisonRowModel, ConsensusModel } from './models/comparison.model.js';

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
const consensusText = (row: { consensus: ConsensusModel }) =>
  row.consensus.outcome === null ? '' : row.consensus.winner ? row.consensus.winner.name : row.consensus.outcome;

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
  return [header.join(','), ...lines].join('\r\n') + '\r\n' + useCaseConsensusCsv(c, quote);
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
    ...useCaseConsensusMarkdown(c, esc),
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
${useCaseConsensusHtml(c, esc)}`;
}

// Per-use-case consensus: a separate block after the criteria table in each format.
const positionsText = (u: ComparisonModel['useCaseConsensus'][number]) =>
  u.consensus.positions.map((p) => `${p.source.slug}: ${p.position} (${p.basis}${p.qualifiers.length ? `, "${p.qualifiers.join('", "')}"` : ''})`).join('; ');

/** After a blank line, a second CSV table: one line per use case. */
function useCaseConsensusCsv(c: ComparisonModel, quote: (v: string | number | boolean) => string): string {
  if (!c.useCaseConsensus.length) return '';
  const lines = c.useCaseConsensus.map((u) => [u.useCase.name, consensusText(u), u.consensus.agreement, u.consensus.sourceCount, positionsText(u)].map(quote).join(','));
  return ['', 'use case,consensus,agreement,sources,positions', ...lines].join('\r\n') + '\r\n';
}

function useCaseConsensusMarkdown(c: ComparisonModel, esc: (s: string) => string): string[] {
  if (!c.useCaseConsensus.length) return [];
  return [
    '## Use cases',
    '',
    '| Use case | Consensus | Agreement | Sources | Positions |',
    '|---|---|---|---|---|',
    ...c.useCaseConsensus.map((u) => `| ${esc(u.useCase.name)} | ${esc(consensusText(u))} | ${u.consensus.agreement} | ${u.consensus.sourceCount} | ${esc(positionsText(u))} |`),
    '',
  ];
}

function useCaseConsensusHtml(c: ComparisonModel, esc: (s: string) => string): string {
  if (!c.useCaseConsensus.length) return '';
  const rows = c.useCaseConsensus
    .map((u) => {
      const positions = u.consensus.positions
        .map((p) => `<a href="/api/claims/${p.claimIds[0]}" title="${esc(`“${p.quote}” — ${p.source.title}`)}">${esc(`${p.source.slug}: ${p.position}`)}</a>${p.qualifiers.length ? ` <em>(${esc(p.qualifiers.join(', '))})</em>` : ''}`)
        .join('<br>');
      return `<tr><th scope="row">${esc(u.useCase.name)}</th><td>${esc(consensusText(u))}</td><td>${u.consensus.agreement}</td><td>${u.consensus.sourceCount}</td><td>${positions}</td></tr>`;
    })
    .join('\n');
  return `<table class="vkb-use-cases">
<caption>Use cases</caption>
<thead><tr><th scope="col">Use case</th><th scope="col">Consensus</th><th scope="col">Agreement</th><th scope="col">Sources</th><th scope="col">Positions</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
`;
}
