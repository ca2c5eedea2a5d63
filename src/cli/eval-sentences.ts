import { readFileSync } from 'node:fs';
import { fromProjectRoot } from '../infra/project-paths.js';
import { readKnownTaxonomy } from '../modules/extraction/known-taxonomy-files.js';
import { type ComparisonLabel, LABELS, labelRows, partOf, scoreLabels, sentenceRows, type SentenceReport } from './sentence-eval.js';

/**
 * `npm run eval:sentences -- <file.csv> [--part tune|check] [--format text|markdown] [--misses N [--domain D]] [--json]`: how the
 * extractor labels single comparative sentences (CompSent-19 format) as BETTER / WORSE / NONE,
 * for all rows and for domain=compsci. The file is data you bring (the corpus has no licence: it
 * is never committed). A figure on the corpus's train split is a DEV figure; `--part` splits it by
 * id hash into a tune part (4/5) and a check part (1/5) to see whether tuning overfits.
 */
function main(argv: string[]): number {
  const file = argv.find((a) => !a.startsWith('--') && !/^\d+$/.test(a) && !['tune', 'check', 'text', 'markdown', 'compsci', 'brands', 'jbt'].includes(a));
  if (!file) {
    console.error('usage: npm run eval:sentences -- <file.csv> [--part tune|check] [--format text|markdown] [--misses N [--domain D]] [--json]');
    return 2;
  }
  const part = argv.includes('--part') ? argv[argv.indexOf('--part') + 1] : null;
  const misses = argv.includes('--misses') ? Number(argv[argv.indexOf('--misses') + 1]) : 0;
  const known = readKnownTaxonomy(fromProjectRoot('seeds/taxonomy'));
  const rows = sentenceRows(readFileSync(file, 'utf8')).filter((r) => !part || partOf(r.id) === part);
  const started = performance.now();
  const format = argv.includes('--format') && argv[argv.indexOf('--format') + 1] === 'markdown' ? 'markdown' : 'text';
  const labelled = labelRows(rows, known, format);
  const ms = performance.now() - started;
  const score = (domain: string | null) => scoreLabels(labelled.filter((x) => !domain || x.row.domain === domain).map((x) => ({ gold: x.row.label, predicted: x.predicted })));
  const reports = { all: score(null), compsci: score('compsci') };
  if (argv.includes('--json')) {
    console.log(JSON.stringify(reports, null, 2));
    return 0;
  }
  console.log(`${file}${part ? ` (${part} part)` : ''}: ${rows.length} rows, ${(ms / Math.max(1, rows.length)).toFixed(1)} ms per sentence`);
  print('All domains', reports.all);
  print('domain=compsci', reports.compsci);
  if (misses) {
    const domain = argv.includes('--domain') ? argv[argv.indexOf('--domain') + 1] : null;
    const wrong = labelled.filter((x) => x.predicted !== x.row.label && (!domain || x.row.domain === domain)).slice(0, misses);
    for (const x of wrong) console.log(`${x.row.label.padEnd(6)} <- ${x.predicted.padEnd(6)} [${x.row.objectA} | ${x.row.objectB}] ${x.row.sentence}`);
  }
  return 0;
}

function print(title: string, r: SentenceReport): void {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(7);
  console.log(`\n${title}: ${r.rows} rows, support-weighted F1 ${pct(r.weightedF1)}, accuracy ${pct(r.accuracy)}`);
  console.log(`${'class'.padEnd(8)}${'P'.padStart(8)}${'R'.padStart(8)}${'F1'.padStart(8)}${'support'.padStart(9)}`);
  for (const c of LABELS) console.log(`${c.padEnd(8)}${pct(r.perClass[c].precision)} ${pct(r.perClass[c].recall)} ${pct(r.perClass[c].f1)}${String(r.perClass[c].support).padStart(9)}`);
  console.log(`confusion (row gold, column predicted):${LABELS.map((c) => c.padStart(8)).join('')}`);
  for (const g of LABELS) console.log(`${''.padEnd(32)}${g.padStart(8)}${LABELS.map((p: ComparisonLabel) => String(r.confusion[g][p]).padStart(8)).join('')}`);
}

process.exit(main(process.argv.slice(2)));
