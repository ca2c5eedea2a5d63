import type { VNode } from 'preact';
import { quoteForDisplay } from '../comparisons/claim-display.js';
import { PublishedDate } from '../comparisons/comparison-html.js';
import { citationUrl } from '../comparisons/comparison-sections.js';
import type { ClaimModel } from '../claims/models/claim.model.js';
import { linkableUrl } from '../../common/text/web-url.js';

/** Where the claim lists link a source's title: its own http(s) URL, when known. */
export type SourceUrls = ReadonlyMap<string, string | null>;

/**
 * A search snippet: PostgreSQL marks the matches with <b>…</b> in plain text. The markers are
 * read as marks (shown as <mark>); everything else is text, escaped like any other (a table row
 * shows its cell, as quotes do).
 */
export function Snippet(props: { snippet: string; about: string }) {
  const parts = quoteForDisplay(props.snippet, props.about).split(/(<\/?b>)/);
  const out: (string | VNode)[] = [];
  let marked = false;
  for (const part of parts) {
    if (part === '<b>' || part === '</b>') marked = part === '<b>';
    else if (part) out.push(marked ? <mark>{part}</mark> : part);
  }
  return <>{out}</>;
}

/** A claim in a list: what it says, its quote, what it is about, its source, and a link to the quote in context. */
export function ClaimItem(props: { claim: ClaimModel; base: string; sourceUrls?: SourceUrls }) {
  const { claim } = props;
  const what = claim.question ? `${claim.question} — ${claim.answer ?? ''}` : claim.statement;
  const about = [claim.kind, claim.criterion?.name, claim.technology?.name, claim.useCase?.name].filter(Boolean).join(' · ');
  const href = linkableUrl(props.sourceUrls?.get(claim.source.slug));
  return (
    <li>
      <p>{what}</p>
      <blockquote>{claim.snippet ? <Snippet snippet={claim.snippet} about={claim.rating ?? what} /> : quoteForDisplay(claim.quote, claim.rating ?? what)}</blockquote>
      <p class="muted">
        {about} —{' '}
        {href ? (
          <a href={href} rel="noopener">
            {claim.source.title}
          </a>
        ) : (
          <cite>{claim.source.title}</cite>
        )}
        <PublishedDate publishedAt={claim.source.publishedAt} /> · <a href={citationUrl({ base: props.base }, claim.id)}>the quote in context</a>
      </p>
    </li>
  );
}
