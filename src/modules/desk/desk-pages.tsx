import type { ComponentChildren } from 'preact';
import { ChromedPage, renderPage } from '../../common/pages/document.js';
import { CLAIM_KINDS, OUTCOMES } from '../claims/dto/claim.input.js';

/**
 * The desk's pages: static shells (forms, headings, empty regions) rendered here, filled by
 * /assets/desk.js from the editor's API with DOM calls (textContent only: nothing stored is ever
 * parsed as markup). No inline script or style, so the pages run under a CSP that allows only
 * the app's own files.
 */
export const DESK_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export type DeskView = 'home' | 'draft' | 'stats';

function DeskLayout(props: { title: string; view: DeskView; children: ComponentChildren }) {
  const current = (v: DeskView) => (v === props.view ? 'page' : undefined);
  const head = (
    <>
      <link rel="stylesheet" href="/assets/explorer.css" />
      <link rel="stylesheet" href="/assets/desk.css" />
      <script type="module" src="/assets/desk.js"></script>
    </>
  );
  const nav = (
    <>
      <a href="/">versus-kb</a>{' '}
      <a href="/desk" aria-current={current('home')}>
        Drafts
      </a>{' '}
      <a href="/desk/stats" aria-current={current('stats')}>
        Acceptance stats
      </a>{' '}
      <button type="button" id="sign-out" class="link" hidden>
        Sign out
      </button>
    </>
  );
  return (
    <ChromedPage title={`${props.title} — versus-kb desk`} head={head} navLabel="Desk" nav={nav} mainData={{ 'data-view': props.view }}>
      <noscript>
        <p>The desk needs JavaScript (the app's own script, nothing from elsewhere).</p>
      </noscript>
      <SignIn />
      <div id="signed-in" hidden>
        {props.children}
      </div>
    </ChromedPage>
  );
}

function SignIn() {
  return (
    <section id="sign-in" aria-labelledby="sign-in-h" hidden>
      <h1 id="sign-in-h">Sign in to the editor's desk</h1>
      <form id="sign-in-form">
        <p>
          <label for="api-key">Editor API key</label> <input id="api-key" name="key" type="password" autocomplete="off" required />
        </p>
        <p class="muted">Kept for this browser tab only (session storage) and sent as a bearer header; never in a URL or a cookie.</p>
        <p>
          <button type="submit">Sign in</button>
        </p>
        <p id="sign-in-error" class="error" role="alert"></p>
      </form>
    </section>
  );
}

const FormatOptions = () => (
  <>
    <option value="text">Plain text</option>
    <option value="markdown">Markdown</option>
    <option value="html">HTML</option>
  </>
);

export function deskHomePage(): string {
  return renderPage(
    <DeskLayout title="Drafts" view="home">
      <h1>Editor's desk</h1>
      <section aria-labelledby="start-h">
        <h2 id="start-h">Start a draft</h2>
        <p class="muted">The server reads the article, drafts its claims with their quotes, and stores the draft for review. Nothing is published until you publish it.</p>
        <div class="starts">
          <form id="from-text" class="card">
            <h3>Paste the article</h3>
            <p>
              <label for="text-content">Article text</label> <textarea id="text-content" rows={10} required></textarea>
            </p>
            <p>
              <label for="text-format">Format</label>{' '}
              <select id="text-format">
                <FormatOptions />
              </select>
            </p>
            <p>
              <label for="text-slug">Source slug (optional)</label> <input id="text-slug" pattern="[a-z0-9]+(-[a-z0-9]+)*" aria-describedby="slug-hint" />
            </p>
            <p id="slug-hint" class="muted">
              Lowercase words joined by dashes; by default taken from the title.
            </p>
            <p>
              <button type="submit">Draft from text</button>
            </p>
          </form>
          <form id="from-file" class="card">
            <h3>Upload a file</h3>
            <p>
              <label for="file-input">HTML, Markdown or text file</label>{' '}
              <input id="file-input" type="file" accept=".html,.htm,.md,.markdown,.txt,text/html,text/markdown,text/plain" required />
            </p>
            <p>
              <label for="file-format">Format</label>{' '}
              <select id="file-format">
                <option value="">From the file name</option>
                <FormatOptions />
              </select>
            </p>
            <p>
              <button type="submit">Draft from file</button>
            </p>
          </form>
          <form id="from-url" class="card">
            <h3>Give a URL</h3>
            <p>
              <label for="url-input">Article URL</label> <input id="url-input" type="url" placeholder="https://…" required />
            </p>
            <p class="muted">Fetched by the server (public http(s) addresses only, size and time limited).</p>
            <p>
              <button type="submit">Draft from URL</button>
            </p>
          </form>
        </div>
        <p id="start-status" role="status" aria-live="polite"></p>
      </section>
      <section aria-labelledby="drafts-h">
        <h2 id="drafts-h">Drafts</h2>
        <p>
          <label for="draft-status">Show</label>{' '}
          <select id="draft-status">
            <option value="open">Open</option>
            <option value="published">Published</option>
            <option value="discarded">Discarded</option>
          </select>
        </p>
        <ul id="draft-list" class="draft-list" aria-live="polite"></ul>
        <p>
          <button type="button" id="more-drafts" class="secondary" hidden>
            More drafts
          </button>
        </p>
      </section>
    </DeskLayout>,
  );
}

/** A labelled text field of the add-claim form. */
const AddField = (props: { name: string; label: string; required?: boolean }) => (
  <p>
    <label for={`add-${props.name}`}>{props.label}</label> <input id={`add-${props.name}`} required={props.required} minlength={props.required ? 3 : undefined} />
  </p>
);

export function deskDraftPage(): string {
  return renderPage(
    <DeskLayout title="Review a draft" view="draft">
      <h1 id="draft-title">Review a draft</h1>
      <p id="draft-meta" class="muted"></p>
      <p id="draft-status-line" role="status" aria-live="polite"></p>
      <details class="keys">
        <summary>Keyboard</summary>
        <p>
          <kbd>j</kbd>/<kbd>k</kbd> next/previous claim, <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>e</kbd> edit, <kbd>x</kbd> select for bulk, <kbd>Esc</kbd> cancel an edit. Select words in the article to add a claim.
        </p>
      </details>
      <div class="review">
        <section aria-labelledby="article-h" class="article-pane">
          <h2 id="article-h">Article</h2>
          <ul id="legend" class="legend" aria-label="Colours by kind"></ul>
          <div id="article" class="article" role="region" tabindex={0} aria-label="Article text; select words to add a claim"></div>
          <form id="add-claim" class="card add-claim" hidden aria-labelledby="add-h">
            <h3 id="add-h">Add a claim from the selection</h3>
            <p>
              <span class="label">Quote</span> <q id="add-quote"></q> <span id="add-range" class="muted"></span>
            </p>
            <p>
              <label for="add-kind">Kind</label>{' '}
              <select id="add-kind">
                {CLAIM_KINDS.map((k) => (
                  <option value={k}>{k.replace('_', ' ')}</option>
                ))}
              </select>
            </p>
            <AddField name="statement" label="Statement" required />
            <AddField name="technology" label="Technology" />
            <AddField name="criterion" label="Criterion" />
            <AddField name="useCase" label="Use case" />
            <AddField name="winner" label="Winner" />
            <p>
              <label for="add-outcome">Outcome</label>{' '}
              <select id="add-outcome">
                {['', ...OUTCOMES].map((o) => (
                  <option value={o}>{o || '—'}</option>
                ))}
              </select>
            </p>
            <p>
              <label for="add-qualifiers">Qualifiers (one per line)</label> <textarea id="add-qualifiers" rows={2}></textarea>
            </p>
            <p>
              <button type="submit">Add claim</button>{' '}
              <button type="button" id="add-cancel" class="secondary">
                Cancel
              </button>
            </p>
            <p id="add-error" class="error" role="alert"></p>
          </form>
        </section>
        <section aria-labelledby="claims-h" class="claims-pane">
          <h2 id="claims-h">Claims</h2>
          <div class="bulk" role="group" aria-label="Bulk actions">
            <button type="button" id="select-pending" class="secondary">Select all pending</button>{' '}
            <button type="button" id="select-none" class="secondary">Clear selection</button>{' '}
            <button type="button" id="bulk-accept">Accept selected</button>{' '}
            <button type="button" id="bulk-reject" class="danger">Reject selected</button> <span id="bulk-count" class="muted"></span>
          </div>
          <div id="claim-groups"></div>
        </section>
      </div>
      <section aria-labelledby="proposals-h">
        <h2 id="proposals-h">Taxonomy proposals</h2>
        <p class="muted">New technologies, criteria and use cases the draft uses. Map each to an existing entry or accept it as new; nothing reaches the taxonomy until you publish.</p>
        <div id="proposals"></div>
      </section>
      <section aria-labelledby="publish-h">
        <h2 id="publish-h">Publish</h2>
        <div id="publish-summary"></div>
        <form id="publish-form">
          <fieldset>
            <legend>Claims still pending</legend>
            <PendingChoice id="pending-none" value="" label="Stop and tell me" checked />
            <PendingChoice id="pending-accept" value="accept" label="Accept them" />
            <PendingChoice id="pending-reject" value="reject" label="Reject them" />
          </fieldset>
          <p>
            <button type="submit" id="publish">Publish</button>{' '}
            <button type="button" id="discard" class="danger">Discard draft</button>
          </p>
        </form>
        <div id="publish-result" role="alert"></div>
      </section>
    </DeskLayout>,
  );
}

const PendingChoice = (props: { id: string; value: string; label: string; checked?: boolean }) => (
  <p>
    <input type="radio" name="pending" id={props.id} value={props.value} checked={props.checked} />{' '}
    <label class="inline" for={props.id}>
      {props.label}
    </label>
  </p>
);

export function deskStatsPage(): string {
  return renderPage(
    <DeskLayout title="Acceptance stats" view="stats">
      <h1>How often a draft is right</h1>
      <p class="muted">Over published drafts: the share of drafted claims the editors accepted (extraction's precision, as its users measure it) and the share of published claims they added by hand (what it missed).</p>
      <form id="stats-form" class="filters">
        <p>
          <label for="stats-from">From</label> <input id="stats-from" type="date" />
        </p>
        <p>
          <label for="stats-to">To</label> <input id="stats-to" type="date" />
        </p>
        <p>
          <label for="stats-bucket">Period</label>{' '}
          <select id="stats-bucket">
            <option value="day">Day</option>
            <option value="week" selected>
              Week
            </option>
            <option value="month">Month</option>
          </select>
        </p>
        <p>
          <button type="submit">Show</button>
        </p>
      </form>
      <p id="stats-status" role="status" aria-live="polite"></p>
      <div id="stats"></div>
    </DeskLayout>,
  );
}
