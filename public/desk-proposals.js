/* The review page's lower half: taxonomy proposals beside their closest existing entries (map or
   accept as new), and publishing (what will be written, conflicts in words, the way out). */
import { $, Problem, drafts, explain, h } from './desk-api.js';

const TYPES = [
  { type: 'technology', group: 'technologies', label: 'Technology', uses: (c, slug) => c.technology === slug || c.winner === slug },
  { type: 'criterion', group: 'criteria', label: 'Criterion', uses: (c, slug) => c.criterion === slug },
  { type: 'useCase', group: 'useCases', label: 'Use case', uses: (c, slug) => c.useCase === slug },
];
const TECHNOLOGY_KINDS = ['language', 'runtime', 'framework', 'library', 'database', 'tool', 'platform', 'protocol', 'package-registry', 'service'];
const candidatesCache = new Map();
const list = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);

function proposalView(state, write, t, p, index) {
  const id = `prop-${t.type}-${index}`;
  const users = state.draft.claims.filter((c) => t.uses(c.claim, p.slug));
  const open = state.draft.status === 'open';
  const status = p.mapTo ? `mapped to ${p.mapTo}` : p.decided ? 'accepted as new' : 'not decided';
  const options = h('div', { class: 'candidates', id: `${id}-candidates` }, h('p', { class: 'muted' }, 'Finding the closest existing entries…'));
  const newFields = h('div', { class: 'new-fields' },
    h('p', null, h('label', { for: `${id}-name` }, 'Name'), ' ', h('input', { id: `${id}-name`, name: 'name', value: p.name || '' })),
    t.type === 'technology' ? h('p', null, h('label', { for: `${id}-kind` }, 'Kind'), ' ', h('select', { id: `${id}-kind`, name: 'kind' }, TECHNOLOGY_KINDS.map((k) => h('option', { value: k, selected: (p.kind || 'platform') === k }, k)))) : null,
    t.type !== 'useCase' ? h('p', null, h('label', { for: `${id}-parent` }, 'Parent (slug, optional)'), ' ', h('input', { id: `${id}-parent`, name: 'parent', value: p.parent || '' })) : null,
    h('p', null, h('label', { for: `${id}-aliases` }, 'Aliases (comma-separated)'), ' ', h('input', { id: `${id}-aliases`, name: 'aliases', value: (p.aliases || []).join(', ') })),
    h('p', null, h('label', { for: `${id}-keywords` }, 'Keywords (comma-separated)'), ' ', h('input', { id: `${id}-keywords`, name: 'keywords', value: (p.keywords || []).join(', ') })),
  );
  const form = h('form', { class: 'proposal card', id, dataset: { type: t.type, slug: p.slug }, onsubmit: (e) => save(e, state, write, t, p) },
    h('fieldset', { disabled: !open },
      h('legend', null, `${t.label} “${p.name}” (${p.slug})`),
      h('p', { class: 'muted' }, `${status} · used by ${users.length} claim${users.length === 1 ? '' : 's'}`),
      options,
      h('p', null, h('input', { type: 'radio', name: 'choice', id: `${id}-new`, value: '', checked: p.decided && !p.mapTo }), ' ', h('label', { class: 'inline', for: `${id}-new` }, 'Accept as new')),
      newFields,
      h('p', null, h('button', { type: 'submit' }, 'Save decision'), ' ', h('span', { role: 'status', class: 'proposal-status' })),
    ),
  );
  loadCandidates(state, t, p, id, options);
  return form;
}

async function loadCandidates(state, t, p, id, container) {
  const cacheKey = `${state.id}/${t.type}/${p.slug}`;
  try {
    if (!candidatesCache.has(cacheKey)) candidatesCache.set(cacheKey, drafts.candidates(state.id, t.type, p.slug).then((r) => r.body));
    const found = await candidatesCache.get(cacheKey);
    const items = Array.isArray(found) ? found : found.items || [];
    if (p.mapTo && !items.some((c) => c.slug === p.mapTo)) items.unshift({ slug: p.mapTo, name: p.mapTo, aliases: [], keywords: [] });
    container.replaceChildren(
      items.length ? h('p', { class: 'muted' }, 'Closest existing entries:') : h('p', { class: 'muted' }, 'No close existing entry.'),
      ...items.map((c, i) => {
        const optionId = `${id}-c${i}`;
        const about = [c.aliases && c.aliases.length ? `aliases: ${c.aliases.join(', ')}` : null, c.keywords && c.keywords.length ? `keywords: ${c.keywords.slice(0, 8).join(', ')}` : null, typeof c.score === 'number' ? `match ${Math.round(c.score * 100)}%` : null].filter(Boolean).join(' · ');
        return h('p', { class: 'candidate' },
          h('input', { type: 'radio', name: 'choice', id: optionId, value: c.slug, checked: p.mapTo === c.slug, 'aria-describedby': `${optionId}-about` }), ' ',
          h('label', { class: 'inline', for: optionId }, `Map to ${c.name} (${c.slug})`), ' ',
          h('span', { class: 'muted', id: `${optionId}-about` }, about),
        );
      }),
    );
  } catch (error) {
    container.replaceChildren(h('p', { class: 'error' }, error instanceof Problem ? explain(error) : String(error)));
  }
}

async function save(event, state, write, t, p) {
  event.preventDefault();
  const form = event.target;
  const data = new FormData(form);
  const choice = data.get('choice');
  const status = form.querySelector('.proposal-status');
  if (choice === null) {
    status.textContent = 'Choose an existing entry or “Accept as new”.';
    return;
  }
  const body = choice
    ? { mapTo: String(choice) }
    : {
        mapTo: null,
        name: String(data.get('name') || p.name).trim(),
        ...(t.type === 'technology' ? { kind: String(data.get('kind')) } : {}),
        ...(t.type !== 'useCase' && String(data.get('parent') || '').trim() ? { parent: String(data.get('parent')).trim() } : {}),
        aliases: list(String(data.get('aliases') || '')),
        keywords: list(String(data.get('keywords') || '')),
      };
  await write('PATCH', `/proposals/${t.type}/${encodeURIComponent(p.slug)}`, body, choice ? `“${p.name}” mapped to ${choice}.` : `“${p.name}” accepted as new.`);
}

let shown = null;

export function renderProposals(state, write) {
  const proposals = state.draft.proposals || {};
  // Redrawn only when what it shows changed: a claim decision must not wipe a half-filled form.
  const signature = JSON.stringify([proposals, state.draft.status, state.draft.claims.map((c) => [c.claim.technology, c.claim.winner, c.claim.criterion, c.claim.useCase])]);
  if (signature === shown) return;
  shown = signature;
  const sections = TYPES.map((t) => ({ t, items: proposals[t.group] || [] })).filter((s) => s.items.length);
  $('proposals').replaceChildren(
    ...sections.map(({ t, items }) => h('div', { class: 'proposal-group' }, h('h3', null, `${t.label === 'Criterion' ? 'Criteria' : `${t.label === 'Use case' ? 'Use cases' : 'Technologies'}`} (${items.length})`), items.map((p, i) => proposalView(state, write, t, p, i)))),
  );
  if (!sections.length) $('proposals').append(h('p', null, 'The draft proposes no new taxonomy entry.'));
}

/* ---- Publish ---- */

function summary(state) {
  const d = state.draft;
  const accepted = d.claims.filter((c) => c.decision === 'accepted');
  const pending = d.claims.filter((c) => c.decision === 'pending').length;
  const rejected = d.claims.filter((c) => c.decision === 'rejected').length;
  const entries = [];
  const mapped = [];
  const undecided = [];
  for (const t of TYPES) {
    for (const p of (d.proposals || {})[t.group] || []) {
      const used = accepted.some((c) => t.uses(c.claim, p.slug));
      if (p.mapTo) mapped.push(`${t.label} ${p.slug} → ${p.mapTo}`);
      else if (!used) continue;
      else if (p.decided) entries.push(`${t.label} ${p.name} (${p.slug})`);
      else undecided.push(`${t.label} ${p.name} (${p.slug})`);
    }
  }
  if (d.status !== 'open') return h('div', { class: 'card' }, h('p', null, d.status === 'published' ? `Published: source ${d.source.slug} with ${accepted.length} claim${accepted.length === 1 ? '' : 's'}; ${rejected} rejected.` : 'This draft was discarded.'));
  return h('div', { class: 'card' },
    h('p', null, `New source: ${d.source.title} (${d.source.slug})`),
    h('p', null, `${accepted.length} claim${accepted.length === 1 ? '' : 's'} will be written; ${rejected} rejected will not; ${pending} still pending.`),
    entries.length ? [h('p', null, 'New taxonomy entries:'), h('ul', null, entries.map((e) => h('li', null, e)))] : h('p', null, 'No new taxonomy entry.'),
    mapped.length ? [h('p', null, 'Mapped to existing entries:'), h('ul', null, mapped.map((e) => h('li', null, e)))] : null,
    undecided.length ? [h('p', { class: 'warning' }, 'Not reviewed yet, will be added as proposed unless you map them above:'), h('ul', null, undecided.map((e) => h('li', null, e)))] : null,
  );
}

function published(result) {
  const page = result.source && result.source.comparisonPage;
  return h('div', { class: 'card success' },
    h('p', null, `Published as source ${result.source ? result.source.slug : ''}.`),
    page ? h('p', null, h('a', { href: page, id: 'comparison-link' }, 'Open the comparison page')) : null,
    result.source && result.source.url ? h('p', null, h('a', { href: result.source.url }, 'The source as JSON')) : null,
  );
}

export function renderPublish(state, write) {
  const d = state.draft;
  $('publish-summary').replaceChildren(summary(state));
  const open = d.status === 'open';
  $('publish').disabled = !open;
  $('discard').disabled = !open;
  if (!open && d.publishedSource && !$('publish-result').childElementCount) {
    const slug = typeof d.publishedSource === 'string' ? d.publishedSource : d.publishedSource.slug;
    const page = typeof d.publishedSource === 'object' ? d.publishedSource.comparisonPage : null;
    $('publish-result').replaceChildren(published({ source: { slug, comparisonPage: page, url: `/api/sources/${encodeURIComponent(slug)}` } }));
  }
  if ($('publish-form').dataset.bound) return;
  $('publish-form').dataset.bound = '1';
  $('publish-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const pending = new FormData(event.target).get('pending');
    $('publish-result').replaceChildren(h('p', null, 'Publishing…'));
    try {
      const { body } = await drafts.write(state.id, 'POST', '/publish', pending ? { pending } : {});
      $('publish-result').replaceChildren(published(body));
      write.rerender(body.draft);
      $('comparison-link')?.focus();
    } catch (error) {
      const code = error instanceof Problem && error.code ? ` [${error.status} ${error.code}]` : '';
      $('publish-result').replaceChildren(h('p', { class: 'error' }, (error instanceof Problem ? explain(error) : String(error)) + code));
    }
  });
  $('discard').addEventListener('click', async () => {
    if (!window.confirm('Discard this draft? It will not be published or counted.')) return;
    try {
      await drafts.write(state.id, 'DELETE', '');
      location.assign('/desk');
    } catch (error) {
      $('publish-result').replaceChildren(h('p', { class: 'error' }, error instanceof Problem ? explain(error) : String(error)));
    }
  });
}
