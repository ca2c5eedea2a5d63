/* The editor's desk: sign-in, the drafts list, starting a draft; dispatches to the page's view. */
import { $, Problem, drafts, explain, h, session } from './desk-api.js';

const main = $('main');
const view = main.dataset.view;

function showSignedIn(on) {
  $('sign-in').hidden = on;
  $('signed-in').hidden = !on;
  $('sign-out').hidden = !on;
}

async function checkKey() {
  // Any editor read proves the key; listing open drafts is the cheapest.
  await drafts.list('open');
}

async function start() {
  $('sign-out').addEventListener('click', () => {
    session.signOut();
    location.reload();
  });
  $('sign-in-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const key = $('api-key').value.trim();
    if (!key) return;
    session.signIn(key);
    try {
      await checkKey();
      $('api-key').value = '';
      await enter();
    } catch (error) {
      session.signOut();
      $('sign-in-error').textContent = error instanceof Problem ? explain(error) : String(error);
      $('api-key').focus();
    }
  });
  if (session.key()) {
    try {
      await checkKey();
      await enter();
      return;
    } catch (error) {
      if (!(error instanceof Problem) || (error.status !== 401 && error.status !== 403)) throw error;
      session.signOut();
    }
  }
  showSignedIn(false);
  $('api-key').focus();
}

async function enter() {
  showSignedIn(true);
  if (view === 'home') await home();
  else if (view === 'draft') (await import('./desk-review.js')).review(decodeURIComponent(location.pathname.split('/').pop()));
  else if (view === 'stats') (await import('./desk-stats.js')).stats();
}

/* ---- The drafts page ---- */

const FORMAT_BY_EXTENSION = { html: 'html', htm: 'html', md: 'markdown', markdown: 'markdown', txt: 'text', text: 'text' };

function formatOf(file) {
  const extension = (file.name.split('.').pop() || '').toLowerCase();
  if (FORMAT_BY_EXTENSION[extension]) return FORMAT_BY_EXTENSION[extension];
  if (file.type === 'text/html') return 'html';
  if (file.type === 'text/markdown') return 'markdown';
  return 'text';
}

async function create(input, button) {
  const status = $('start-status');
  button.disabled = true;
  status.textContent = 'Drafting the claims…';
  try {
    const { body } = await drafts.create(input);
    status.textContent = `Draft ${body.id} stored with ${body.claims.length} claims. Opening it…`;
    location.assign(`/desk/drafts/${encodeURIComponent(body.id)}`);
  } catch (error) {
    status.textContent = error instanceof Problem ? explain(error) : String(error);
  } finally {
    button.disabled = false;
  }
}

async function home() {
  $('from-text').addEventListener('submit', (event) => {
    event.preventDefault();
    const slug = $('text-slug').value.trim();
    create({ content: $('text-content').value, format: $('text-format').value, ...(slug ? { slug } : {}) }, event.submitter || event.target.querySelector('button'));
  });
  $('from-file').addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = $('file-input').files[0];
    if (!file) return;
    const content = await file.text();
    create({ content, format: $('file-format').value || formatOf(file) }, event.submitter || event.target.querySelector('button'));
  });
  $('from-url').addEventListener('submit', (event) => {
    event.preventDefault();
    create({ url: $('url-input').value.trim() }, event.submitter || event.target.querySelector('button'));
  });
  let after = null;
  const list = $('draft-list');
  async function load(reset) {
    if (reset) {
      after = null;
      list.replaceChildren();
    }
    try {
      const { body } = await drafts.list($('draft-status').value, after);
      for (const d of body.items) {
        const title = (d.source && d.source.title) || d.title || `Draft ${d.id}`;
        const when = d.updatedAt || d.createdAt;
        list.append(
          h('li', null, h('a', { href: `/desk/drafts/${encodeURIComponent(d.id)}` }, title), ' ', h('span', { class: 'muted' }, [d.format, d.status, when ? new Date(when).toLocaleString() : null, d.counts ? `${d.counts.claims} claims, ${d.counts.pending} pending` : null].filter(Boolean).join(' · '))),
        );
      }
      if (!list.children.length) list.append(h('li', { class: 'muted' }, 'No draft here yet.'));
      after = body.pageInfo && body.pageInfo.hasNextPage ? body.pageInfo.endCursor : null;
      $('more-drafts').hidden = !after;
    } catch (error) {
      list.replaceChildren(h('li', { class: 'error' }, error instanceof Problem ? explain(error) : String(error)));
    }
  }
  $('draft-status').addEventListener('change', () => load(true));
  $('more-drafts').addEventListener('click', () => load(false));
  await load(true);
}

start().catch((error) => {
  main.prepend(h('p', { class: 'error', role: 'alert' }, `The desk failed to start: ${error && error.message}`));
});
