import type { FieldError } from '../errors/domain-error.js';
import { escapeHtml as esc } from '../text/html.js';
import { layout } from './layout.js';

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
  const fields = addsToDetail ? `<ul class="problems">${problem.errors.map((e) => `<li><strong>${esc(e.field)}</strong>: ${esc(e.message)}</li>`).join('')}</ul>` : '';
  return layout(problem.title, `<h1>${esc(problem.title)} <span class="muted">(${problem.status})</span></h1>
<p role="alert">${esc(problem.detail)}</p>
${fields}
<p class="muted">Error code: <code>${esc(problem.code)}</code></p>
<p><a href="/">Comparisons</a> · <a href="/explore/claims">Search the claims</a> · <a href="/explore/recommend">Get a recommendation</a></p>`);
}
