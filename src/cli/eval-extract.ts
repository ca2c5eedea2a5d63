import { existsSync } from 'node:fs';
import { fromProjectRoot } from '../infra/project-paths.js';
import { readKnownTaxonomy } from '../modules/extraction/known-taxonomy-files.js';
import { extractDraft } from '../modules/extraction/extract-article.js';
import type { DraftClaim } from '../modules/extraction/extraction.types.js';
import { type ArticleCase, type ArticleResult, devCases, evaluateCase, scoreDraft, seedCases, type SetReport, summarise, unannotatedArticles, unmatchedClaims } from './extraction-eval.js';
import type { KnownTaxonomy } from '../modules/extraction/taxonomy-matcher.js';

/**
 * `npm run eval:extract [-- --json | --misses <dev article>]`: precision and recall of extraction per claim kind and per
 * article, reported per set, each labelled with how far it can be trusted:
 * - seeds: the five shipped articles, tuned on;
 * - dev: house style (articles the team wrote in the seeds' style), the former held-out set (tuned
 *   on once its figures were published), and the dev split of the corpus of real writing: tune freely;
 * - test: the corpus's test split, annotated blind before any tuning and frozen: scored, never tuned on.
 * Plus metadata checks and timing. `-- --misses <seed or dev article> [--rules]` instead prints the
 * claims one article's draft (or the rules' alone) and annotation disagree on, with the annotated
 * kinds and technologies over a drafted claim's words (never a TEST article: that split is blind). Each set is scored as extracted (the rules, then the learned
 * post-pass of src/modules/extraction/classifier/) and, beside it, as the rules alone drafted it
 * (what `KB_EXTRACT_CLASSIFIER=off` gives). The classifier is trained on the dev corpus
 * (`npm run train:claims`): its figures there are in-sample; the training prints the
 * leave-one-article-out ones.
 */
const SETS = [
  { key: 'seeds', title: 'Seeds (seeds/sources vs seeds/claims) - tuned on', cases: () => seedCases(fromProjectRoot('seeds')) },
  { key: 'devHouseStyle', title: 'Dev: house style (test/eval/extraction/dev/house-style) - tuned on', dir: 'test/eval/extraction/dev/house-style' },
  { key: 'devFormerHeldOut', title: 'Dev: former held-out (test/eval/extraction/dev/former-held-out) - tuned on', dir: 'test/eval/extraction/dev/former-held-out' },
  { key: 'devCorpus', title: 'Dev: real writing (test/eval/extraction/corpus/dev) - tune freely', dir: 'test/eval/extraction/corpus/dev' },
  { key: 'test', title: 'TEST: real writing (test/eval/extraction/corpus/test) - blind, frozen, never tuned on', dir: 'test/eval/extraction/corpus/test' },
] as const;

function main(argv: string[]): number {
  const known = readKnownTaxonomy(fromProjectRoot('seeds/taxonomy'));
  const misses = argv.indexOf('--misses');
  if (misses !== -1) return printMisses(argv[misses + 1] ?? '', known, argv.includes('--rules'));
  const reports = SETS.map((set) => {
    const cases = 'dir' in set ? (existsSync(fromProjectRoot(set.dir)) ? devCases(fromProjectRoot(set.dir)) : []) : set.cases();
    const waiting = 'dir' in set && existsSync(fromProjectRoot(set.dir)) ? unannotatedArticles(fromProjectRoot(set.dir)) : [];
    return { ...set, ...evaluateWithAndWithoutClassifier(cases, known), waiting };
  });
  const longest = seedCases(fromProjectRoot('seeds')).sort((a, b) => b.content.length - a.content.length)[0];
  // With and without the classifier in turn, so a busy machine slows both alike.
  const runs: number[] = [];
  const rulesRuns: number[] = [];
  for (let i = 0; i < 7; i++) {
    for (const [classifier, list] of [[undefined, runs], ['off', rulesRuns]] as const) {
      const t = performance.now();
      extractDraft(longest.content, longest.format, known, { classifier });
      list.push(performance.now() - t);
    }
  }
  runs.sort((a, b) => a - b);
  rulesRuns.sort((a, b) => a - b);
  const timing = { article: longest.name, lines: longest.content.split('\n').length, medianMs: runs[3], maxMs: runs[runs.length - 1], rulesAloneMedianMs: rulesRuns[3] };
  if (argv.includes('--json')) {
    const strip = (r: SetReport) => ({ ...r, articles: r.articles.map(({ draft, ...rest }) => ({ ...rest, claims: draft.claims.length })) });
    console.log(JSON.stringify({ ...Object.fromEntries(reports.map((r) => [r.key, { ...strip(r.report), rulesAlone: { overall: r.rulesAlone.overall, byKind: r.rulesAlone.byKind } }])), timing }, null, 2));
    return 0;
  }
  for (const r of reports) {
    print(r.title, r.report, r.rulesAlone);
    if (r.key !== 'test') console.log('  the claim classifier is trained on this set: its figures here are in-sample (`npm run train:claims` prints leave-one-article-out ones)');
    if (r.waiting.length) console.log(`  not annotated yet, not scored: ${r.waiting.join(', ')}`);
  }
  console.log(`\nTiming: ${timing.article} (${timing.lines} lines): median ${timing.medianMs.toFixed(1)} ms, max ${timing.maxMs.toFixed(1)} ms over 7 runs (rules alone: median ${timing.rulesAloneMedianMs.toFixed(1)} ms)`);
  return 0;
}

/**
 * The unmatched claims of one article of a tune-freely set (dev sets and seeds; never TEST, which
 * stays blind): what to read when tuning, as the rules alone drafted (`--rules`) or as extracted.
 */
function printMisses(name: string, known: KnownTaxonomy, rulesAlone: boolean): number {
  const tunable = SETS.filter((s) => s.key !== 'test').flatMap((set) => ('dir' in set ? (existsSync(fromProjectRoot(set.dir)) ? devCases(fromProjectRoot(set.dir)) : []) : set.cases()));
  const c = tunable.find((a) => a.name === name || a.name.replace(/\.[^.]+$/, '') === name);
  if (!c) {
    console.error(`no seed or dev article named '${name}' (TEST articles are never printed)`);
    return 1;
  }
  let ruleClaims: DraftClaim[] = [];
  const draft = extractDraft(c.content, c.format, known, { onRuleClaims: (claims) => (ruleClaims = claims) });
  const { compares, expected, drafted } = unmatchedClaims(c, rulesAlone ? { ...draft, claims: ruleClaims } : draft, known);
  const one = (s: string) => s.replace(/\s+/g, ' ').slice(0, 160);
  console.log(`${c.name}: compares ${compares.join(', ')}; ${expected.length} expected unmatched, ${drafted.length} drafted unmatched${rulesAlone ? ' (rules alone)' : ''}`);
  for (const e of expected) console.log(`  missed   ${e.kind.padEnd(14)} ${String(e.technology).padEnd(24)}${e.located ? '' : ' [quote not in body]'} ${one(e.quote)}`);
  for (const d of drafted) {
    const annotated = d.annotated.length ? ` [annotated: ${d.annotated.map((a) => `${a.kind} ${a.technology}`).join('; ')}]` : '';
    console.log(`  extra    ${d.kind.padEnd(14)} ${String(d.technology).padEnd(24)}${annotated} ${one(d.quote)}  => ${one(d.statement)}`);
  }
  return 0;
}

/** One extraction per article, scored twice: as extracted, and with the claims the rules drafted before the post-pass. */
function evaluateWithAndWithoutClassifier(cases: ArticleCase[], known: KnownTaxonomy): { report: SetReport; rulesAlone: SetReport } {
  const extracted: ArticleResult[] = [];
  const rules: ArticleResult[] = [];
  for (const c of cases) {
    let ruleClaims: DraftClaim[] = [];
    const result = evaluateCase(c, known, { onRuleClaims: (claims) => (ruleClaims = claims) });
    extracted.push(result);
    rules.push(scoreDraft(c, { ...result.draft, claims: ruleClaims }, known));
  }
  return { report: summarise(extracted), rulesAlone: summarise(rules) };
}

function print(title: string, report: SetReport, rulesAlone: SetReport): void {
  const pct = (n: number) => `${(n * 100).toFixed(0)}%`.padStart(5);
  console.log(`\n${title}`);
  if (!report.articles.length) {
    console.log('  (no articles)');
    return;
  }
  console.log(`${'kind'.padEnd(16)}${'expected'.padStart(9)}${'drafted'.padStart(9)}${'matched'.padStart(9)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}   rules alone: P     R    F1`);
  const row = (name: string, f: SetReport['overall'], rules: SetReport['overall'] | undefined) =>
    console.log(`${name.padEnd(16)}${String(f.expected).padStart(9)}${String(f.drafted).padStart(9)}${String(f.matched).padStart(9)}  ${pct(f.precision)}  ${pct(f.recall)}  ${pct(f.f1)}${rules ? `              ${pct(rules.precision)} ${pct(rules.recall)} ${pct(rules.f1)}` : ''}`);
  for (const [kind, f] of Object.entries(report.byKind)) row(kind, f, rulesAlone.byKind[kind]);
  row('overall', report.overall, rulesAlone.overall);
  const m = report.metadata;
  console.log(`metadata right: title ${m.title}/${m.articles}, author ${m.author}/${m.articles}, date ${m.publishedAt}/${m.articles}, compares ${m.compares}/${m.articles}`);
  for (const a of report.articles) {
    const wrong = Object.entries(a.metadata).filter(([, ok]) => !ok).map(([k]) => k);
    const f = Object.values(a.byKind).reduce((s, n) => ({ e: s.e + n.expected, d: s.d + n.drafted, m: s.m + n.matched }), { e: 0, d: 0, m: 0 });
    const p = f.d ? f.m / f.d : 1;
    const r = f.e ? f.m / f.e : 1;
    console.log(`  ${a.name.padEnd(34)} ${a.format.padEnd(9)} ${a.ms.toFixed(0).padStart(4)} ms  P ${pct(p)} R ${pct(r)}  matched ${f.m}/${f.e} expected, ${f.d} drafted${wrong.length ? `  metadata wrong: ${wrong.join(', ')}` : ''}${a.unlocatedExpected.length ? `  ${a.unlocatedExpected.length} expected quote(s) not in body` : ''}`);
  }
}

process.exit(main(process.argv.slice(2)));
