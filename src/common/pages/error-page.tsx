import type { FieldError } from '../errors/domain-error.js';
import { renderPage, SitePage } from './document.js';

/** What a page says when a request fails: the problem+json a client would get, as HTML. */
export interface PageProblem {
  status: number;
  /** The machine-readable code the API gives (`SAME_TECHNOLOGY`): shown so a report can name it. */
  code: string;
  title: string;
  detail: string;
  errors: FieldError[];
}

/** An error answered to a browser (explorer, citation and embed pages): the status, what was wrong, and each field's problem. */
export function errorPage(problem: PageProblem): string {
  // A list only when it adds to the detail (one field's message is often the detail itself).
  const addsToDetail = problem.errors.some((e) => !problem.detail.includes(e.message));
  return renderPage(
    <SitePage title={problem.title}>
      <h1>
        {problem.title} <span class="muted">({problem.status})</span>
      </h1>
      <p role="alert">{problem.detail}</p>
      {addsToDetail && (
        <ul class="problems">
          {problem.errors.map((e) => (
            <li>
              <strong>{e.field}</strong>: {e.message}
            </li>
          ))}
        </ul>
      )}
      <p class="muted">
        Error code: <code>{problem.code}</code>
      </p>
      <p>
        <a href="/">Comparisons</a> · <a href="/explore/claims">Search the claims</a> · <a href="/explore/recommend">Get a recommendation</a>
      </p>
    </SitePage>,
  );
}
