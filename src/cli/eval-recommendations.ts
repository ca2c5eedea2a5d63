import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { fromProjectRoot } from '../infra/project-paths.js';
import { readFileSync } from 'node:fs';
import { loadCases, sourceText } from './eval-set.js';
import { corpusArticles, formatPairs, loadPairNeeds, perPair, slugResolver, validatePairNeeds } from './corpus-needs.js';
import { answerOf, byRouting, expectedOf, formatReport, formatRouting, grade, routingBucket, type RoutingBucket, validateCases, type EvalOutcome } from '../modules/recommendations/recommendation-eval.js';
import type { NeedTrace } from '../modules/recommendations/recommendations.service.js';

/**
 * `npm run eval:recommendations [-- --json] [-- --set <dir>]`: boots the app on a throw-away
 * database (a new database on DATABASE_URL's server, or the embedded one in a temporary
 * directory), which migrates and seeds it, asks the recommender every need of the set and
 * reports accuracy overall and per category: the Node.js/Python set (regression).
 *
 * Then the corpus of real writing, as a user would meet it: every corpus article
 * (test/eval/extraction/corpus/{dev,test}/articles) is drafted by the extractor and published
 * unchanged, and the needs written blind about those articles
 * (test/eval/recommendations/corpus/{dev,test}) are asked: top-1 accuracy and the share of empty
 * answers per pair, dev (tuned on) and test (frozen, never tuned on) apart.
 *
 * For tuning: `--reuse <name>` keeps the database (on DATABASE_URL's server) under that name and,
 * when it exists already, asks the needs of the published corpus again without drafting it;
 * `--split dev` asks one split's needs only; `--debug` prints each dev need's outcome, route and
 * what decided it (stderr). The dev needs are also counted by routing: their own article ranked
 * first (side right, wrong, or empty), another article first, not routed, or asked `among`.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  // per dev need, on stderr: right or wrong, where it was routed and what decided it
  const debug = args.includes('--debug');
  const setDir = fromProjectRoot(args.includes('--set') ? args[args.indexOf('--set') + 1] : 'test/eval/recommendations');
  const cases = loadCases(setDir);
  const problems = validateCases(cases, sourceText);
  if (problems.length) {
    console.error(`the evaluation set has problems:\n  ${problems.join('\n  ')}`);
    process.exit(2);
  }

  const server = process.env.DATABASE_URL;
  const reuse = args.includes('--reuse') ? args[args.indexOf('--reuse') + 1] : null;
  if (reuse && (!server || !/^[a-z0-9_]+$/.test(reuse))) throw new Error('--reuse needs DATABASE_URL and a name of lowercase letters, digits and underscores');
  const splits = (args.includes('--split') ? [args[args.indexOf('--split') + 1]] : ['dev', 'test']) as ('dev' | 'test')[];
  const scratch = reuse ?? `versus_kb_eval_${process.pid}_${Date.now().toString(36)}`;
  const reused = reuse !== null && (await onServer(server!, `SELECT 1 FROM pg_database WHERE datname = '${reuse}'`)) > 0;
  let dataDir: string | null = null;
  if (server) {
    if (!reused) await onServer(server, `CREATE DATABASE "${scratch}"`);
    const url = new URL(server);
    url.pathname = `/${scratch}`;
    process.env.DATABASE_URL = url.toString();
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), 'versus-kb-eval-'));
    process.env.KB_DATA_DIR = dataDir;
  }
  process.env.LOG_LEVEL = 'silent';
  process.env.KB_SEED_ON_START = reused ? 'false' : 'true';
  const { createApp } = await import('../app.factory.js');
  const { RecommendationsService } = await import('../modules/recommendations/recommendations.service.js');
  const { ExtractionService } = await import('../modules/extraction/extraction.service.js');
  const { IngestionService } = await import('../modules/ingestion/ingestion.service.js');
  const { TaxonomyService } = await import('../modules/taxonomy/taxonomy.service.js');
  const { IngestSourceInput } = await import('../modules/ingestion/dto/ingest-source.dto.js');
  const { validateDto } = await import('../common/http/validate-dto.js');
  const { PrismaService } = await import('../infra/database/prisma.service.js');
  const { formatFromPath } = await import('../modules/extraction/extract-article.js');
  const app = await createApp({ logger: false, docsUi: false });
  try {
    await app.init();
    const service = app.get(RecommendationsService);
    const outcomes: EvalOutcome[] = [];
    for (const c of cases) {
      const answered = answerOf(await service.recommend({ needs: c.needs, among: c.among }));
      const expected = expectedOf(c);
      outcomes.push({ id: c.id, category: c.category, expected, answered, correct: answered === expected });
    }
    const report = grade(outcomes);

    // The corpus: drafted and published unchanged, as an editor in a hurry would.
    const articles = corpusArticles(fromProjectRoot);
    const published: string[] = [];
    const unpublished: { article: string; reason: string }[] = [];
    for (const [name, file] of reused ? [] : articles) {
      try {
        const draft = await app.get(ExtractionService).extract({ content: readFileSync(file, 'utf8'), format: formatFromPath(file)! });
        // The file name with its extension: an article and its plain-text copy are two sources.
        const externalId = name.replace(/\./g, '-');
        const input = validateDto(IngestSourceInput, JSON.parse(JSON.stringify({ source: { ...draft.source, externalId, slug: `corpus-${externalId}`.slice(0, 120) }, claims: draft.claims, taxonomy: draft.taxonomy })), name);
        await app.get(IngestionService).ingestWithBody(input);
        published.push(name);
      } catch (error) {
        unpublished.push({ article: name, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    const index = await app.get(TaxonomyService).index();
    const externalIds = new Map((await app.get(PrismaService).source.findMany({ select: { id: true, externalId: true } })).map((r) => [r.id, r.externalId]));
    const corpus = Object.fromEntries(
      await Promise.all(
        splits.map(async (split) => {
          const sets = loadPairNeeds(fromProjectRoot(`test/eval/recommendations/corpus/${split}`));
          const setProblems = sets.flatMap((s) => validatePairNeeds(s, articles));
          if (setProblems.length) throw new Error(`the corpus needs (${split}) have problems:\n  ${setProblems.join('\n  ')}`);
          const pairOutcomes: (EvalOutcome & { pair: string; routing: RoutingBucket })[] = [];
          for (const set of sets) {
            const slug = slugResolver(set, (key) => index.technologies.get(key)?.slug);
            const own = new Set(set.articles.map((a) => a.replace(/\./g, '-')));
            for (const c of set.cases) {
              const expected = typeof c.expected === 'string' ? slug(c.expected) : `HYBRID(${c.expected.hybrid.map(slug).sort().join('+')})`;
              const among = c.among?.map(slug).filter((s) => !s.startsWith('unresolved:'));
              const traces: NeedTrace[] = [];
              const answered = answerOf(await service.recommend({ needs: c.needs, among: among?.length ? among : undefined }, (t) => traces.push(t)));
              const routing = routingBucket(among?.length ? null : traces.map((t) => t.routedSourceIds.map((id) => externalIds.get(id) ?? String(id))), own);
              if (debug && split === 'dev') console.error(`${answered === expected ? 'ok  ' : 'MISS'} ${c.id} [${routing}] expected ${expected}, answered ${answered}; ${traces.map((t) => `${t.decidedBy} via ${t.routedSourceIds.map((id) => externalIds.get(id) ?? id).slice(0, 2).join(',') || '-'}`).join(' | ')}`);
              pairOutcomes.push({ id: c.id, category: c.category, expected, answered, correct: answered === expected, pair: set.pair.join(' / '), routing });
            }
          }
          return [split, { ...perPair(pairOutcomes), failures: pairOutcomes.filter((o) => !o.correct), byRouting: byRouting(pairOutcomes) }] as const;
        }),
      ),
    );
    if (json) console.log(JSON.stringify({ regression: report, corpus: { published, unpublished, dev: corpus.dev, test: corpus.test && { pairs: corpus.test.pairs, overall: corpus.test.overall } } }, null, 2));
    else {
      console.log(`Node.js / Python needs (regression set, tuned on)\n${formatReport(report)}`);
      console.log(`\nCorpus of real writing: ${published.length} of ${articles.size} articles drafted and published unchanged${unpublished.length ? `; not published: ${unpublished.map((u) => `${u.article} (${u.reason.slice(0, 120)})`).join('; ')}` : ''}`);
      if (corpus.dev) console.log(formatPairs('\nCorpus needs, dev (tune freely)', corpus.dev, corpus.dev.failures));
      if (corpus.dev) console.log(formatRouting('Corpus needs, dev, by routing', corpus.dev.byRouting));
      // The test split's failures are not listed: it is scored, never looked into.
      if (corpus.test) console.log(formatPairs('\nCorpus needs, TEST (blind, frozen, never tuned on)', corpus.test, []));
    }
  } finally {
    await app.close();
    if (server && !reuse) await onServer(server, `DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs one statement on the server's own database; the number of rows it returned. */
async function onServer(serverUrl: string, sql: string): Promise<number> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return (await admin.query(sql)).rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
