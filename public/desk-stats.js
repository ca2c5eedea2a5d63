/* The acceptance stats: how often drafted claims were accepted (unchanged or edited), rejected,
   and how many the editors added by hand; per kind, per format and over time. */
import { $, Problem, drafts, explain, h } from './desk-api.js';

const percent = (rate) => (typeof rate === 'number' && Number.isFinite(rate) ? `${Math.round(rate * 1000) / 10}%` : '—');
const COLUMNS = [
  ['drafted', 'Drafted'],
  ['acceptedUnchanged', 'Accepted unchanged'],
  ['acceptedEdited', 'Accepted after edit'],
  ['rejected', 'Rejected'],
  ['added', 'Added by hand'],
];

function rateCell(rate, label) {
  return h('td', null, percent(rate), ' ', typeof rate === 'number' ? h('meter', { min: '0', max: '1', value: String(rate), 'aria-label': label }) : null);
}

function table(caption, first, rows, name) {
  if (!rows || !rows.length) return h('section', null, h('h2', null, caption), h('p', { class: 'muted' }, 'Nothing published yet.'));
  return h('section', null,
    h('h2', null, caption),
    h('div', { class: 'table-wrap' },
      h('table', { class: 'stats' },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, first), COLUMNS.map(([, label]) => h('th', { scope: 'col' }, label)), h('th', { scope: 'col' }, 'Acceptance rate'), h('th', { scope: 'col' }, 'Hand-added rate'))),
        h('tbody', null, rows.map((row) => h('tr', { dataset: { row: String(row[name]) } },
          h('th', { scope: 'row' }, String(row[name]).replace('_', ' ')),
          COLUMNS.map(([key]) => h('td', { dataset: { field: key } }, String(row[key] ?? 0))),
          rateCell(row.acceptanceRate, `Acceptance rate, ${row[name]}`),
          rateCell(row.handAddedRate, `Hand-added rate, ${row[name]}`),
        ))),
      ),
    ),
  );
}

async function load() {
  const query = { bucket: $('stats-bucket').value };
  if ($('stats-from').value) query.from = $('stats-from').value;
  if ($('stats-to').value) query.to = $('stats-to').value;
  $('stats-status').textContent = 'Loading…';
  try {
    const { body: s } = await drafts.stats(query);
    $('stats-status').textContent = `${s.drafts} published draft${s.drafts === 1 ? '' : 's'}.`;
    $('stats').replaceChildren(
      h('section', { class: 'totals card', 'aria-labelledby': 'totals-h' },
        h('h2', { id: 'totals-h' }, 'All published drafts'),
        h('dl', { class: 'totals-list' },
          h('dt', null, 'Acceptance rate'), h('dd', { id: 'acceptance-rate' }, percent(s.acceptanceRate)),
          h('dt', null, 'Hand-added rate'), h('dd', { id: 'hand-added-rate' }, percent(s.handAddedRate)),
          COLUMNS.map(([key, label]) => [h('dt', null, label), h('dd', { id: `total-${key}` }, String(s[key] ?? 0))]),
        ),
      ),
      table('Per kind', 'Kind', s.byKind, 'kind'),
      table('Per format', 'Format', s.byFormat, 'format'),
      table('Over time', 'Period', s.overTime, 'period'),
      h('section', null, h('h2', null, 'Fields editors changed'),
        s.editedFields && s.editedFields.length ? h('ul', null, s.editedFields.map((f) => h('li', null, `${f.field}: ${f.count}`))) : h('p', { class: 'muted' }, 'None yet.')),
    );
  } catch (error) {
    $('stats-status').textContent = error instanceof Problem ? explain(error) : String(error);
  }
}

export function stats() {
  $('stats-form').addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  return load();
}
