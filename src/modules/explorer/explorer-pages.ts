import { escapeHtml as esc } from '../../common/text/html.js';
import { quoteForDisplay } from '../comparisons/claim-display.js';
import { citationUrl, publishedHtml } from '../comparisons/comparison.renderers.js';
import type { ComparisonListModel, ComparisonModel } from '../comparisons/models/comparison.model.js';
import type { ClaimModel } from '../claims/models/claim.model.js';
import type { RecommendationModel } from '../recommendations/models/recommendation.model.js';
import { renderConsensusChart } from './consensus-chart.js';
import { layout } from '../../common/pages/layout.js';
import { linkableUrl } from '../../common/text/web-url.js';

/** Pages of the explorer: server-rendered HTML, one stylesheet, no script (works offline, keyboard first). */

const compareHref = (a: string, b: string) => `/compare/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;

export function homePage(list: ComparisonListModel): string {
  const items = list.items
    .map((c) => `<li><a href="${compareHref(c.technologies[0].slug, c.technologies[1].slug)}">${esc(c.technologies[0].name)} vs ${esc(c.technologies[1].name)}</a> <span class="muted">${c.sourceCount} source${c.sourceCount === 1 ? '' : 's'}</span></li>`)
    .join('\n');
  return layout('Comparisons', `<h1>Technology comparisons</h1>
<p>Every cell cites the verbatim quote it came from.</p>
<h2>Comparisons</h2>
<ul class="comparisons">
${items || '<li>No comparison yet.</li>'}
</ul>`);
}

export function comparePage(c: ComparisonModel, fragment: string, base: string): string {
  const [a, b] = c.technologies;
  const pageUrl = `${base}${compareHref(a.slug, b.slug)}`;
  const oembed = `${base}/api/oembed?url=${encodeURIComponent(pageUrl)}`;
  const head = `<link rel="alternate" type="application/json+oembed" href="${esc(oembed)}" title="${esc(`${a.name} vs ${b.name}`)}">\n`;
  const snippet = `<script src="${base}/embed.js" async></script>\n<div data-versus-comparison="${a.slug}/${b.slug}"></div>`;
  return layout(`${a.name} vs ${b.name}`, `<h1>${esc(a.name)} vs ${esc(b.name)}</h1>
<section aria-labelledby="chart-h"><h2 id="chart-h">How the sources lean</h2>
${renderConsensusChart(c)}
<p class="muted">Bar length: share of the sources' weight behind the consensus; dashed outline: the sources disagree.</p></section>
<section aria-labelledby="table-h"><h2 id="table-h">The table</h2>
${fragment}</section>
<section aria-labelledby="embed-h"><h2 id="embed-h">Embed this comparison</h2>
<label for="snippet">Paste on your site</label>
<textarea id="snippet" readonly rows="2">${esc(snippet)}</textarea>
<p>Or an iframe: <a href="/embed/${esc(a.slug)}/${esc(b.slug)}">/embed/${esc(a.slug)}/${esc(b.slug)}</a>; downloads: <a href="/api/comparisons/${esc(a.slug)}/${esc(b.slug)}?format=csv">CSV</a>, <a href="/api/comparisons/${esc(a.slug)}/${esc(b.slug)}?format=markdown">Markdown</a>, <a href="/api/comparisons/${esc(a.slug)}/${esc(b.slug)}">JSON</a>.</p></section>`, head);
}

/** Where the claim lists link a source's title: its own http(s) URL, when known. */
export type SourceUrls = ReadonlyMap<string, string | null>;

function claimItem(claim: ClaimModel, base: string, sourceUrls?: SourceUrls): string {
  const what = claim.question ? `${claim.question} — ${claim.answer ?? ''}` : claim.statement;
  const about = [claim.kind, claim.criterion?.name, claim.technology?.name, claim.useCase?.name].filter(Boolean).map((s) => esc(s!)).join(' · ');
  const href = linkableUrl(sourceUrls?.get(claim.source.slug));
  const source = href ? `<a href="${esc(href)}" rel="noopener">${esc(claim.source.title)}</a>` : `<cite>${esc(claim.source.title)}</cite>`;
  return `<li><p>${esc(what)}</p><blockquote>${claim.snippet ? sanitizeSnippet(claim.snippet, claim.rating ?? what) : esc(quoteForDisplay(claim.quote, claim.rating ?? what))}</blockquote><p class="muted">${about} — ${source}${publishedHtml(claim.source.publishedAt)} · <a href="${esc(citationUrl({ base }, claim.id))}">the quote in context</a></p></li>`;
}

/** Snippets mark matches with <b>: keep those, escape everything else (a table row shows its cell, as quotes do). */
function sanitizeSnippet(snippet: string, about: string): string {
  return esc(quoteForDisplay(snippet, about)).replace(/&lt;b&gt;/g, '<mark>').replace(/&lt;\/b&gt;/g, '</mark>');
}

export interface ClaimsPageInput {
  filters: Record<string, string | undefined>;
  kinds: readonly string[];
  items: ClaimModel[];
  nextCursor: string | null;
  total: number;
  base: string;
  sourceUrls?: SourceUrls;
}

const FILTER_FIELDS: { name: string; label: string; hint: string }[] = [
  { name: 'q', label: 'Search the quotes', hint: 'e.g. machine learning' },
  { name: 'technology', label: 'Technology', hint: 'e.g. node' },
  { name: 'criterion', label: 'Criterion', hint: 'e.g. io-performance' },
  { name: 'useCase', label: 'Use case', hint: 'e.g. real-time' },
  { name: 'source', label: 'Source', hint: 'slug' },
  { name: 'publishedAfter', label: 'Published after', hint: 'YYYY[-MM[-DD]]' },
  { name: 'publishedBefore', label: 'Published before', hint: 'YYYY[-MM[-DD]]' },
];

export function claimsPage(input: ClaimsPageInput): string {
  const f = input.filters;
  const fields = FILTER_FIELDS.map((field) => `<p><label for="f-${field.name}">${field.label}</label> <input id="f-${field.name}" name="${field.name}" value="${esc(f[field.name] ?? '')}" placeholder="${esc(field.hint)}"></p>`).join('\n');
  const kindOptions = ['', ...input.kinds].map((k) => `<option value="${k}"${(f.kind ?? '') === k ? ' selected' : ''}>${k || 'any'}</option>`).join('');
  const next = input.nextCursor
    ? `<p><a rel="next" href="/explore/claims?${new URLSearchParams({ ...Object.fromEntries(Object.entries(f).filter(([, v]) => v) as [string, string][]), cursor: input.nextCursor }).toString().replace(/&/g, '&amp;')}">Next page</a></p>`
    : '';
  return layout('Claims', `<h1>Claims</h1>
<form method="get" action="/explore/claims" class="filters" role="search">
${fields}
<p><label for="f-kind">Kind</label> <select id="f-kind" name="kind">${kindOptions}</select></p>
<p><button type="submit">Search</button> <a href="/explore/claims">Clear</a></p>
</form>
<p role="status">${input.total} matching claim${input.total === 1 ? '' : 's'}. <a href="/api/claims?${new URLSearchParams({ ...(Object.fromEntries(Object.entries(f).filter(([k, v]) => v && k !== 'cursor')) as Record<string, string>), format: 'csv' }).toString().replace(/&/g, '&amp;')}">Download all as CSV</a></p>
<ol class="claims">
${input.items.map((c) => claimItem(c, input.base, input.sourceUrls)).join('\n')}
</ol>
${next}`);
}

export interface CitationInput {
  claim: ClaimModel;
  source: { title: string; author: string | null; publisher: string | null; url: string | null; publishedAt: string | null };
  paragraph: { before: string; quote: string; after: string };
  others: ClaimModel[];
  base: string;
}

export function citationPage(input: CitationInput): string {
  const { claim, source, paragraph } = input;
  const href = linkableUrl(source.url);
  const meta = [
    source.author && `<dt>Author</dt><dd>${esc(source.author)}</dd>`,
    source.publisher && `<dt>Publisher</dt><dd>${esc(source.publisher)}</dd>`,
    source.publishedAt && `<dt>Published</dt><dd><time datetime="${esc(source.publishedAt)}">${esc(source.publishedAt)}</time></dd>`,
    href && `<dt>Original</dt><dd><a href="${esc(href)}" rel="noopener">${esc(href)}</a></dd>`,
  ].filter(Boolean).join('');
  const about = [claim.kind, claim.criterion?.name, claim.technology?.name && `about ${claim.technology.name}`, claim.winner && `winner ${claim.winner.name}`, claim.rating && `rated “${claim.rating}”`].filter(Boolean).map((s) => esc(String(s))).join(' · ');
  const others = input.others.filter((o) => o.id !== claim.id);
  return layout(`Claim ${claim.id}`, `<h1>${esc(claim.statement)}</h1>
<p class="muted">${about}</p>
<figure class="citation">
<blockquote cite="${esc(href ?? '')}"><p>${esc(paragraph.before)}<mark id="quote">${esc(paragraph.quote)}</mark>${esc(paragraph.after)}</p></blockquote>
<figcaption>— <cite>${esc(source.title)}</cite>, characters ${claim.quoteStart}–${claim.quoteEnd}</figcaption>
</figure>
<h2>Source</h2>
<dl class="meta"><dt>Title</dt><dd>${esc(source.title)}</dd>${meta}</dl>
<h2>The source's other claims${claim.criterion ? ` on ${esc(claim.criterion.name)}` : claim.useCase ? ` on ${esc(claim.useCase.name)}` : ''}</h2>
${others.length ? `<ol class="claims">${others.map((c) => claimItem(c, input.base, new Map([[claim.source.slug, source.url]]))).join('\n')}</ol>` : '<p>None.</p>'}
<p><a href="/api/claims/${claim.id}">This claim as JSON</a></p>`);
}

export function recommendPage(needs: string[], result: RecommendationModel | null, base: string): string {
  const inputs = [...needs, '', ''].slice(0, Math.max(3, needs.length + 1));
  const fields = inputs.map((n, i) => `<p><label for="need-${i}">Need ${i + 1}</label> <input id="need-${i}" name="need" value="${esc(n)}" placeholder="e.g. real-time chat"></p>`).join('\n');
  let out = '';
  if (result && !result.ranking.length) {
    // No technology has evidence for these needs: say why (as the API's `reason` does) rather than show an empty list.
    const perNeed = result.needs.filter((n) => n.reason).map((n) => `<li>“${esc(n.text)}”: ${esc(n.reason!)}</li>`).join('');
    out = `<h2>Recommendation</h2>
<p role="status">No recommendation: ${esc(result.reason ?? 'no evidence')}.</p>${perNeed ? `<ul class="reasons">${perNeed}</ul>` : ''}`;
  } else if (result) {
    const ranking = result.ranking
      .map((r) => `<li><strong>${esc(r.technology.name)}</strong> ${Math.round(r.score * 100)}%<ul>${r.supporting.slice(0, 3).map((c) => claimItem(c, base)).join('')}</ul></li>`)
      .join('\n');
    out = `<h2>Recommendation</h2>
<p>Architecture: <strong>${esc(result.architecture.kind)}</strong>${result.architecture.parts.map((p) => ` — ${esc(p.technology.name)}: ${esc(p.role)}`).join('')}</p>
<ol class="ranking">${ranking}</ol>`;
  }
  return layout('Recommend', `<h1>Which technology for your needs?</h1>
<form method="get" action="/explore/recommend">
${fields}
<p><button type="submit">Recommend</button></p>
</form>
${out}`);
}
