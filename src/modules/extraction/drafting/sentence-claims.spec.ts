import { claimClauses, neutralPattern, polarityOf } from './sentence-claims.js';
import { extractDraft } from '../extract-article.js';
import { readKnownTaxonomy } from '../known-taxonomy-files.js';
import { fromProjectRoot } from '../../../infra/project-paths.js';

const known = readKnownTaxonomy(fromProjectRoot('seeds/taxonomy'));
const neutral = neutralPattern(known.neutralPhrases);

describe('prose clauses: polarity by evaluative words', () => {
  it.each([
    ['Node.js is great at handling millions of open connections at once', 'pro'],
    ['but struggles with heavy computation', 'con'],
    ["Rust's async ecosystem is powerful but considerably more complex", 'con'],
    ['It is event-driven and non-blocking', null],
    ['Long-running reports do not block writers', null],
    ['Its own module ecosystem is still small', 'con'],
    ['Java has the bigger talent pool by a wide margin', 'pro'],
    // A capability denied or restricted is a drawback; a burden denied an advantage.
    ['Falcon does not support cross-shard transactions', 'con'],
    ['Falcon ships no admin panel', 'con'],
    ['Streaming is not supported in Falcon', 'con'],
    ['Heron can only read data stored in its own format', 'con'],
    ['Heron offers encryption at rest only in its paid edition', 'con'],
    ['Heron has never supported secondary indexes', 'con'],
    ['Heron is one binary and requires no external services', 'pro'],
    ["Falcon doesn't need a coordinator at all", 'pro'],
    // A denial governs the words after it; a drawback denied is an advantage.
    ['Heron has no built-in rich dashboards', 'con'],
    ['There is no official migration tool for Heron', 'con'],
    ['Each Falcon topic is limited to 64 partitions', 'con'],
    ['Transactions are only available on the enterprise tier of Heron', 'con'],
    ['Heron needs a separate metadata service to run', 'con'],
    ['Writes fan out to every node, so there are no such bottlenecks', 'pro'],
    ['Heron lets you filter by numeric fields only.', 'con'],
    ['Falcon allows scripting only through its own small language', 'con'],
    ['Heron lacks a full text search engine', 'con'],
    ['Every Falcon node needs a registry service to be started first', 'con'],
    ['The replication is automatic, but it comes with a price tag', 'con'],
    ['Keeping a Heron cluster patched takes a fair amount of time and effort', 'con'],
    ['Heron leaves little to no vendor lock-in', 'pro'],
    ['None of these Falcon operations require a global lock', 'pro'],
    ['Replicas on separate racks give Heron better availability', 'pro'],
    ['Falcon storage engines are pluggable', 'pro'],
    // Negation turns the word it stands before.
    ['Upgrading a Falcon cluster is not easy', 'con'],
    ['Heron is not prone to split-brain failures', 'pro'],
    ['Falcon is not only fast but also cheap to run', 'pro'],
    // Hazards and burdens put on the user, a platform it will not run on, guarantees it makes none of.
    ['Third-party Heron extensions are insecure', 'con'],
    ['Buffered Falcon events can be lost when a worker restarts', 'con'],
    ['Heron requires the user to rebalance partitions by hand', 'con'],
    ['Falcon does not run on ARM boards', 'con'],
    ['Heron makes no ordering guarantees', 'con'],
    ['Falcon ships with an amazing query planner', 'pro'],
  ])('%s -> %s', (clause, expected) => {
    expect(polarityOf(clause, neutral)).toBe(expected);
  });

  it('reads no polarity in the neutral phrases the taxonomy lists, whatever their case and spacing', () => {
    const clause = 'Quill takes no slow path for small messages';
    expect(polarityOf(clause, neutralPattern([]))).toBe('con');
    expect(polarityOf(clause, neutralPattern(['no slow path']))).toBeNull();
    expect(polarityOf('Quill takes NO  slow\npath for small messages', neutralPattern(['no slow path']))).toBeNull();
    // a phrase is literal text, not a pattern
    expect(polarityOf(clause, neutralPattern(['no s.ow path']))).toBe('con');
  });

  it('splits at ", but", ";" and a leading "Although …," and keeps lists whole', () => {
    expect(claimClauses('Go is fast enough for most services, but its garbage collector adds latency spikes.').map((c) => c.text)).toEqual([
      'Go is fast enough for most services',
      'but its garbage collector adds latency spikes.',
    ]);
    expect(claimClauses('Although slower than compiled languages, its performance is sufficient.').map((c) => c.text)).toEqual(['Although slower than compiled languages', 'its performance is sufficient.']);
    expect(claimClauses('Frameworks like Express, NestJS, and Fastify are mature.')).toHaveLength(1);
  });
});

describe('drafting prose, scenarios and glued tables', () => {
  const draft = (text: string) => extractDraft(text, 'markdown', known, { classifier: 'off' }).claims; // the rules alone

  it('drafts a pro and a con from one contrasted sentence, and carries "it" to the subject', () => {
    const claims = draft('# Django vs Flask\n\nFlask is minimal and easy to learn, but it lacks an admin interface. It also scales well behind gunicorn.\n');
    expect(claims.filter((c) => c.kind === 'pro' || c.kind === 'con').map((c) => [c.kind, c.technology, c.quote])).toEqual([
      ['pro', 'flask', 'Flask is minimal and easy to learn'],
      ['con', 'flask', 'but it lacks an admin interface.'],
      ['pro', 'flask', 'It also scales well behind gunicorn.'],
    ]);
  });

  it('credits a missing feature to the side that lacks it: "not available in B" is B\'s drawback, "only available on A" the other side\'s', () => {
    const missing = 'Some RabbitMQ plugins are not available in Kafka.';
    const exclusive = 'Per-message priorities are only available on RabbitMQ.';
    const claims = draft(`# Kafka vs RabbitMQ\n\n${missing} ${exclusive}\n`);
    expect(claims.filter((c) => c.kind === 'con').map((c) => [c.technology, c.quote])).toEqual([
      ['kafka', missing],
      ['kafka', exclusive],
    ]);
  });

  it('reads an item stating a drawback under a "when to choose" heading as prose, and a situation item as a use case', () => {
    const md = '# Kafka vs RabbitMQ\n\n## When to choose RabbitMQ\n\n- You need per-message priorities on every queue.\n- Per-message priorities are only available on RabbitMQ and there are no plans to add them to Kafka.\n';
    expect(draft(md).map((c) => [c.kind, c.technology])).toEqual([
      ['use_case', 'rabbitmq'],
      ['con', 'kafka'],
    ]);
  });

  it('drafts no fact from a sentence telling the reader what to do', () => {
    const claims = draft('# Kafka vs RabbitMQ\n\nKafka stores every event on disk. Carefully evaluate whether Kafka fits your team before adopting it.\n');
    expect(claims.map((c) => [c.kind, c.quote])).toEqual([['fact', 'Kafka stores every event on disk.']]);
  });

  it('credits a clause to its grammatical subject, not to the technology the sentence before was about', () => {
    const claims = draft('# Kafka vs RabbitMQ\n\nKafka keeps every message on disk for a configured time. This means that RabbitMQ includes no replay of consumed messages. It deletes a message once a consumer acknowledges it.\n');
    expect(claims.filter((c) => c.kind !== 'verdict').map((c) => [c.kind, c.technology])).toEqual([
      ['fact', 'kafka'],
      ['con', 'rabbitmq'],
      ['fact', 'rabbitmq'],
    ]);
  });

  it('credits a section headed "A vs C" to its own pair, and a subject naming both sides to neither', () => {
    const text = '# Kafka vs RabbitMQ\n\nThe main difference between Kafka and RabbitMQ is how long messages live.\n\n## Kafka vs Zorblatt\n\nZorblatt keeps every message in memory only. Zorblatt runs as one small process. Zorblatt was written by a small team.\n';
    const claims = draft(text);
    expect(claims.find((c) => c.quote.startsWith('The main difference'))?.technology).toBeNull();
    expect(claims.filter((c) => c.quote.startsWith('Zorblatt')).map((c) => c.technology)).toEqual(['zorblatt', 'zorblatt', 'zorblatt']);
  });

  it('reads "they" as the plural name the text was about, and drafts nothing for a "they" after a clause about both', () => {
    const about = (text: string) => draft(`# Kafka vs RabbitMQ\n\n${text}\n`).filter((c) => c.kind === 'fact').map((c) => c.technology);
    expect(about('RabbitMQ queues live on one node by default. They are replicated only through quorum queues.')).toEqual(['rabbitmq', 'rabbitmq']);
    expect(about('Kafka and RabbitMQ both move messages between services, but they were designed for different jobs.')).toEqual([null]);
  });

  it('keeps a condition with the claim it limits, in the quote and as a qualifier', () => {
    const claims = draft('# Kafka vs RabbitMQ\n\nKafka scales well, but only if you plan the partitions up front.\n');
    expect(claims.map((c) => [c.kind, c.technology, c.quote, c.qualifiers])).toEqual([
      ['pro', 'kafka', 'Kafka scales well, but only if you plan the partitions up front.', ['but only if you plan the partitions up front']],
    ]);
  });

  it('drafts nothing from the author speaking of themselves', () => {
    const claims = draft('# Kafka vs RabbitMQ\n\nKafka keeps every message on disk. I have managed teams working on both for years.\n');
    expect(claims.map((c) => c.quote)).toEqual(['Kafka keeps every message on disk.']);
  });

  it('reads the prose cells of a table whose rows are labelled by one-cell rows above them', () => {
    const html = '<h1>Kafka vs RabbitMQ</h1><p>An introduction long enough to be a paragraph of running text, really.</p><table><tr><th>Kafka</th><th>RabbitMQ</th></tr><tr><td colspan="2">Replay</td></tr><tr><td>Kafka lets consumers rewind to any retained offset.</td><td>RabbitMQ does not support replaying acknowledged messages.</td></tr></table>';
    const claims = extractDraft(html, 'html', known).claims;
    expect(claims.map((c) => [c.kind, c.technology, c.quote])).toEqual(
      expect.arrayContaining([
        ['pro', 'kafka', 'Kafka lets consumers rewind to any retained offset.'],
        ['con', 'rabbitmq', 'RabbitMQ does not support replaying acknowledged messages.'],
      ]),
    );
  });

  it('drafts a decision scenario from "If you are building …, pick X" and from a scenario section', () => {
    const claims = draft('# Django vs Flask\n\n## Choosing\n\nIf you are building a newsroom CMS with many editors, pick Django.\n\n## Scenarios\n\n### Tiny webhook receiver\n\nFlask\n\nA single file is all it takes.\n');
    const scenarios = claims.filter((c) => c.kind === 'scenario');
    expect(scenarios.map((c) => c.technology)).toEqual(['django', 'flask']);
    expect(scenarios[1].quote).toBe('Tiny webhook receiver\n\nFlask\n\nA single file is all it takes.');
  });

  it('splits a table whose cells a copy ran together, never inside a known name', () => {
    const text = 'Django vs Flask\nAn introduction long enough to be a paragraph of running text, really.\nCriterionDjangoFlaskWinner\nAdmin interfaceExcellent — built inFlask-Admin — goodDjango\nLearning curveModerate — many conceptsExcellent — tinyFlask\n';
    const claims = extractDraft(text, 'text', known).claims;
    expect(claims.filter((c) => c.kind === 'verdict').map((c) => [c.technology, c.quote])).toEqual([
      ['django', 'Admin interfaceExcellent — built inFlask-Admin — goodDjango'],
      ['flask', 'Learning curveModerate — many conceptsExcellent — tinyFlask'],
    ]);
    expect(claims.filter((c) => c.kind === 'rating').map((c) => c.quote)).toEqual(['Excellent — built in', 'Flask-Admin — good', 'Moderate — many concepts', 'Excellent — tiny']);
  });
});
