import { preferredMediaType } from '../../common/http/media-type.js';
import { csvLine } from '../../common/text/csv.js';
import { markdownLink, markdownText } from '../../common/text/markdown.js';
import type { SourceRefModel } from '../../common/models/refs.model.js';
import { outcomeLabel, quoteForDisplay } from './claim-display.js';
import type { ClaimModel } from '../claims/models/claim.model.js';
import type { ComparisonModel, ComparisonRowModel, ConsensusModel } from './models/comparison.model.js';
import { escapeHtml } from '../../common/text/html.js';
import { linkableUrl } from '../../common/text/web-url.js';

export const COMPARISON_FORMATS = ['json', 'csv', 'markdown', 'html'] as const;
export type ComparisonFormat = (typeof COMPARISON_FORMATS)[number];

export const FORMAT_CONTENT_TYPES: Record<ComparisonFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** Where links point: the public base URL (absolute, no trailing slash) and the sources' own URLs. */
export interface RenderContext {
  base: string;
  sourceUrls?: ReadonlyMap<string, string | null>;
}

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

/** The citation page of a claim: where every embed and fragment link goes. */
export const citationUrl = (context: RenderContext, claimId: number) => `${context.base}/claims/${claimId}`;

const KNOWN_SECTIONS: ReadonlyMap<string, string> = new Map([['useCases', 'Use cases'], ['scenarios', 'Scenarios'], ['faqs', 'FAQs'], ['recommendations', 'Recommendations']]);

/**
 * The claim lists of a comparison, in a stable order: the known ones first, then any other
 * list of claims the model carries (the model grows; a renderer that names only today's
 * sections would silently drop tomorrow's).
 */
export function claimSections(c: ComparisonModel): { key: string; label: string; claims: ClaimModel[] }[] {
  const isClaimList = (v: unknown): v is ClaimModel[] =>
    Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === 'object' && typeof (x as ClaimModel).id === 'number' && typeof (x as ClaimModel).quote === 'string' && typeof (x as ClaimModel).kind === 'string');
  const record = c as unknown as Record<string, unknown>;
  const keys = [...KNOWN_SECTIONS.keys(), ...Object.keys(record).filter((k) => !KNOWN_SECTIONS.has(k)).sort()];
  return keys
    .filter((k) => isClaimList(record[k]))
    .map((key) => ({ key, label: KNOWN_SECTIONS.get(key) ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (ch) => ch.toUpperCase()), claims: record[key] as ClaimModel[] }));
}

const cellText = (row: ComparisonRowModel, slug: string) =>
  row.assessments.filter((a) => a.technology.slug === slug).map((a) => `${a.rating} (${a.source.slug})`).join('; ');
const verdictText = (row: ComparisonRowModel) =>
  row.verdicts.map((v) => `${v.winner ? v.winner.name : v.outcome} (${v.source.slug})`).join('; ');
const consensusText = (row: { consensus: ConsensusModel }) =>
  row.consensus.outcome === null ? '' : row.consensus.winner ? row.consensus.winner.name : row.consensus.outcome;
const claimText = (claim: ClaimModel) => (claim.question ? `${claim.question} ${claim.answer ?? ''}`.trim() : claim.statement);

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

/** A source's date, set apart from its title: ` (2025-01)`. */
export const publishedHtml = (publishedAt: string | null) =>
  publishedAt ? ` <span class="vkb-date">(<time datetime="${escapeHtml(publishedAt)}">${escapeHtml(publishedAt)}</time>)</span>` : '';

function sourceCredit(s: SourceRefModel, context: RenderContext): string {
  const href = linkableUrl(context.sourceUrls?.get(s.slug));
  const title = href ? `<a href="${escapeHtml(href)}" rel="noopener">${escapeHtml(s.title)}</a>` : escapeHtml(s.title);
  return `<li>${title}${publishedHtml(s.publishedAt)}</li>`;
}

/**
 * The embeddable fragment: the table (quotes visible, every cell linking its citation page),
 * every claim section, and the sources credited. Class names are prefixed `vkb-` so the
 * embedding page's styles and ours do not collide; the widget and the iframe add the CSS.
 */
export function renderComparisonHtml(c: ComparisonModel, context: RenderContext): string {
  const [a, b] = c.technologies;
  const esc = escapeHtml;
  // A quote that is a table row shows the cell the claim's text names.
  const cite = (claimId: number, text: string, quote: string, source: SourceRefModel) =>
    `<a class="vkb-cite" href="${esc(citationUrl(context, claimId))}">${esc(text)}</a> <q class="vkb-quote">${esc(quoteForDisplay(quote, text))}</q> <span class="vkb-by">— ${esc(source.title)}</span>`;
  const cells = (r: ComparisonRowModel, slug: string) =>
    r.assessments.filter((x) => x.technology.slug === slug).map((x) => `<p>${cite(x.claimId, x.rating, x.quote, x.source)}</p>`).join('');
  const verdicts = (r: ComparisonRowModel) => r.verdicts.map((v) => `<p>${cite(v.claimId, outcomeLabel(v.winner, v.outcome), v.quote, v.source)}</p>`).join('');
  const consensus = (r: ComparisonRowModel) => {
    if (r.consensus.outcome === null) return '';
    const who = esc(outcomeLabel(r.consensus.winner, r.consensus.outcome));
    return `<strong>${who}</strong> <span class="vkb-agreement">${Math.round(r.consensus.agreement * 100)}% of ${r.consensus.sourceCount}</span>${r.conflict ? ' <span class="vkb-conflict-mark">sources disagree</span>' : ''}`;
  };
  const rows = c.rows
    .map(
      (r) =>
        `<tr data-criterion="${esc(r.criterion.slug)}"${r.conflict ? ' class="vkb-conflict"' : ''}><th scope="row">${esc(r.criterion.name)}</th><td>${cells(r, a.slug)}</td><td>${cells(r, b.slug)}</td><td>${verdicts(r)}</td><td>${consensus(r)}</td></tr>`,
    )
    .join('\n');
  const sections = claimSections(c)
    .map(
      (s) =>
        `<section class="vkb-section" data-section="${esc(s.key)}"><h3>${esc(s.label)}</h3><ul>${s.claims
          .map((claim) => `<li>${claim.technology ? `<span class="vkb-tech">${esc(claim.technology.name)}</span> ` : ''}${esc(claimText(claim))} <q class="vkb-quote">${esc(quoteForDisplay(claim.quote, claim.rating ?? claimText(claim)))}</q> <a class="vkb-cite" href="${esc(citationUrl(context, claim.id))}">${esc(claim.source.title)}</a></li>`)
          .join('')}</ul></section>`,
    )
    .join('\n');
  // Empty parts are left out, headings with them (a criteria subset can empty any of them).
  const table = c.rows.length
    ? `<div class="vkb-scroll"><table class="vkb-comparison">
<caption>${esc(a.name)} vs ${esc(b.name)}</caption>
<thead><tr><th scope="col">Criterion</th><th scope="col">${esc(a.name)}</th><th scope="col">${esc(b.name)}</th><th scope="col">Verdicts</th><th scope="col">Consensus</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>`
    : `<p class="vkb-empty">No source compares ${esc(a.name)} and ${esc(b.name)} on ${c.sources.length ? 'these criteria' : 'anything yet'}.</p>`;
  const sources = c.sources.length ? `<section class="vkb-sources"><h3>Sources</h3><ul>${c.sources.map((s) => sourceCredit(s, context)).join('')}</ul></section>` : '';
  return `<div class="vkb">
${table}
${useCaseConsensusHtml(c, esc, context)}
${sections}
${sources}
</div>
`;
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

function useCaseConsensusHtml(c: ComparisonModel, esc: (s: string) => string, context: RenderContext): string {
  if (!c.useCaseConsensus.length) return '';
  const rows = c.useCaseConsensus
    .map((u) => {
      const positions = u.consensus.positions
        .map((p) => `<a href="${esc(citationUrl(context, p.claimIds[0]))}" title="${esc(`“${quoteForDisplay(p.quote)}” — ${p.source.title}`)}">${esc(`${p.source.slug}: ${p.position}`)}</a>${p.qualifiers.length ? ` <em>(${esc(p.qualifiers.join(', '))})</em>` : ''}`)
        .join('<br>');
      return `<tr><th scope="row">${esc(u.useCase.name)}</th><td>${esc(u.consensus.outcome === null ? '' : outcomeLabel(u.consensus.winner, u.consensus.outcome))}</td><td>${u.consensus.agreement}</td><td>${u.consensus.sourceCount}</td><td>${positions}</td></tr>`;
    })
    .join('\n');
  // Captioned apart from the "Use cases" section of claims below it.
  return `<div class="vkb-scroll"><table class="vkb-use-cases">
<caption>Which technology the sources favour, per use case</caption>
<thead><tr><th scope="col">Use case</th><th scope="col">Consensus</th><th scope="col">Agreement</th><th scope="col">Sources</th><th scope="col">Positions</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>
`;
}
