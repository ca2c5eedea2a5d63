import { preferredMediaType } from '../../common/http/media-type.js';
import { csvLine } from '../../common/text/csv.js';
import { markdownLink, markdownText } from '../../common/text/markdown.js';
import { cellText, citationUrl, claimSections, claimText, consensusText, type RenderContext } from './comparison-sections.js';
import { renderComparisonHtml } from './comparison-html.js';
import type { ComparisonModel, ComparisonRowModel } from './models/comparison.model.js';

export { citationUrl, claimSections, type RenderContext } from './comparison-sections.js';

export const COMPARISON_FORMATS = ['json', 'csv', 'markdown', 'html'] as const;
export type ComparisonFormat = (typeof COMPARISON_FORMATS)[number];

export const FORMAT_CONTENT_TYPES: Record<ComparisonFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

// The formats by media type, in the order wildcards take them: any type is JSON, any text Markdown.
const FORMAT_OF_MEDIA_TYPE: Record<string, ComparisonFormat> = { 'application/json': 'json', 'text/markdown': 'markdown', 'text/csv': 'csv', 'text/html': 'html' };

/** `?format=` wins; else the type Accept prefers among those served; null when it accepts none. */
export function negotiateFormat(format: string | undefined, accept: string | undefined): ComparisonFormat | null {
  if (format) return (COMPARISON_FORMATS as readonly string[]).includes(format) ? (format as ComparisonFormat) : null;
  const type = preferredMediaType(accept, Object.keys(FORMAT_OF_MEDIA_TYPE));
  return type ? FORMAT_OF_MEDIA_TYPE[type] : null;
}

export function renderComparison(c: ComparisonModel, format: ComparisonFormat, context: RenderContext = { base: '' }): string {
  switch (format) {
    case 'json':
      return JSON.stringify(c);
    case 'csv':
      return renderCsv(c, context);
    case 'markdown':
      return renderMarkdown(c, context);
    case 'html':
      return renderComparisonHtml(c, context);
  }
}

const verdictText = (row: ComparisonRowModel) =>
  row.verdicts.map((v) => `${v.winner ? v.winner.name : v.outcome} (${v.source.slug})`).join('; ');
/** Three CSV tables separated by a blank line: criteria, then the claims of every section, then the sources. */
function renderCsv(c: ComparisonModel, context: RenderContext): string {
  const [a, b] = c.technologies;
  const line = csvLine;
  // The technologies' names are stored data like any other cell (a name may start with = or hold a comma).
  const header = ['criterion', 'category', a.name, b.name, 'verdicts', 'consensus', 'agreement', 'sources', 'conflict'];
  const lines = c.rows.map((r) => line([r.criterion.name, r.criterion.category, cellText(r, a.slug), cellText(r, b.slug), verdictText(r), consensusText(r), r.consensus.agreement, r.consensus.sourceCount, r.conflict]));
  const sections = claimSections(c).flatMap((s) =>
    s.claims.map((claim) => line([s.label, claim.id, claim.technology?.name ?? '', claimText(claim), claim.quote, claim.source.slug, citationUrl(context, claim.id)])),
  );
  const sources = c.sources.map((s) => line([s.slug, s.title, s.publishedAt, context.sourceUrls?.get(s.slug) ?? '']));
  return [
    line(header),
    ...lines,
    ...useCaseConsensusCsv(c),
    '',
    'section,claim,technology,statement,quote,source,citation',
    ...sections,
    '',
    'source,title,published,url',
    ...sources,
  ].join('\r\n') + '\r\n';
}

function renderMarkdown(c: ComparisonModel, context: RenderContext): string {
  const [a, b] = c.technologies;
  const esc = markdownText;
  const lines = [
    `# ${esc(a.name)} vs ${esc(b.name)}`,
    '',
    `| Criterion | ${esc(a.name)} | ${esc(b.name)} | Verdicts | Consensus | Agreement | Conflict |`,
    '|---|---|---|---|---|---|---|',
    ...c.rows.map((r) => `| ${esc(r.criterion.name)} | ${esc(cellText(r, a.slug))} | ${esc(cellText(r, b.slug))} | ${esc(verdictText(r))} | ${esc(consensusText(r))} | ${r.consensus.agreement} | ${r.conflict ? 'yes' : ''} |`),
    '',
    ...useCaseConsensusMarkdown(c, esc),
  ];
  for (const section of claimSections(c)) {
    lines.push('', `## ${esc(section.label)}`, '');
    for (const claim of section.claims) {
      lines.push(`- ${esc(claimText(claim))} — “${esc(claim.quote)}” (${markdownLink(claim.source.title, citationUrl(context, claim.id))})`);
    }
  }
  lines.push('', '## Sources', '');
  for (const s of c.sources) {
    lines.push(`- ${markdownLink(s.title, context.sourceUrls?.get(s.slug))}${s.publishedAt ? `, ${esc(s.publishedAt)}` : ''} (${esc(s.slug)})`);
  }
  return lines.join('\n') + '\n';
}

// Per-use-case consensus: a separate block after the criteria table in each format.
const positionsText = (u: ComparisonModel['useCaseConsensus'][number]) =>
  u.consensus.positions.map((p) => `${p.source.slug}: ${p.position} (${p.basis}${p.qualifiers.length ? `, "${p.qualifiers.join('", "')}"` : ''})`).join('; ');

/** After a blank line, a second CSV table: one line per use case. */
function useCaseConsensusCsv(c: ComparisonModel): string[] {
  if (!c.useCaseConsensus.length) return [];
  const lines = c.useCaseConsensus.map((u) => csvLine([u.useCase.name, consensusText(u), u.consensus.agreement, u.consensus.sourceCount, positionsText(u)]));
  return ['', 'use case,consensus,agreement,sources,positions', ...lines];
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
