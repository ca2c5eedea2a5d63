// bench:scale's record: the targets (with what was measured so far: a section that did not run
// or failed leaves its targets 'not measured (<status>)'), issue 13 item 4 against PostGraphile,
// and the BENCHMARKS.md section. Used for bench/results/scale.partial.json after every section too.
import { CATALOG_PATHS } from '../lib.mjs';
import { FTS_QUERIES, RECOMMENDATION_NEEDS } from './data.mjs';

export const TARGETS = {
  filteredPageP99Ms: '< 25',
  keysetPage10kVsPage1P50: '<= 1.2',
  fullTextP95Ms: '< 50',
  graphqlStatements: 'constant at 10, 100, 1000 items',
  filteredPageVsPostgraphileRps: '>= 1.0 (versus-kb uncached req/s / PostGraphile req/s, as bench/run.mjs graphqlUncachedVsPostgraphile)',
  fullTextVsPostgraphile: 'req/s >= PostGraphile req/s and p99 <= PostGraphile p99 (searchClaims custom query)',
  recommendationsP95Ms: '< 150',
  ndjsonExportClaimsPerSecond: '>= 50,000',
  ndjsonExportPeakRssMb: '< 250',
  extractionMedianMs: '< 300',
  catalogP50Ms: '< 20',
};

const statusOf = (run, name) => run.sections?.[name]?.status ?? 'not run';
/** 'yes' / 'no', or why there is no figure. */
function metOf(value, test, run, section) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    const status = statusOf(run, section);
    return status === 'ok' ? 'not measured' : `not measured (${status})`;
  }
  return test(value) ? 'yes' : 'no';
}
const both = (...mets) => (mets.every((m) => m === 'yes') ? 'yes' : mets.find((m) => m.startsWith('not measured')) ?? 'no');

export function targetsOf(run) {
  const f = run.figures;
  const m = (value, test, section) => metOf(value, test, run, section);
  const peerPage = f.peer?.filteredPage;
  const peerFts = f.peer?.fullTextPage;
  const rec = f.recommendations;
  const shapes = f.graphqlStatements?.shapes;
  const catalogP50 = f.catalog ? Math.max(...CATALOG_PATHS.map((p) => f.catalog[p]?.p50 ?? NaN)) : null;
  return {
    filteredPageP99Ms: { target: TARGETS.filteredPageP99Ms, value: f.filteredPage?.load?.p99 ?? null, met: m(f.filteredPage?.load?.p99, (v) => v < 25, 'filteredPage') },
    keysetPage10kVsPage1P50: {
      target: TARGETS.keysetPage10kVsPage1P50,
      value: f.keyset?.ratioP50 ?? null,
      page: f.keyset?.deepPage ?? null,
      met: m(f.keyset?.ratioP50, (v) => v <= 1.2, 'keyset'),
      oneAtATime: { value: f.keyset?.ratioP50Sequential ?? null, met: m(f.keyset?.ratioP50Sequential, (v) => v <= 1.2, 'keyset') },
    },
    fullTextP95Ms: {
      target: TARGETS.fullTextP95Ms,
      value: f.fullText?.load?.p95 ?? null,
      met: m(f.fullText?.load?.p95, (v) => v < 50, 'fullText'),
      oneAtATime: { value: f.fullText?.sequential?.p95 ?? null, met: m(f.fullText?.sequential?.p95, (v) => v < 50, 'fullText') },
    },
    graphqlStatements: { target: TARGETS.graphqlStatements, value: shapes?.map((s) => s.statements) ?? null, met: shapes ? (shapes.every((s) => s.constant) ? 'yes' : 'no') : `not measured (${statusOf(run, 'sqlAndStatements')})` },
    filteredPageVsPostgraphileRps: {
      target: TARGETS.filteredPageVsPostgraphileRps,
      rest: { value: peerPage?.rpsRatioRest ?? null, met: m(peerPage?.rpsRatioRest, (v) => v >= 1, 'peerFilteredPage') },
      graphql: { value: peerPage?.rpsRatioGraphql ?? null, met: m(peerPage?.rpsRatioGraphql, (v) => v >= 1, 'peerFilteredPage') },
    },
    fullTextVsPostgraphile: {
      target: TARGETS.fullTextVsPostgraphile,
      value: peerFts ? { rpsRatio: peerFts.rpsRatio, p99Ratio: peerFts.p99Ratio } : null,
      met: both(m(peerFts?.rpsRatio, (v) => v >= 1, 'peerFullTextPage'), m(peerFts?.p99Ratio, (v) => v <= 1, 'peerFullTextPage')),
    },
    recommendationsP95Ms: {
      target: TARGETS.recommendationsP95Ms,
      measuredAs: 'one client, one request at a time, needs rotated, Cache-Control: no-cache',
      value: rec?.sequential?.p95 ?? null,
      met: rec?.error && !rec?.sequential ? `no: ${rec.appExited ? 'the app died on the first request' : rec.error}` : m(rec?.sequential?.p95, (v) => v < 150, 'recommendations'),
      at32Connections: { value: rec?.load?.p95 ?? null, answered: rec?.load?.requests ?? 0, met: m(rec?.load?.p95, (v) => v < 150, 'recommendations') },
    },
    ndjsonExportClaimsPerSecond: { target: TARGETS.ndjsonExportClaimsPerSecond, value: f.ndjsonExport?.claimsPerSecond ?? null, met: f.ndjsonExport?.stoppedAt ? `no (export stopped: ${f.ndjsonExport.stoppedAt}, ${statusOf(run, 'ndjsonExport')})` : m(f.ndjsonExport?.claimsPerSecond, (v) => v >= 50_000, 'ndjsonExport') },
    ndjsonExportPeakRssMb: { target: TARGETS.ndjsonExportPeakRssMb, value: f.ndjsonExport?.rssMbPeak ?? null, met: m(f.ndjsonExport?.rssMbPeak, (v) => v < 250, 'ndjsonExport') },
    extractionMedianMs: { target: TARGETS.extractionMedianMs, value: f.extraction?.medianMs ?? null, met: m(f.extraction?.medianMs, (v) => v < 300, 'extraction') },
    catalogP50Ms: {
      target: TARGETS.catalogP50Ms,
      value: f.catalog ? Object.fromEntries(CATALOG_PATHS.map((p) => [p, f.catalog[p]?.p50 ?? null])) : null,
      met: m(catalogP50, (v) => v < 20, 'catalog'),
    },
  };
}

/**
 * Issue 13 item 4 at this scale, one row per target: versus-kb's figure, PostGraphile's, the
 * target and whether it is met (a section that failed or ran out of time says so).
 */
export function item4Targets(run) {
  const f = run.figures;
  const rows = [];
  const row = (key, measure, section, figure, peerFigure, target, test) => {
    const status = statusOf(run, section);
    const value = typeof figure === 'number' ? figure : null;
    const met = metOf(value, (v) => test(v, peerFigure), run, section);
    rows.push({ key, measure, figure: figure ?? null, peerFigure: peerFigure ?? null, target, met: met === 'yes' && status !== 'ok' ? `yes (section ${status})` : met, section: status });
  };
  const peerNeeded = (v, peer) => (typeof peer === 'number' ? v : NaN);
  const page = f.peer?.filteredPage;
  const fts = f.peer?.fullTextPage;
  for (const [side, label, load] of [['Rest', 'REST GET /api/claims?criterion=...&limit=50', page?.versusKbRest?.load], ['Graphql', 'GraphQL claims(filter: { criterion }, first: 50)', page?.versusKbGraphql?.load]]) {
    const peer = page?.postgraphile?.load;
    row(`filteredPage${side}Rps`, `filtered page, ${label}, req/s at 32 connections`, 'peerFilteredPage', load?.rps, peer?.rps, '>= PostGraphile req/s', (v, p) => peerNeeded(v, p) >= p);
    row(`filteredPage${side}P99Ms`, `filtered page, ${label}, p99 ms at 32 connections`, 'peerFilteredPage', load?.p99, peer?.p99, '<= PostGraphile p99', (v, p) => peerNeeded(v, p) <= p);
  }
  row('fullTextPageRps', `full-text page GET /api/claims?q=...&limit=50 (${FTS_QUERIES.length} queries rotated) vs searchClaims(q, first: 50), req/s at 32 connections`, 'peerFullTextPage', fts?.versusKbRest?.load?.rps, fts?.postgraphile?.load?.rps, '>= PostGraphile req/s', (v, p) => peerNeeded(v, p) >= p);
  row('fullTextPageP99Ms', 'full-text page, p99 ms at 32 connections', 'peerFullTextPage', fts?.versusKbRest?.load?.p99, fts?.postgraphile?.load?.p99, '<= PostGraphile p99', (v, p) => peerNeeded(v, p) <= p);
  const rec = f.recommendations;
  row('recommendationsP95Ms', `recommendations GET /api/recommendations?need= (${RECOMMENDATION_NEEDS.length} needs rotated), p95 ms one at a time`, 'recommendations', rec?.sequential?.p95, 'n/a', '< 150 ms', (v) => v < 150);
  row('recommendationsP95MsAt32Connections', 'recommendations, p95 ms at 32 connections', 'recommendations', rec?.load?.p95, 'n/a', '< 150 ms', (v) => v < 150);
  const ex = f.ndjsonExport;
  row('ndjsonExportClaimsPerSecond', `ndjson export of every claim, claims/s${ex?.stoppedAt ? ` (stopped after ${ex.claims} claims: ${ex.stoppedAt})` : ''}`, 'ndjsonExport', ex?.stoppedAt ? null : ex?.claimsPerSecond, 'n/a', '>= 50,000 claims/s', (v) => v >= 50_000);
  row('ndjsonExportPeakRssMb', 'app peak RSS during the export, MB', 'ndjsonExport', ex?.rssMbPeak, 'n/a', '< 250 MB', (v) => v < 250);
  row('extractionMedianMs', 'extraction of the longest seed article, median ms in process', 'extraction', f.extraction?.medianMs, 'n/a', '< 300 ms', (v) => v < 300);
  return rows;
}

/** The BENCHMARKS.md section. */
export function renderSummary(result, ctx, { CONNECTIONS, DURATION, PAGE_SIZE }) {
  const f = result.figures;
  const T = result.targets;
  const totals = ctx.totals ?? result.n.inDatabase ?? { claims: result.n.claims, sources: result.n.sources };
  const ms = (v) => (v === null || v === undefined ? '-' : `${v} ms`);
  const not = (section) => `not measured (${statusOf(result, section)}${result.sections?.[section]?.error ? `: ${result.sections[section].error.slice(0, 200).replaceAll('|', '/')}` : ''})`;
  const sqlMs = (key) => result.explain?.[key]?.statements.map((s) => `plan ${s.planningMs} + exec ${s.executionMs}`).join('; ') ?? '-';
  const lf = result.load ?? {};
  const popular = ctx.popular ?? { slug: '?', claims: 0 };
  const filteredQuery = ctx.filteredQuery ?? '?';
  const summary = [
    `\n## bench:scale ${result.date} (${result.mode}, ${result.n.claims.toLocaleString('en')} claims / ${result.n.sources.toLocaleString('en')} sources, PostgreSQL ${result.machine.postgres.split(' ')[0]}, ${DURATION} s x ${CONNECTIONS} connections)`,
    '',
    `Command: \`DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres ${result.command}\`; the run took ${Math.round(result.runSeconds / 60)} min (${result.runSeconds} s)${lf.reused ? `, on the database ${result.database.name} loaded at ${lf.loadedAt} (--reuse-db)` : ''}.`,
    '',
    '| measure | value | target | met? |',
    '|---|---|---|---|',
    `| bulk load (${totals.claims.toLocaleString('en')} claims, ${totals.sources.toLocaleString('en')} sources in the database)${lf.reused ? ', reused' : ''} | ${lf.totalMs ? `${(lf.totalMs / 1000).toFixed(1)} s, ${lf.claimsPerSecond.toLocaleString('en')} claims/s (insert ${(lf.insertMs / 1000).toFixed(1)} s at ${lf.claimsPerSecondInsertOnly.toLocaleString('en')}/s, indexes ${(lf.indexesTotalMs / 1000).toFixed(1)} s, VACUUM ANALYZE ${(lf.vacuumAnalyzeMs / 1000).toFixed(1)} s)` : '-'} | | |`,
  ];
  const fp = f.filteredPage;
  summary.push(
    fp?.load
      ? `| filtered page \`?${filteredQuery}\` (${popular.claims.toLocaleString('en')} matches) | p50 ${ms(fp.load.p50)}, p99 ${ms(fp.load.p99)}, ${fp.load.rps} req/s; one at a time p50 ${ms(fp.sequential?.p50)}, p99 ${ms(fp.sequential?.p99)}; SQL ${sqlMs('filteredPage')} ms | p99 < 25 ms | ${T.filteredPageP99Ms.met} |`
      : `| filtered page \`?${filteredQuery}\` | ${not('filteredPage')} | p99 < 25 ms | ${T.filteredPageP99Ms.met} |`,
  );
  if (f.floor?.narrow) {
    summary.push(`| floor: the same page's SQL from a bare node:http + pg server (pool 10), as sent / narrowed to claim + source | p50 ${ms(f.floor.asSent.load.p50)} / ${ms(f.floor.narrow.load.p50)}, p99 ${ms(f.floor.asSent.load.p99)} / ${ms(f.floor.narrow.load.p99)}, ${f.floor.asSent.load.rps} / ${f.floor.narrow.load.rps} req/s | | |`);
  }
  const k = f.keyset;
  const deepPage = ctx.deepPage ?? k?.deepPage;
  if (k?.deep?.sequential) {
    summary.push(
      `| keyset page ${deepPage.toLocaleString('en')} vs page 1 (limit ${PAGE_SIZE}, no filter) | p50 ${ms(k.deep.load.p50)} vs ${ms(k.page1.load.p50)} = ${k.ratioP50}x; one at a time ${ms(k.deep.sequential.p50)} vs ${ms(k.page1.sequential.p50)} = ${k.ratioP50Sequential}x; SQL ${sqlMs(`keysetPage${deepPage}`)} vs ${sqlMs('keysetPage1')} ms | <= 1.2x | ${T.keysetPage10kVsPage1P50.met} (one at a time: ${T.keysetPage10kVsPage1P50.oneAtATime.met}) |`,
    );
  } else summary.push(`| keyset page ${deepPage} vs page 1 | ${not('keyset')} | <= 1.2x | ${T.keysetPage10kVsPage1P50.met} |`);
  if (k?.filtered) summary.push(`| keyset, \`criterion=${popular.slug}\` page ${k.filtered.deepPage.toLocaleString('en')} vs page 1, one at a time | p50 ${ms(k.filtered.deep.p50)} vs ${ms(k.filtered.page1.p50)} = ${k.filtered.ratioP50Sequential}x | | |`);
  const ft = f.fullText;
  summary.push(
    ft?.load
      ? `| full text \`q=\` (${FTS_QUERIES.length} queries rotated), at ${CONNECTIONS} connections | p95 ${ms(ft.load.p95)} (p50 ${ms(ft.load.p50)}, p99 ${ms(ft.load.p99)}, ${ft.load.rps} req/s) | p95 < 50 ms | ${T.fullTextP95Ms.met} |`
      : `| full text \`q=\` at ${CONNECTIONS} connections | ${not('fullText')} | p95 < 50 ms | ${T.fullTextP95Ms.met} |`,
  );
  if (ft?.sequential) {
    summary.push(
      `| full text, the same queries one at a time (${ft.sequential.n} requests) | p95 ${ms(ft.sequential.p95)} (p50 ${ms(ft.sequential.p50)}); per query p95: ${ft.perQuery.map((q) => `${q.q.replaceAll('"', "'")} ${q.p95} (${q.matchingClaims.toLocaleString('en')} matches)`).join(', ')} ms | p95 < 50 ms | ${T.fullTextP95Ms.oneAtATime.met} |`,
    );
  }
  const seq = f.search?.sequential;
  summary.push(seq ? `| /api/search, same queries, one at a time | p50 ${ms(seq.p50)}, p95 ${ms(seq.p95)}, max ${ms(seq.max)} (status ${Object.entries(seq.status).map(([s, v]) => `${s} x${v}`).join(', ')}) | | |` : `| /api/search | ${not('search')} | | |`);
  for (const s of f.graphqlStatements?.shapes ?? []) {
    summary.push(`| GraphQL SQL statements per request, \`${s.shape}\`, N = ${Object.keys(s.statements).join(' / ')} (items ${Object.values(s.items).join(' / ')}) | ${Object.values(s.statements).join(' / ')} | constant | ${s.constant ? 'yes' : 'no'} |`);
  }
  if (!f.graphqlStatements) summary.push(`| GraphQL SQL statements per request | ${not('sqlAndStatements')} | constant | ${T.graphqlStatements.met} |`);
  summary.push(`| app RSS after the runs | ${f.rssMbAfterLoad ?? '-'} MB | | |`, '');

  // issue 13 item 4: versus-kb against PostGraphile 4 on the same data, and the targets at this scale
  const lp = (l) => (l ? `${l.rps} req/s, p50 ${ms(l.p50)}, p99 ${ms(l.p99)}` : '-');
  const peerPage = f.peer?.filteredPage;
  const peerFts = f.peer?.fullTextPage;
  const rec = f.recommendations;
  const ex = f.ndjsonExport;
  const xt = f.extraction;
  summary.push(
    `At ${totals.claims.toLocaleString('en')} claims, versus-kb and PostGraphile 4 on the same database (${CONNECTIONS} connections, ${DURATION} s per side in two turns; versus-kb with Cache-Control: no-cache):`,
    '',
    '| measure | versus-kb | PostGraphile | target | met? |',
    '|---|---|---|---|---|',
    ...(peerPage
      ? [
          `| filtered page, 50 claims of \`${popular.slug}\` with source and technology: REST \`GET /api/claims?${filteredQuery}\` | ${lp(peerPage.versusKbRest.load)} | ${lp(peerPage.postgraphile.load)} (\`allClaims(condition: { criterionId: ${popular.id} }, first: 50, orderBy: ID_ASC)\`) | req/s >= 1.0x PostGraphile | ${T.filteredPageVsPostgraphileRps.rest.met} (${peerPage.rpsRatioRest}x) |`,
          `| the same page through GraphQL \`claims(filter: { criterion }, first: 50)\` | ${lp(peerPage.versusKbGraphql.load)} | ${lp(peerPage.postgraphile.load)} | req/s >= 1.0x PostGraphile | ${T.filteredPageVsPostgraphileRps.graphql.met} (${peerPage.rpsRatioGraphql}x) |`,
        ]
      : [`| filtered page vs PostGraphile | ${lp(fp?.load)} | ${not('peerFilteredPage')} | | not measured |`]),
    peerFts
      ? `| full-text page \`GET /api/claims?q=...&limit=50\` (${FTS_QUERIES.length} queries rotated, full items with snippet) | ${lp(peerFts.versusKbRest.load)}, p95 ${ms(peerFts.versusKbRest.load.p95)} | ${lp(peerFts.postgraphile.load)} (\`searchClaims(q, first: 50)\`, a STABLE SQL function over the same search_vector @@ websearch_to_tsquery in id order, the same fields and \`snippet(q)\`; same ids for every query) | req/s >= PostGraphile, p99 <= PostGraphile | ${T.fullTextVsPostgraphile.met} (${peerFts.rpsRatio}x req/s, ${peerFts.p99Ratio}x p99) |`
      : `| full-text page \`q=\` vs PostGraphile | ${lp(ft?.load)} | ${not('peerFullTextPage')} | req/s >= PostGraphile, p99 <= PostGraphile | ${T.fullTextVsPostgraphile.met} |`,
  );
  if (rec?.sequential) {
    summary.push(
      `| recommendations \`GET /api/recommendations?need=\` (${RECOMMENDATION_NEEDS.length} needs rotated), one at a time | p95 ${ms(rec.sequential.p95)} (p50 ${ms(rec.sequential.p50)}, ${rec.sequential.n} requests); per need p50 / p95: ${Object.entries(rec.answers).map(([n, a]) => `'${n}' ${a.oneAtATime?.p50} / ${a.oneAtATime?.p95}`).join(', ')} ms; first request (knowledge load) ${ms(rec.firstRequestMs)} | n/a (no such feature) | p95 < 150 ms | ${T.recommendationsP95Ms.met} |`,
      rec.load
        ? `| recommendations, the same at ${CONNECTIONS} connections | p95 ${ms(rec.load.p95)} (p50 ${ms(rec.load.p50)}, p99 ${ms(rec.load.p99)}; ${rec.load.requests} answered in ${DURATION} s = ${rec.load.rps} req/s; requests still running at the end are not counted) | | p95 < 150 ms | ${T.recommendationsP95Ms.at32Connections.met} |`
        : `| recommendations at ${CONNECTIONS} connections | ${not('recommendations')} | | p95 < 150 ms | ${T.recommendationsP95Ms.at32Connections.met} |`,
    );
  } else {
    const died = rec?.appExited ?? result.sections?.recommendations?.appDied;
    summary.push(
      `| recommendations \`GET /api/recommendations?need=\` (${RECOMMENDATION_NEEDS.length} needs rotated) | ${died ? `not measured: the app died (exit code ${died.code}, signal ${died.signal}; start:prod caps its heap at --max-old-space-size=128; see its stderr for the cause); restarted for the measures below` : not('recommendations')} | n/a (no such feature) | p95 < 150 ms | ${T.recommendationsP95Ms.met} |`,
    );
  }
  summary.push(
    ex?.claimsPerSecond !== undefined
      ? `| ndjson export of every claim \`GET /api/claims?format=ndjson\` | ${ex.claims.toLocaleString('en')} claims, ${ex.mb} MB in ${ex.seconds} s = ${ex.claimsPerSecond.toLocaleString('en')} claims/s (first byte ${ms(ex.firstByteMs)})${ex.stoppedAt ? `; stopped: ${ex.stoppedAt} (${statusOf(result, 'ndjsonExport')})` : ''} | n/a (no streaming export) | >= 50,000 claims/s | ${T.ndjsonExportClaimsPerSecond.met} |`
      : `| ndjson export of every claim | ${not('ndjsonExport')} | n/a | >= 50,000 claims/s | ${T.ndjsonExportClaimsPerSecond.met} |`,
    ex?.rssMbPeak !== undefined ? `| app peak RSS during the export (VmRSS every 100 ms, ${ex.rssSamples} samples) | ${ex.rssMbPeak} MB (${ex.rssMbBefore} MB before) | | < 250 MB | ${T.ndjsonExportPeakRssMb.met} |` : `| app peak RSS during the export | - | | < 250 MB | ${T.ndjsonExportPeakRssMb.met} |`,
    xt
      ? `| extraction of the longest seed article \`${xt.file}\` (${xt.chars.toLocaleString('en')} chars, ${xt.claims} claims), in process | median ${ms(xt.medianMs)} of ${xt.runs} (first run ${ms(xt.firstRunMs)}, max ${ms(xt.maxMs)}); \`node dist/cli/kb.js extract\` whole process median ${ms(xt.wholeProcessMedianMs)} | n/a | < 300 ms | ${T.extractionMedianMs.met} |`
      : `| extraction of the longest seed article | ${not('extraction')} | n/a | < 300 ms | ${T.extractionMedianMs.met} |`,
    f.catalog
      ? `| catalog reads, one client, no-cache: p50 / p95 | ${CATALOG_PATHS.map((p) => `${p.slice(5)} ${f.catalog[p].p50} / ${f.catalog[p].p95} ms${f.catalog[p].capped ? ` (${f.catalog[p].n} requests: ${f.catalog[p].capped} cap)` : ''}`).join(', ')} | | p50 < 20 ms | ${T.catalogP50Ms.met} |`
      : `| catalog reads | ${not('catalog')} | | p50 < 20 ms | ${T.catalogP50Ms.met} |`,
    '',
    'Issue 13 item 4, target by target:',
    '',
    '| target | versus-kb | PostGraphile | target | met? |',
    '|---|---|---|---|---|',
    ...result.item4.map((r) => `| ${r.measure} | ${r.figure ?? '-'} | ${r.peerFigure ?? '-'} | ${r.target} | ${r.met} |`),
    '',
  );
  const troubled = Object.entries(result.sections ?? {}).filter(([, s]) => s.status !== 'ok');
  summary.push(
    `Sections (time budget, status): ${Object.entries(result.sections ?? {}).map(([n, s]) => `${n} ${s.seconds} s of ${s.budgetSeconds} s ${s.status}`).join(', ')}.`,
    ...(troubled.length ? ['', ...troubled.map(([n, s]) => `- ${n}: ${s.status}${s.error ? `: ${s.error.slice(0, 300)}` : ''}${s.issues ? `; ${JSON.stringify(s.issues).slice(0, 300)}` : ''}${s.appDied ? `; the app died (code ${s.appDied.code}, signal ${s.appDied.signal}) and was restarted` : ''}`)] : []),
    '',
  );
  const refused = f.graphqlStatements?.refused ?? [];
  if (refused.length) summary.push(`GraphQL refused: ${refused.map((r) => `\`${r.shape}\` at ${r.requested} (${r.errors.join('; ')})`).join(', ')}.`, '');
  const experiments = result.experiments;
  if (experiments) {
    const shape = experiments.listShape;
    const fts = Object.entries(experiments.storedTsvector?.queries ?? {});
    const wall = (name, pick) => fts.filter(([key]) => key.startsWith(name)).flatMap(([, list]) => list.map((q) => pick(q).wallMs));
    summary.push(
      'What-ifs on the same data (SQL only, median of repeated runs; details in `experiments`):',
      '',
      '| query | as the app sends it | alternative | alternative |',
      '|---|---|---|---|',
      ...Object.entries(shape ?? {}).map(([name, v]) => `| ${name}: planning + execution | ${v.asSent.planningMs} + ${v.asSent.executionMs} ms | join_collapse_limit = 1: ${v.joinCollapseLimit1.planningMs} + ${v.joinCollapseLimit1.executionMs} ms | claim + source only: ${v.narrow.planningMs} + ${v.narrow.executionMs} ms |`),
      ...(experiments.storedTsvector?.skipped
        ? [`| stored tsvector columns | ${experiments.storedTsvector.skipped} | | |`]
        : [
            `| full text, wall ms per query | ${wall('fullText', (q) => q.asSent).join(', ')} | stored tsvector column + GIN: ${wall('fullText', (q) => q.storedColumn).join(', ')} | |`,
            `| /api/search statements, wall ms | ${wall('search', (q) => q.asSent).join(', ')} | stored tsvector columns: ${wall('search', (q) => q.storedColumn).join(', ')} | |`,
          ]),
      '',
    );
  }
  summary.push('EXPLAIN (ANALYZE, BUFFERS) of every statement behind these requests: `bench/results/scale.json` (`explain`).', '');
  return summary.join('\n');
}
