import { renderPage, SitePage } from '../../common/pages/document.js';
import { linkableUrl } from '../../common/text/web-url.js';
import type { ClaimModel } from '../claims/models/claim.model.js';
import { ClaimItem } from './claim-item.js';

export interface CitationInput {
  claim: ClaimModel;
  source: { title: string; author: string | null; publisher: string | null; url: string | null; publishedAt: string | null };
  paragraph: { before: string; quote: string; after: string };
  others: ClaimModel[];
  base: string;
}

/** The citation page every embed and fragment link goes to: the quote marked in its paragraph, the source, and the source's other claims on the topic. */
export function citationPage(input: CitationInput): string {
  const { claim, source, paragraph } = input;
  const href = linkableUrl(source.url);
  const about = [claim.kind, claim.criterion?.name, claim.technology?.name && `about ${claim.technology.name}`, claim.winner && `winner ${claim.winner.name}`, claim.rating && `rated “${claim.rating}”`].filter(Boolean).join(' · ');
  const others = input.others.filter((o) => o.id !== claim.id);
  const topic = claim.criterion ? ` on ${claim.criterion.name}` : claim.useCase ? ` on ${claim.useCase.name}` : '';
  const sourceUrls = new Map([[claim.source.slug, source.url]]);
  return renderPage(
    <SitePage title={`Claim ${claim.id}`}>
      <h1>{claim.statement}</h1>
      <p class="muted">{about}</p>
      <figure class="citation">
        <blockquote cite={href ?? ''}>
          <p>
            {paragraph.before}
            <mark id="quote">{paragraph.quote}</mark>
            {paragraph.after}
          </p>
        </blockquote>
        <figcaption>
          — <cite>{source.title}</cite>, characters {claim.quoteStart}–{claim.quoteEnd}
        </figcaption>
      </figure>
      <h2>Source</h2>
      <dl class="meta">
        <dt>Title</dt>
        <dd>{source.title}</dd>
        {source.author && (
          <>
            <dt>Author</dt>
            <dd>{source.author}</dd>
          </>
        )}
        {source.publisher && (
          <>
            <dt>Publisher</dt>
            <dd>{source.publisher}</dd>
          </>
        )}
        {source.publishedAt && (
          <>
            <dt>Published</dt>
            <dd>
              <time datetime={source.publishedAt}>{source.publishedAt}</time>
            </dd>
          </>
        )}
        {href && (
          <>
            <dt>Original</dt>
            <dd>
              <a href={href} rel="noopener">
                {href}
              </a>
            </dd>
          </>
        )}
      </dl>
      <h2>The source's other claims{topic}</h2>
      {others.length ? (
        <ol class="claims">
          {others.map((c) => (
            <ClaimItem claim={c} base={input.base} sourceUrls={sourceUrls} />
          ))}
        </ol>
      ) : (
        <p>None.</p>
      )}
      <p>
        <a href={`/api/claims/${claim.id}`}>This claim as JSON</a>
      </p>
    </SitePage>,
  );
}
