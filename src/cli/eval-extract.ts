import { fromProjectRoot } from '../infra/project-paths.js';
import { readKnownTaxonomy } from '../modules/extraction/known-taxonomy-files.js';
import { extractDraft } from '../modules/extraction/extract-article.js';
import { devCases, evaluateSet, seedCases, type SetReport } from './extraction-eval.js';

/**
 * `npm run eval:extract [-- --json]`: precision and recall of extraction per claim kind, on the
 * seeds (seeds/sources vs seeds/claims), the dev set (test/eval/extraction) and the held-out set
 * (test/eval/extraction/held-out), plus metadata
 * checks and timing.
 */
function main(argv: string[]): number {
  const known = readKnownTaxonomy(fromProjectRoot('seeds/taxonomy'));
  const seeds = evaluateSet(seedCases(fromProjectRoot('seeds')), known);
  const dev = evaluateSet(devCases(fromProjectRoot('test/eval/extraction')), known);
  // Written before any tuning on it and never tuned on: the figures to trust for unseen articles.
  const heldOut = evaluateSet(devCases(fromProjectRoot('test/eval/extraction/held-out')), known);
  const longest = seedCases(fromProjectRoot('seeds')).sort((a, b) => b.content.length - a.content.length)[0];
  const runs = Array.from({ length: 7 }, () => {
    const t = performance.now();
    extractDraft(longest.content, longest.format, known);
    return performance.now() - t;
  }).sort((a, b) => a - b);
  const timing = { article: longest.name, lines: longest.content.split('\n').length, medianMs: runs[3], maxMs: runs[runs.length - 1] };
  if (argv.includes('--json')) {
    const strip = (r: SetReport) => ({ ...r, articles: r.articles.map(({ draft, ...rest }) => ({ ...rest, claims: draft.claims.length })) });
    console.log(JSON.stringify({ seeds: strip(seeds), dev: strip(dev), heldOut: strip(heldOut), timing }, null, 2));
    return 0;
  }
  print('Seeds (seeds/sources/*.txt vs seeds/claims/*.json)', seeds);
  print('Dev set (test/eval/extraction)', dev);
  print('Held-out set (test/eval/extraction/held-out, not tuned on)', heldOut);
  console.log(`\nTiming: ${timing.article} (${timing.lines} lines): median ${timing.medianMs.toFixed(1)} ms, max ${timing.maxMs.toFixed(1)} ms over 7 runs`);
  return 0;
}

function print(title: string, report: SetReport): void {
  const pct = (n: number) => `${(n * 100).toFixed(0)}%`.padStart(5);
  console.log(`\n${title}`);
  console.log(`${'kind'.padEnd(16)}${'expected'.padStart(9)}${'drafted'.padStart(9)}${'matched'.padStart(9)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}`);
  const row = (name: string, f: SetReport['overall']) =>
    console.log(`${name.padEnd(16)}${String(f.expected).padStart(9)}${String(f.drafted).padStart(9)}${String(f.matched).padStart(9)}  ${pct(f.precision)}  ${pct(f.recall)}  ${pct(f.f1)}`);
  for (const [kind, f] of Object.entries(report.byKind)) row(kind, f);
  row('overall', report.overall);
  const m = report.metadata;
  console.log(`metadata right: title ${m.title}/${m.articles}, author ${m.author}/${m.articles}, date ${m.publishedAt}/${m.articles}, compares ${m.compares}/${m.articles}`);
  for (const a of report.articles) {
    const wrong = Object.entries(a.metadata).filter(([, ok]) => !ok).map(([k]) => k);
    const f = Object.values(a.byKind).reduce((s, n) => ({ e: s.e + n.expected, d: s.d + n.drafted, m: s.m + n.matched }), { e: 0, d: 0, m: 0 });
    console.log(`  ${a.name.padEnd(30)} ${a.format.padEnd(9)} ${a.ms.toFixed(0).padStart(4)} ms  matched ${f.m}/${f.e} expected, ${f.d} drafted${wrong.length ? `  metadata wrong: ${wrong.join(', ')}` : ''}${a.unlocatedExpected.length ? `  ${a.unlocatedExpected.length} expected quote(s) not in body` : ''}`);
  }
}

process.exit(main(process.argv.slice(2)));
