import { renderPage, SitePage } from '../../common/pages/document.js';
import { ComparisonFragment } from '../comparisons/comparison-html.js';
import type { RenderContext } from '../comparisons/comparison-sections.js';
import type { ComparisonListModel, ComparisonModel } from '../comparisons/models/comparison.model.js';
import type { ClaimModel } from '../claims/models/claim.model.js';
import type { RecommendationModel } from '../recommendations/models/recommendation.model.js';
import { ClaimItem, type SourceUrls } from './claim-item.js';
import { ConsensusChart } from './consensus-chart.js';

/** Pages of the explorer: server-rendered HTML, one stylesheet, no script (works offline, keyboard first). */

export { citationPage, type CitationInput } from './citation-page.js';
export type { SourceUrls } from './claim-item.js';

const compareHref = (a: string, b: string) => `/compare/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function homePage(list: ComparisonListModel): string {
  return renderPage(
    <SitePage title="Comparisons">
      <h1>Technology comparisons</h1>
      <p>Every cell cites the verbatim quote it came from.</p>
      <h2>Comparisons</h2>
      <ul class="comparisons">
        {list.items.length
          ? list.items.map((c) => (
              <li>
                <a href={compareHref(c.technologies[0].slug, c.technologies[1].slug)}>
                  {c.technologies[0].name} vs {c.technologies[1].name}
                </a>{' '}
                <span class="muted">{plural(c.sourceCount, 'source')}</span>
              </li>
            ))
          : <li>No comparison yet.</li>}
      </ul>
    </SitePage>,
  );
}

/** The comparison page: the consensus chart, the table (the embeddable fragment itself), and how to embed it. */
export function comparePage(c: ComparisonModel, context: RenderContext): string {
  const [a, b] = c.technologies;
  const base = context.base;
  const pageUrl = `${base}${compareHref(a.slug, b.slug)}`;
  const oembed = `${base}/api/oembed?url=${encodeURIComponent(pageUrl)}`;
  // The snippet is text to copy, shown in a textarea: the renderer escapes it like any text.
  const snippet = `<script src="${base}/embed.js" async></script>\n<div data-versus-comparison="${a.slug}/${b.slug}"></div>`;
  const api = `/api/comparisons/${a.slug}/${b.slug}`;
  const embed = `/embed/${a.slug}/${b.slug}`;
  const head = <link rel="alternate" type="application/json+oembed" href={oembed} title={`${a.name} vs ${b.name}`} />;
  return renderPage(
    <SitePage title={`${a.name} vs ${b.name}`} head={head}>
      <h1>
        {a.name} vs {b.name}
      </h1>
      <section aria-labelledby="chart-h">
        <h2 id="chart-h">How the sources lean</h2>
        <ConsensusChart comparison={c} />
        <p class="muted">Bar length: share of the sources' weight behind the consensus; dashed outline: the sources disagree.</p>
      </section>
      <section aria-labelledby="table-h">
        <h2 id="table-h">The table</h2>
        <ComparisonFragment comparison={c} context={context} />
      </section>
      <section aria-labelledby="embed-h">
        <h2 id="embed-h">Embed this comparison</h2>
        <label for="snippet">Paste on your site</label>{' '}
        <textarea id="snippet" readonly rows={2}>
          {snippet}
        </textarea>
        <p>
          Or an iframe: <a href={embed}>{embed}</a>; downloads: <a href={`${api}?format=csv`}>CSV</a>, <a href={`${api}?format=markdown`}>Markdown</a>, <a href={api}>JSON</a>.
        </p>
      </section>
    </SitePage>,
  );
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

/** The filled filters as a query string (the renderer escapes the & in an attribute). */
const filledQuery = (filters: Record<string, string | undefined>, extra: Record<string, string>, leaveOut: string[] = []) =>
  new URLSearchParams({ ...(Object.fromEntries(Object.entries(filters).filter(([k, v]) => v && !leaveOut.includes(k))) as Record<string, string>), ...extra }).toString();

export function claimsPage(input: ClaimsPageInput): string {
  const f = input.filters;
  return renderPage(
    <SitePage title="Claims">
      <h1>Claims</h1>
      <form method="get" action="/explore/claims" class="filters" role="search">
        {FILTER_FIELDS.map((field) => (
          <p>
            <label for={`f-${field.name}`}>{field.label}</label> <input id={`f-${field.name}`} name={field.name} value={f[field.name] ?? ''} placeholder={field.hint} />
          </p>
        ))}
        <p>
          <label for="f-kind">Kind</label>{' '}
          <select id="f-kind" name="kind">
            {['', ...input.kinds].map((k) => (
              <option value={k} selected={(f.kind ?? '') === k}>
                {k || 'any'}
              </option>
            ))}
          </select>
        </p>
        <p>
          <button type="submit">Search</button> <a href="/explore/claims">Clear</a>
        </p>
      </form>
      <p role="status">
        {plural(input.total, 'matching claim')}. <a href={`/api/claims?${filledQuery(f, { format: 'csv' }, ['cursor'])}`}>Download all as CSV</a>
      </p>
      <ol class="claims">
        {input.items.map((c) => (
          <ClaimItem claim={c} base={input.base} sourceUrls={input.sourceUrls} />
        ))}
      </ol>
      {input.nextCursor && (
        <p>
          <a rel="next" href={`/explore/claims?${filledQuery(f, { cursor: input.nextCursor })}`}>
            Next page
          </a>
        </p>
      )}
    </SitePage>,
  );
}

function Recommendation(props: { result: RecommendationModel; base: string }) {
  const { result } = props;
  if (!result.ranking.length) {
    // No technology has evidence for these needs: say why (as the API's `reason` does) rather than show an empty list.
    const perNeed = result.needs.filter((n) => n.reason);
    return (
      <>
        <h2>Recommendation</h2>
        <p role="status">No recommendation: {result.reason ?? 'no evidence'}.</p>
        {perNeed.length > 0 && (
          <ul class="reasons">
            {perNeed.map((n) => (
              <li>
                “{n.text}”: {n.reason}
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }
  return (
    <>
      <h2>Recommendation</h2>
      <p>
        Architecture: <strong>{result.architecture.kind}</strong>
        {result.architecture.parts.map((p) => ` — ${p.technology.name}: ${p.role}`)}
      </p>
      <ol class="ranking">
        {result.ranking.map((r) => (
          <li>
            <strong>{r.technology.name}</strong> {Math.round(r.score * 100)}%
            <ul>
              {r.supporting.slice(0, 3).map((c) => (
                <ClaimItem claim={c} base={props.base} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}

export function recommendPage(needs: string[], result: RecommendationModel | null, base: string): string {
  const inputs = [...needs, '', ''].slice(0, Math.max(3, needs.length + 1));
  return renderPage(
    <SitePage title="Recommend">
      <h1>Which technology for your needs?</h1>
      <form method="get" action="/explore/recommend">
        {inputs.map((n, i) => (
          <p>
            <label for={`need-${i}`}>Need {i + 1}</label> <input id={`need-${i}`} name="need" value={n} placeholder="e.g. real-time chat" />
          </p>
        ))}
        <p>
          <button type="submit">Recommend</button>
        </p>
      </form>
      {result && <Recommendation result={result} base={base} />}
    </SitePage>,
  );
}
