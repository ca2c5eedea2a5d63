/* The review page: the article with every claim highlighted at its offsets, the claims grouped by
   kind beside it (accept, reject, edit, one or in bulk, keyboard first), adding a claim by
   selecting words, then the proposals and publishing (desk-proposals.js). */
import { $, Problem, drafts, explain, h } from './desk-api.js';
import { offsetsOf, segments } from './desk-offsets.js';
import { renderProposals, renderPublish } from './desk-proposals.js';

const KINDS = ['verdict', 'rating', 'use_case', 'scenario', 'faq', 'pro', 'con', 'fact', 'recommendation'];
const EDITABLE = [
  ['technology', 'Technology'],
  ['criterion', 'Criterion'],
  ['useCase', 'Use case'],
  ['winner', 'Winner'],
  ['outcome', 'Outcome'],
  ['rating', 'Rating'],
  ['qualifiers', 'Qualifiers'],
  ['question', 'Question'],
  ['answer', 'Answer'],
  ['statement', 'Statement'],
];
/** What the edit form offers: every shown field, the kind, and the question and answer of an FAQ. */
const editableOf = (claim) => [['kind', 'Kind'], ...EDITABLE.filter(([name]) => claim.kind === 'faq' || (name !== 'question' && name !== 'answer'))];
const OUTCOMES = ['', 'win', 'tie', 'split', 'neither'];
const kindLabel = (kind) => kind.replace('_', ' ');

const state = { id: null, draft: null, active: null, selected: new Set(), editing: null, pendingSelection: null };

/** Code points (the API's offsets) to and from UTF-16 units (the page's), for the draft's text. */
let offsets = offsetsOf('');
const toUnit = (cp) => offsets.toUnit(cp);
const toPoint = (unit) => offsets.toPoint(unit);

/** Where a claim's quote stands (UTF-16 indexes): its offsets, or (for an answer without them) its n-th occurrence. */
function span(claim, text) {
  if (Number.isInteger(claim.start) && Number.isInteger(claim.end)) return [toUnit(claim.start), toUnit(claim.end)];
  let at = -1;
  for (let n = 0; n < (claim.occurrence || 1); n += 1) {
    at = text.indexOf(claim.quote, at + 1);
    if (at < 0) return null;
  }
  return [at, at + claim.quote.length];
}

/** The claims in the order the panel shows them: by kind, then by place in the article. */
function ordered() {
  const text = state.draft.source.text;
  const place = (c) => (span(c.claim, text) || [Infinity])[0];
  return [...state.draft.claims].sort((x, y) => KINDS.indexOf(x.claim.kind) - KINDS.indexOf(y.claim.kind) || place(x) - place(y));
}

/** Takes a draft from an answer (the contract names the text `source.text`). */
function adopt(draft) {
  if (draft.source.text == null) draft.source.text = draft.body ?? draft.source.body ?? '';
  state.draft = draft;
}

function say(message) {
  $('draft-status-line').textContent = message;
}

async function write(method, tail, body, done) {
  try {
    const { body: answer } = await drafts.write(state.id, method, tail, body);
    adopt(answer.draft || answer);
    render();
    if (done) say(done);
    return true;
  } catch (error) {
    say(error instanceof Problem ? explain(error) : String(error));
    return false;
  }
}

write.rerender = (draft) => {
  if (draft) adopt(draft);
  render();
};

function decide(keys, decision) {
  if (!keys.length) return Promise.resolve(say('Select claims first (x, or the checkboxes).'));
  const words = `${keys.length} claim${keys.length === 1 ? '' : 's'} ${decision}`;
  if (keys.length === 1) return write('PATCH', `/claims/${encodeURIComponent(keys[0])}`, { decision }, words);
  return write('POST', '/claims/decisions', { keys, decision }, words).then((ok) => {
    if (ok) state.selected.clear();
    render();
  });
}

/* ---- The article ---- */

function renderArticle() {
  const text = state.draft.source.text;
  const byKey = new Map(state.draft.claims.map((c) => [c.key, c]));
  const spans = state.draft.claims.map((c) => ({ key: c.key, at: span(c.claim, text) })).filter((s) => s.at);
  const nodes = segments(text.length, spans).map(({ from, to, keys }) => {
    const piece = text.slice(from, to);
    if (!keys.length) return document.createTextNode(piece);
    const over = keys.map((k) => byKey.get(k));
    const shown = over.find((c) => c.key === state.active) || over[0];
    return h('mark', { class: `k-${shown.claim.kind} d-${shown.decision}${keys.includes(state.active) ? ' active' : ''}`, dataset: { keys: keys.join(' ') }, title: over.map((c) => `${kindLabel(c.claim.kind)}: ${c.claim.statement}`).join('\n') }, piece);
  });
  $('article').replaceChildren(...nodes);
}

/** Offsets of the selection in the draft's text: the article holds that text and nothing else. */
function selectionOffsets() {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  const article = $('article');
  if (!article.contains(range.startContainer) || !article.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(article, 0);
  before.setEnd(range.startContainer, range.startOffset);
  let start = before.toString().length;
  let end = start + range.toString().length;
  const text = state.draft.source.text;
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return end > start ? { start: toPoint(start), end: toPoint(end), quote: text.slice(start, end) } : null;
}

function offerAdd() {
  if (state.draft.status !== 'open') return;
  const picked = selectionOffsets();
  if (!picked) return;
  state.pendingSelection = picked;
  $('add-quote').textContent = picked.quote;
  $('add-range').textContent = `characters ${picked.start}–${picked.end}`;
  if (!$('add-statement').value) $('add-statement').value = picked.quote.slice(0, 1000);
  $('add-error').textContent = '';
  $('add-claim').hidden = false;
}

async function addClaim(event) {
  event.preventDefault();
  const picked = state.pendingSelection;
  if (!picked) return;
  const field = (name) => $(`add-${name}`).value.trim() || undefined;
  const qualifiers = $('add-qualifiers').value.split('\n').map((q) => q.trim()).filter(Boolean);
  const claim = { kind: $('add-kind').value, statement: field('statement'), quote: picked.quote, start: picked.start, end: picked.end, technology: field('technology'), criterion: field('criterion'), useCase: field('useCase'), winner: field('winner'), outcome: field('outcome'), ...(qualifiers.length ? { qualifiers } : {}) };
  const keysBefore = new Set(state.draft.claims.map((c) => c.key));
  try {
    const { body } = await drafts.write(state.id, 'POST', '/claims', claim);
    adopt(body.draft || body);
    const added = state.draft.claims.find((c) => !keysBefore.has(c.key));
    if (added) state.active = added.key;
    $('add-claim').reset();
    $('add-claim').hidden = true;
    state.pendingSelection = null;
    render();
    say('Claim added and accepted.');
    focusActive();
  } catch (error) {
    $('add-error').textContent = error instanceof Problem ? explain(error) : String(error);
  }
}

/* ---- The claims ---- */

function valueText(claim, name) {
  const value = claim[name];
  if (Array.isArray(value)) return value.join('; ');
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

function claimView(c, index) {
  const claim = c.claim;
  const open = state.draft.status === 'open';
  const id = `claim-${index}`;
  const fields = EDITABLE.filter(([name]) => name === 'statement' || (claim[name] !== null && claim[name] !== undefined && claim[name] !== '' && !(Array.isArray(claim[name]) && !claim[name].length)));
  const body =
    state.editing === c.key
      ? editForm(c, id)
      : h('dl', { class: 'fields' }, fields.map(([name, label]) => [h('dt', null, label), h('dd', { class: c.edited.includes(name) ? 'edited' : null }, valueText(claim, name))]), h('dt', null, 'Quote'), h('dd', null, h('q', null, claim.quote)));
  return h(
    'li',
    { id, class: `claim d-${c.decision}${c.key === state.active ? ' active' : ''}`, tabindex: c.key === state.active ? '0' : '-1', dataset: { key: c.key }, 'aria-labelledby': `${id}-h`, onfocusin: () => activate(c.key, false) },
    h('div', { class: 'claim-head' },
      h('input', { type: 'checkbox', id: `${id}-sel`, checked: state.selected.has(c.key), disabled: !open, onchange: (e) => toggleSelect(c.key, e.target.checked) }),
      h('label', { for: `${id}-sel`, class: 'inline visually-hidden' }, `Select claim ${index + 1} for bulk actions`),
      h('span', { id: `${id}-h`, class: 'claim-title' }, h('span', { class: `badge k-${claim.kind}` }, kindLabel(claim.kind)), ' ', h('span', { class: `decision d-${c.decision}` }, c.decision), c.origin === 'added' ? h('span', { class: 'muted' }, ' · added by hand') : null, c.edited.length ? h('span', { class: 'muted' }, ` · edited: ${c.edited.join(', ')}`) : null),
    ),
    body,
    open && state.editing !== c.key
      ? h('div', { class: 'actions' },
          h('button', { type: 'button', 'aria-pressed': String(c.decision === 'accepted'), onclick: () => { activate(c.key); decide([c.key], 'accepted').then(focusActive); } }, 'Accept', h('span', { class: 'visually-hidden' }, ` claim ${index + 1}`)),
          h('button', { type: 'button', class: 'danger', 'aria-pressed': String(c.decision === 'rejected'), onclick: () => { activate(c.key); decide([c.key], 'rejected').then(focusActive); } }, 'Reject', h('span', { class: 'visually-hidden' }, ` claim ${index + 1}`)),
          h('button', { type: 'button', class: 'secondary', onclick: () => edit(c.key) }, 'Edit', h('span', { class: 'visually-hidden' }, ` claim ${index + 1}`)),
        )
      : null,
  );
}

function editForm(c, id) {
  const claim = c.claim;
  const inputs = editableOf(claim).map(([name, label]) => {
    const inputId = `${id}-${name}`;
    let control;
    if (name === 'kind') control = h('select', { id: inputId, name }, KINDS.map((k) => h('option', { value: k, selected: claim.kind === k }, kindLabel(k))));
    else if (name === 'outcome') control = h('select', { id: inputId, name }, OUTCOMES.map((o) => h('option', { value: o, selected: (claim.outcome || '') === o }, o || '—')));
    else if (name === 'qualifiers') control = h('textarea', { id: inputId, name, rows: '2' }, (claim.qualifiers || []).join('\n'));
    else control = h('input', { id: inputId, name, value: claim[name] == null ? '' : String(claim[name]), required: name === 'statement' });
    return h('p', null, h('label', { for: inputId }, name === 'qualifiers' ? 'Qualifiers (one per line)' : label), ' ', control);
  });
  return h('form', { class: 'edit', onsubmit: (e) => saveEdit(e, c), onkeydown: (e) => e.key === 'Escape' && cancelEdit() },
    inputs,
    h('p', null, h('button', { type: 'submit' }, 'Save and accept'), ' ', h('button', { type: 'button', class: 'secondary', onclick: cancelEdit }, 'Cancel')),
  );
}

function saveEdit(event, c) {
  event.preventDefault();
  const form = new FormData(event.target);
  const changed = {};
  for (const [name] of editableOf(c.claim)) {
    const raw = String(form.get(name) ?? '');
    const value = name === 'qualifiers' ? raw.split('\n').map((q) => q.trim()).filter(Boolean) : raw.trim() || null;
    const before = name === 'qualifiers' ? c.claim.qualifiers || [] : c.claim[name] ?? null;
    if (JSON.stringify(value) !== JSON.stringify(before)) changed[name] = value;
  }
  // The form stays open until the server takes the edit: a refusal (a verdict without its
  // criterion…) is said in the status line and nothing typed is lost.
  const editing = state.editing;
  state.editing = null;
  write('PATCH', `/claims/${encodeURIComponent(c.key)}`, { decision: 'accepted', ...(Object.keys(changed).length ? { claim: changed } : {}) }, Object.keys(changed).length ? `Edited (${Object.keys(changed).join(', ')}) and accepted.` : 'Accepted.').then((ok) => {
    // On a refusal nothing was redrawn: the form, with what was typed, is still on the page.
    if (ok) focusActive();
    else state.editing = editing;
  });
}

function edit(key) {
  if (state.draft.status !== 'open') return;
  state.active = key;
  state.editing = key;
  render();
  const form = document.querySelector(`[data-key="${CSS.escape(key)}"] form.edit`);
  if (form) form.querySelector('[name=statement]').focus();
}

function cancelEdit() {
  state.editing = null;
  render();
  focusActive();
}

function toggleSelect(key, on) {
  if (on) state.selected.add(key);
  else state.selected.delete(key);
  $('bulk-count').textContent = `${state.selected.size} selected`;
}

function renderClaims() {
  const list = ordered();
  if (!state.active && list.length) state.active = list[0].key;
  const groups = KINDS.map((kind) => ({ kind, items: list.map((c, i) => ({ c, i })).filter(({ c }) => c.claim.kind === kind) })).filter((g) => g.items.length);
  $('claim-groups').replaceChildren(
    ...groups.map((g) => h('section', { class: 'group', 'aria-labelledby': `group-${g.kind}` },
      h('h3', { id: `group-${g.kind}` }, h('span', { class: `swatch k-${g.kind}`, 'aria-hidden': 'true' }), `${kindLabel(g.kind)} (${g.items.length})`),
      h('ol', { class: 'claim-list' }, g.items.map(({ c, i }) => claimView(c, i))),
    )),
  );
  if (!list.length) $('claim-groups').append(h('p', null, 'No claims drafted. Select words in the article to add one.'));
  rove();
  $('bulk-count').textContent = `${state.selected.size} selected`;
}

/** Roving focus: only the active claim and its controls are in the Tab order; j/k move between claims. */
function rove() {
  for (const li of document.querySelectorAll('li.claim')) {
    const on = li.dataset.key === state.active;
    li.classList.toggle('active', on);
    li.tabIndex = on ? 0 : -1;
    for (const control of li.querySelectorAll('button, input, select, textarea')) control.tabIndex = on ? 0 : -1;
  }
}

function activate(key, rerender = true) {
  if (state.active === key) return;
  state.active = key;
  if (rerender) render();
  else {
    rove();
    renderArticle();
  }
  const mark = document.querySelector('mark.active');
  if (mark) mark.scrollIntoView({ block: 'nearest' });
}

function focusActive() {
  const li = document.querySelector(`li.claim[data-key="${CSS.escape(state.active || '')}"]`);
  if (li) {
    li.focus();
    li.scrollIntoView({ block: 'nearest' });
  }
}

function move(step) {
  const list = ordered();
  if (!list.length) return;
  const at = list.findIndex((c) => c.key === state.active);
  const next = list[Math.min(list.length - 1, Math.max(0, at + step))];
  activate(next.key);
  focusActive();
}

function onKey(event) {
  if (event.ctrlKey || event.metaKey || event.altKey || !state.draft) return;
  if (event.target.closest('input, textarea, select, form.edit, #add-claim')) return;
  const active = state.active;
  const open = state.draft.status === 'open';
  const actions = {
    j: () => move(1),
    k: () => move(-1),
    a: () => open && active && decide([active], 'accepted').then(focusActive),
    r: () => open && active && decide([active], 'rejected').then(focusActive),
    e: () => active && edit(active),
    x: () => active && open && (toggleSelect(active, !state.selected.has(active)), render(), focusActive()),
  };
  if (actions[event.key]) {
    event.preventDefault();
    actions[event.key]();
  }
}

function render() {
  const d = state.draft;
  $('draft-title').textContent = `Review: ${d.source.title || d.source.slug}`;
  const counts = { pending: 0, accepted: 0, rejected: 0 };
  for (const c of d.claims) counts[c.decision] += 1;
  $('draft-meta').textContent = [`source ${d.source.slug}`, d.format, d.status, `version ${d.version}`, `${counts.accepted} accepted, ${counts.rejected} rejected, ${counts.pending} pending`, d.source.url].filter(Boolean).join(' · ');
  renderArticle();
  renderClaims();
  renderProposals(state, write);
  renderPublish(state, write);
  for (const id of ['select-pending', 'select-none', 'bulk-accept', 'bulk-reject']) $(id).disabled = d.status !== 'open';
}

export async function review(id) {
  state.id = id;
  $('legend').replaceChildren(...KINDS.map((k) => h('li', null, h('span', { class: `swatch k-${k}`, 'aria-hidden': 'true' }), kindLabel(k))));
  try {
    adopt((await drafts.get(id)).body);
    offsets = offsetsOf(state.draft.source.text);
  } catch (error) {
    say(error instanceof Problem ? explain(error) : String(error));
    return;
  }
  render();
  document.addEventListener('keydown', onKey);
  $('article').addEventListener('mouseup', offerAdd);
  $('article').addEventListener('keyup', (e) => e.shiftKey && offerAdd());
  $('article').addEventListener('click', (e) => {
    const mark = e.target.closest('mark');
    if (mark && window.getSelection().isCollapsed) {
      activate(mark.dataset.keys.split(' ')[0]);
      focusActive();
    }
  });
  $('add-claim').addEventListener('submit', addClaim);
  $('add-cancel').addEventListener('click', () => {
    $('add-claim').reset();
    $('add-claim').hidden = true;
    state.pendingSelection = null;
  });
  $('select-pending').addEventListener('click', () => {
    for (const c of state.draft.claims) if (c.decision === 'pending') state.selected.add(c.key);
    render();
  });
  $('select-none').addEventListener('click', () => {
    state.selected.clear();
    render();
  });
  $('bulk-accept').addEventListener('click', () => decide([...state.selected], 'accepted'));
  $('bulk-reject').addEventListener('click', () => decide([...state.selected], 'rejected'));
}
