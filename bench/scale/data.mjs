// Synthetic sources and claims for bench:scale. Every claim is built together with the sentence
// it quotes, and the source body is those sentences, so every quote is a real substring of its
// body at [quoteStart, quoteEnd). Bodies are ASCII: code points = UTF-16 units = bytes.
import { createHash } from 'node:crypto';

/** Deterministic PRNG (mulberry32): the same seed gives the same data set. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    /** Skewed towards the start of the list: a few words are common, most are rare (like real text). */
    skewed: (list) => list[Math.floor(next() ** 2.2 * list.length)],
    weighted(items, weights) {
      const total = weights.reduce((a, b) => a + b, 0);
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i];
        if (r < 0) return items[i];
      }
      return items[items.length - 1];
    },
  };
}

// Vocabulary: realistic backend/tech words, most frequent first (see rng.skewed).
const NOUNS = [
  'event loop', 'thread pool', 'type system', 'package manager', 'garbage collector', 'connection pool', 'memory footprint',
  'startup time', 'request latency', 'throughput', 'ecosystem', 'standard library', 'tooling', 'async runtime', 'query builder',
  'ORM layer', 'JIT compiler', 'interpreter', 'worker threads', 'process model', 'dependency graph', 'build pipeline',
  'test runner', 'linter', 'debugger', 'profiler', 'REST API', 'GraphQL schema', 'websocket server', 'message queue',
  'job scheduler', 'cache layer', 'CDN edge', 'container image', 'Kubernetes deployment', 'serverless function',
  'cold start', 'machine learning pipeline', 'data pipeline', 'notebook workflow', 'vector index', 'embedding model',
  'inference server', 'training loop', 'tensor library', 'dataframe API', 'plotting library', 'scraping toolkit',
  'browser automation', 'CLI tooling', 'template engine', 'middleware stack', 'routing layer', 'validation layer',
  'authentication flow', 'session store', 'rate limiter', 'load balancer', 'reverse proxy', 'TLS termination',
  'static typing', 'gradual typing', 'type inference', 'module system', 'bundler', 'transpiler', 'hot reload',
  'stream processing', 'backpressure handling', 'non-blocking I/O', 'blocking I/O', 'CPU-bound work', 'I/O-bound work',
  'multiprocessing', 'global interpreter lock', 'green threads', 'coroutines', 'promises', 'callbacks', 'async/await',
  'error handling', 'exception model', 'logging library', 'tracing', 'metrics exporter', 'observability stack',
  'schema migrations', 'connection string', 'prepared statements', 'query planner', 'index strategy', 'replication',
  'sharding', 'horizontal scaling', 'vertical scaling', 'autoscaling policy', 'container orchestration', 'CI pipeline',
  'deployment artifact', 'lockfile', 'semantic versioning', 'security advisories', 'supply chain', 'sandboxing',
  'memory safety', 'buffer handling', 'binary protocol', 'JSON serialization', 'protobuf encoding', 'gRPC service',
  'server-sent events', 'pub/sub broker', 'Kafka consumer', 'RabbitMQ worker', 'Redis cache', 'PostgreSQL driver',
  'MongoDB driver', 'SQLite file', 'numerical computing', 'vectorized math', 'GPU acceleration', 'CUDA kernels',
  'model serving', 'fine-tuning job', 'retrieval augmented generation', 'prompt templates', 'agent framework',
  'data validation', 'form handling', 'admin panel', 'content management', 'server rendering', 'hydration',
  'code sharing', 'monorepo', 'learning curve', 'developer experience', 'hiring pool', 'community support',
  'documentation', 'release cadence', 'long-term support', 'backward compatibility', 'memory leak', 'heap snapshot',
];
const ADJECTIVES = [
  'fast', 'mature', 'lightweight', 'flexible', 'predictable', 'robust', 'minimal', 'battle-tested', 'modern', 'verbose',
  'concise', 'scalable', 'efficient', 'ergonomic', 'opinionated', 'pragmatic', 'extensible', 'stable', 'experimental',
  'declarative', 'imperative', 'strict', 'permissive', 'portable', 'composable', 'memory-hungry', 'well-documented',
  'single-threaded', 'multi-threaded', 'asynchronous', 'synchronous', 'type-safe', 'dynamic', 'compiled', 'interpreted',
];
const VERBS = [
  'handles', 'simplifies', 'speeds up', 'slows down', 'streamlines', 'complicates', 'isolates', 'parallelizes',
  'serializes', 'caches', 'batches', 'validates', 'schedules', 'instruments', 'optimizes', 'abstracts', 'exposes',
  'hides', 'accelerates', 'bottlenecks', 'scales', 'secures', 'packages', 'bundles', 'profiles', 'automates',
];
const ADVERBS = [
  'efficiently', 'reliably', 'predictably', 'quickly', 'cleanly', 'safely', 'poorly', 'awkwardly', 'transparently',
  'out of the box', 'with little configuration', 'under heavy load', 'at scale', 'in production', 'by default',
];
const CONTEXTS = [
  'the workload is mostly I/O', 'requests fan out to many services', 'traffic spikes suddenly', 'the team is small',
  'latency budgets are tight', 'the data set grows past memory', 'models are retrained nightly', 'payloads are large',
  'connections stay open for hours', 'deployments happen many times a day', 'the service runs on small containers',
  'the codebase grows past a hundred modules', 'the product needs real-time updates', 'analysts share notebooks',
  'the API serves mobile clients', 'jobs run on a cron schedule', 'the cluster autoscales', 'the budget is limited',
];
const RATINGS = [
  ['Very Fast', 0.9], ['Fast', 0.8], ['Moderate', 0.5], ['Limited', 0.3], ['Excellent', 0.9], ['Good', 0.75], ['Poor', 0.2],
  ['Mature', 0.8], ['Native', 1], ['Large', 0.8], ['Massive', 0.95], ['Slower', 0.3], ['Faster', 0.8], ['Strong', 0.85],
  ['Weak', 0.25], ['Average', 0.5], ['Outstanding', 0.95], ['Adequate', 0.6],
];
const TOPICS = ['Backends', 'APIs', 'Real-Time Apps', 'AI Platforms', 'Data Work', 'Microservices', 'Startups', 'Enterprise Systems', 'Scraping', 'DevOps'];
const AUTHORS = ['Vikram Iyer', 'Ana Souza', 'Chen Wei', 'Maria Rossi', 'Tom Becker', 'Aisha Khan', 'Lena Novak', 'Diego Ramos', 'Yuki Sato', 'Sam Okafor'];
const PUBLISHERS = ['DevWeekly', 'Stack Notes', 'Backend Digest', null, 'Cloud Review', null, 'Code Journal'];

/** Full-text queries the bench sends: common and rare words, phrases, several terms (web-search syntax). */
export const FTS_QUERIES = ['event loop', 'garbage collector', 'machine learning pipeline', '"connection pool"', 'serverless cold start', 'websocket', 'memory leak -python'];

/** Needs the bench asks recommendations for: the synthetic use cases and vocabulary (real-time apps, ML, scraping, data pipelines, REST APIs). */
export const RECOMMENDATION_NEEDS = ['real-time chat', 'machine learning pipeline', 'web scraping at scale', 'data processing pipeline', 'REST API for mobile clients'];

/** How the seed's claims spread over kinds (the synthetic set follows the seed's mix). */
export const DEFAULT_KIND_WEIGHTS = { FACT: 182, USE_CASE: 111, PRO: 71, VERDICT: 35, RATING: 31, RECOMMENDATION: 19, CON: 13, SCENARIO: 7, FAQ: 6 };

/** Lower-cases a leading capital, not an acronym ('Real-time apps' -> 'real-time apps', 'GraphQL APIs' stays). */
const lower = (s) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/**
 * A data-set generator over the real taxonomy.
 * taxonomy: { technologies: [{id, slug, name, kind}], criteria: [{id, slug, name, weight}], useCases: [{id, slug, name}], kindWeights }
 */
export function createGenerator(taxonomy, seed = 42) {
  const r = rng(seed);
  const techByKind = new Map();
  for (const t of taxonomy.technologies) techByKind.set(t.kind, [...(techByKind.get(t.kind) ?? []), t]);
  const pairKinds = [...techByKind.entries()].filter(([, list]) => list.length >= 2).map(([kind]) => kind);
  const bySlug = new Map(taxonomy.technologies.map((t) => [t.slug, t]));
  const node = bySlug.get('nodejs');
  const python = bySlug.get('python');
  const criteria = taxonomy.criteria;
  const criterionWeights = criteria.map((c) => c.weight);
  const kinds = Object.keys(taxonomy.kindWeights);
  const kindWeights = kinds.map((k) => taxonomy.kindWeights[k]);
  for (const t of [...taxonomy.technologies, ...criteria, ...taxonomy.useCases]) {
    if (!/^[\x20-\x7e]*$/.test(t.name)) throw new Error(`non-ASCII taxonomy name '${t.name}': bodies must stay ASCII`);
  }

  function comparedPair() {
    if (node && python && r.next() < 0.3) return r.next() < 0.5 ? [node, python] : [python, node];
    const list = techByKind.get(r.pick(pairKinds));
    const a = r.pick(list);
    let b = r.pick(list);
    while (b === a) b = r.pick(list);
    return [a, b];
  }

  const noun = () => r.skewed(NOUNS);
  const criterion = () => r.weighted(criteria, criterionWeights);

  /** One claim and the sentence it quotes. */
  function claim(kind, a, b) {
    const n1 = noun();
    const n2 = noun();
    const c = { kind, technologyId: a.id, criterionId: null, useCaseId: null, winnerId: null, outcome: null, rating: null, score: null, question: null, answer: null, qualifier: null, mentionId: null };
    let sentence;
    let statement;
    if (kind === 'RATING') {
      const crit = criterion();
      const [rating, score] = r.pick(RATINGS);
      c.criterionId = crit.id;
      c.rating = rating;
      c.score = score;
      sentence = r.pick([
        () => `${a.name}'s ${lower(crit.name)} is ${rating} because of its ${n1} and ${n2}.`,
        () => `On ${lower(crit.name)}, ${a.name} rates ${rating} thanks to the ${r.pick(ADJECTIVES)} ${n1}.`,
        () => `${crit.name}: ${rating} for ${a.name} (${n1}, ${n2}).`,
      ])();
      statement = `${a.name}'s ${lower(crit.name)} is rated ${lower(rating)} because of its ${n1}.`;
    } else if (kind === 'VERDICT') {
      const crit = criterion();
      c.criterionId = crit.id;
      const roll = r.next();
      if (roll < 0.8) {
        c.outcome = 'WIN';
        c.winnerId = a.id;
        sentence = r.pick([
          () => `${a.name} beats ${b.name} on ${lower(crit.name)} because its ${n1} ${r.pick(VERBS)} the ${n2} ${r.pick(ADVERBS)}.`,
          () => `When it comes to ${lower(crit.name)}, ${a.name} is clearly ahead of ${b.name} when ${r.pick(CONTEXTS)}.`,
        ])();
        statement = `${a.name} wins over ${b.name} on ${lower(crit.name)}.`;
      } else {
        c.outcome = roll < 0.95 ? 'TIE' : 'SPLIT';
        sentence = `On ${lower(crit.name)}, ${a.name} and ${b.name} are roughly even when ${r.pick(CONTEXTS)}.`;
        statement = c.outcome === 'TIE' ? `${a.name} and ${b.name} tie on ${lower(crit.name)}.` : `Sources split on ${lower(crit.name)} between ${a.name} and ${b.name}.`;
      }
    } else if (kind === 'USE_CASE' || kind === 'SCENARIO') {
      const useCase = r.pick(taxonomy.useCases);
      c.useCaseId = useCase.id;
      sentence = r.pick([
        () => `For ${lower(useCase.name)}, ${a.name} is a strong choice since its ${n1} ${r.pick(VERBS)} the ${n2}.`,
        () => `Teams building ${lower(useCase.name)} often reach for ${a.name} with its ${r.pick(ADJECTIVES)} ${n1}.`,
        () => `${useCase.name}: ${a.name} plus ${b.name === a.name ? n2 : b.name} for the ${n1}.`,
      ])();
      statement = kind === 'USE_CASE' ? `${a.name} suits ${lower(useCase.name)} because of its ${n1}.` : `For ${lower(useCase.name)} the recommended approach is ${a.name}.`;
    } else if (kind === 'FAQ') {
      const useCase = r.pick(taxonomy.useCases);
      c.question = `Is ${a.name} good for ${lower(useCase.name)}?`;
      c.answer = `Yes; its ${n1} ${r.pick(VERBS)} the ${n2}.`;
      sentence = `Is ${a.name} good for ${lower(useCase.name)}? Yes, its ${n1} ${r.pick(VERBS)} the ${n2} ${r.pick(ADVERBS)}.`;
      statement = `${a.name} is good for ${lower(useCase.name)} because of its ${n1}.`;
    } else {
      if (r.next() < 0.5) c.criterionId = criterion().id;
      const verb = r.pick(VERBS);
      const context = r.pick(CONTEXTS);
      sentence = {
        FACT: () => r.pick([
          () => `${a.name} ${verb} the ${n1} ${r.pick(ADVERBS)}, which matters when ${context}.`,
          () => `The ${r.pick(ADJECTIVES)} ${n1} in ${a.name} ${verb} the ${n2} when ${context}.`,
          () => `Unlike ${b.name}, ${a.name} ${verb} the ${n1} without a separate ${n2}.`,
        ])(),
        PRO: () => `${a.name} is great at ${n1} because its ${n2} ${verb} work ${r.pick(ADVERBS)}.`,
        CON: () => `${a.name} struggles with the ${n1} when ${context}, and its ${n2} does not help.`,
        RECOMMENDATION: () => `Choose ${a.name} over ${b.name} for ${n1}-heavy workloads where ${context}.`,
      }[kind]();
      statement = {
        FACT: `${a.name} ${verb} the ${n1}.`,
        PRO: `${a.name} is good at ${n1}.`,
        CON: `${a.name} has trouble with the ${n1} when ${context}.`,
        RECOMMENDATION: `The source recommends ${a.name} for ${n1}-heavy workloads.`,
      }[kind];
      if (r.next() < 0.15) c.qualifier = `when ${context}`;
    }
    if (b !== a && r.next() < 0.15) c.mentionId = b.id;
    c.statement = statement;
    return { sentence, claim: c };
  }

  /**
   * One source of `claimCount` claims: its body is the claims' sentences in paragraphs, each
   * claim quoting its whole sentence (without the final period) or, sometimes, a leading part.
   */
  function source(index, claimCount) {
    const [a, b] = comparedPair();
    const year = 2015 + (index % 12);
    const month = 1 + r.int(12);
    const day = 1 + r.int(28);
    const precision = r.weighted(['DAY', 'MONTH', 'YEAR'], [6, 3, 1]);
    const publishedOn = `${year}-${String(precision === 'YEAR' ? 1 : month).padStart(2, '0')}-${String(precision === 'DAY' ? day : 1).padStart(2, '0')}`;
    const title = `${a.name} vs ${b.name}: ${r.pick(TOPICS)} in ${year} (#${index})`;
    const intro = `This article compares ${a.name} and ${b.name} for ${lower(r.pick(TOPICS))}, looking at the ${noun()} and the ${noun()}.`;
    let body = `${title}\n\n${intro}`;
    const claims = [];
    for (let i = 0; i < claimCount; i++) {
      const kind = r.weighted(kinds, kindWeights);
      const [x, y] = r.next() < 0.5 ? [a, b] : [b, a];
      const { sentence, claim: c } = claim(kind, x, y);
      body += i % 6 === 0 ? '\n\n' : ' ';
      const start = body.length;
      body += sentence;
      let quote = sentence.slice(0, -1);
      // a leading part (at least five words) of plain statements, as annotators often quote
      if ((kind === 'FACT' || kind === 'PRO' || kind === 'CON') && r.next() < 0.3) {
        const words = quote.split(' ');
        if (words.length > 8) quote = words.slice(0, 5 + r.int(words.length - 6)).join(' ').replace(/[,;:]$/, '');
      }
      if (c.rating && !quote.includes(c.rating)) throw new Error('rating not in quote');
      if (c.qualifier) c.qualifier = quote.includes(c.qualifier) ? c.qualifier : null;
      claims.push({ ...c, key: `${kind.toLowerCase()}-${i + 1}`, quote, quoteStart: start, quoteEnd: start + quote.length });
    }
    body += '\n';
    const slug = `${a.slug}-vs-${b.slug}-${index}`;
    return {
      slug,
      externalId: `scale_${String(index).padStart(7, '0')}`,
      title,
      author: r.pick(AUTHORS),
      publisher: r.pick(PUBLISHERS),
      publishedOn,
      publishedPrecision: precision,
      url: `https://example.com/articles/${slug}`,
      body,
      contentHash: createHash('sha256').update(body).digest('hex'),
      compares: [a.id, b.id],
      claims,
    };
  }

  /** Claims per source: N spread over M sources unevenly (0.5x to 1.5x the mean), summing to N exactly. */
  function claimCounts(n, m) {
    const weights = Array.from({ length: m }, () => 0.5 + r.next());
    const total = weights.reduce((s, w) => s + w, 0);
    const counts = weights.map((w) => Math.floor((n * w) / total));
    let rest = n - counts.reduce((s, c) => s + c, 0);
    for (let i = 0; rest > 0; i = (i + 1) % m, rest--) counts[i]++;
    return counts;
  }

  return { source, claimCounts };
}
