/* The editor's desk: the API client. The key lives in sessionStorage (this tab only) and travels
   as a bearer header; it is never put in a URL or a cookie. */
const KEY = 'vkb-desk-key';

export const session = {
  key: () => sessionStorage.getItem(KEY),
  signIn: (key) => sessionStorage.setItem(KEY, key),
  signOut: () => sessionStorage.removeItem(KEY),
};

/** An RFC 9457 problem from the API, with the status and the code the desk explains. */
export class Problem extends Error {
  constructor(status, body) {
    super((body && (body.detail || body.title)) || `HTTP ${status}`);
    this.status = status;
    this.code = (body && body.code) || null;
    this.body = body || {};
  }
}

/** Entity tags per draft, from the last answer that gave one: sent back as If-Match on writes. */
const etags = new Map();

export async function api(method, path, body, options = {}) {
  const headers = { accept: 'application/json' };
  const key = session.key();
  if (key) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit', cache: 'no-store' });
  } catch (error) {
    throw new Problem(0, { title: 'The server could not be reached', detail: String(error && error.message) });
  }
  const text = await response.text();
  let parsed = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = { detail: text.slice(0, 300) };
  }
  if (!response.ok) throw new Problem(response.status, parsed);
  if (options.draftId) {
    const etag = response.headers.get('etag') || (parsed && (parsed.etag || (parsed.draft && parsed.draft.etag)));
    if (etag) etags.set(String(options.draftId), etag);
    else etags.delete(String(options.draftId));
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

export const drafts = {
  list: (status, after) => api('GET', `/api/extractions?${new URLSearchParams({ status, first: '20', ...(after ? { after } : {}) })}`),
  create: (input) => api('POST', '/api/extractions', input),
  get: (id) => api('GET', `/api/extractions/${encodeURIComponent(id)}`, undefined, { draftId: id }),
  write: (id, method, tail, body) =>
    api(method, `/api/extractions/${encodeURIComponent(id)}${tail}`, body, { draftId: id, ifMatch: etags.get(String(id)) }),
  candidates: (id, type, slug) => api('GET', `/api/extractions/${encodeURIComponent(id)}/proposals/${type}/${encodeURIComponent(slug)}/candidates`),
  stats: (query) => api('GET', `/api/extractions/stats?${new URLSearchParams(query)}`),
};

/** Builds an element: attributes set as properties or attributes, children as nodes or text (never markup). */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export const $ = (id) => document.getElementById(id);

/** What a problem means for the editor, and the way out. */
export function explain(problem) {
  const said = String((problem.body && problem.body.detail) || '');
  const fields = Array.isArray(problem.body && problem.body.errors) ? problem.body.errors.slice(0, 5).map((e) => `${e.field}: ${e.message}`).filter((line) => !said.includes(line)).join('; ') : '';
  const detail = problem.body && problem.body.detail ? ` (${problem.body.detail}${fields ? `; ${fields}` : ''})` : fields ? ` (${fields})` : '';
  switch (problem.status) {
    case 0:
      return `The server could not be reached${detail}. Check the connection and try again.`;
    case 401:
      return 'The key was not accepted (unknown or revoked). Check it, or sign out and sign in with another editor key.';
    case 403:
      return 'This key may not edit. Ask for an editor key.';
    case 404:
      return `Not found${detail}. It may have been discarded; go back to the drafts.`;
    case 409:
      if (problem.code === 'DRAFT_CLOSED') return `This draft is already published or discarded${detail}; nothing more can change in it. Reload it, or start a new draft.`;
      if (problem.code === 'CONFLICT' && !/source|slug/i.test(problem.message)) return `Conflict${detail}. Reload the draft and try again.`;
      return `Conflict${detail}: an entry with the same slug already exists. If it is a taxonomy entry, map the proposal to it above and publish again; if it is the source, this article may be published already: open it, or start the draft again with another source slug.`;
    case 412:
      return 'The draft changed since this page read it (another tab or editor). Reload the draft, check it, and try again.';
    case 413:
      return `Too large${detail}. Use a shorter article, or paste the part that compares.`;
    case 422:
      if (problem.code === 'PENDING_CLAIMS') return `Some claims are still pending${detail}. Accept or reject them, or choose what to do with pending claims below, then publish.`;
      if (problem.code === 'QUOTE_MISMATCH') return `The quote does not stand in the article at those offsets${detail}. Select the words again.`;
      if (problem.code === 'QUOTE_NOT_FOUND' || problem.code === 'QUOTE_AMBIGUOUS') return `The quote must stand once, word for word, in the article${detail}. Select the words in the article instead of typing them.`;
      if (problem.code === 'INVALID_ANNOTATION') return `The claims break a rule${detail}: e.g. a verdict needs a criterion and an outcome, and publishing needs at least one accepted claim. Fix the named claim or field, then try again.`;
      if (problem.code === 'URL_NOT_ALLOWED') return `The server may not fetch that address${detail}: only public http(s) addresses are fetched. Save the article and upload the file, or paste its text.`;
      if (problem.code === 'FETCH_FAILED') return `The article could not be fetched${detail}. Check the URL, or paste its text.`;
      if (problem.code === 'UNKNOWN_REFERENCE') return `No such entry${detail}. Pick one of the closest entries listed, or accept the proposal as new.`;
      return `The server refused it${detail}. Correct the named field and try again.`;
    case 429:
      return 'Too many requests. Wait a minute and try again.';
    case 504:
      return `The article took too long to fetch${detail}. Try again, or paste its text.`;
    default:
      return problem.status >= 500 ? `The server failed${detail}. Try again; if it persists, tell the team.` : `Refused${detail}.`;
  }
}
