import { documentSubject, lowerCaseSides, oneSidedTitle, titledOwnProduct, titleSides } from './compared-pair.js';
import { TaxonomyMatcher } from '../taxonomy-matcher.js';
import { extractDraft } from '../extract-article.js';
import { readKnownTaxonomy } from '../known-taxonomy-files.js';
import { fromProjectRoot } from '../../../infra/project-paths.js';

describe('the compared pair from the title', () => {
  it.each([
    ['Compare Azure Storage queues and Service Bus queues', ['Azure Storage queues', 'Service Bus queues']],
    ['Choosing between .NET Core and .NET Framework for server apps', ['.NET Core', '.NET Framework']],
    ['Technical comparison: RethinkDB and MongoDB', ['RethinkDB', 'MongoDB']],
    ['Riak Compared to Cassandra', ['Riak', 'Cassandra']],
    ['Kafka or Pulsar: which broker?', ['Kafka', 'Pulsar']],
    ['Why we moved from Kafka to NATS', ['Kafka', 'NATS']],
    ['Apache Ignite Data Grid vs Hazelcast Data Grid', ['Apache Ignite', 'Hazelcast']],
    ['npm vs yarn', ['npm', 'yarn']],
    ['How does Quill compare to Slate?', ['Quill', 'Slate']],
    ['How Quill compares with Slate', ['Quill', 'Slate']],
    ['Quill: differences to Slate', ['Quill', 'Slate']],
    ['What are the differences between Quill and Slate?', ['Quill', 'Slate']],
    ['Quill and Slate: a comparison', ['Quill', 'Slate']],
    ['Is Quill faster than Slate?', ['Quill', 'Slate']],
    ['When to use Quill instead of Slate', ['Quill', 'Slate']],
    ['Quill versus Slate in 2025', ['Quill', 'Slate']],
  ])('%s', (title, sides) => {
    expect(titleSides(title)).toEqual(sides);
  });

  it('finds no pair in a title that compares nothing', () => {
    expect(titleSides('How to install a web server on Ubuntu')).toBeNull();
    expect(titleSides('Is it still a thing?')).toBeNull();
  });
});

describe('names written in lower case', () => {
  const body = [
    'Is pnpm worth it? We moved to pnpm last year. pnpm links packages from one store, and pip users know the idea.',
    'Before that we used bower for years. bower installed flat trees. Both pnpm and bower read a manifest, but bower is unmaintained.',
    'pnpm is fast. bower was slow, and pnpm and other tools left it behind. Today pnpm ships often while bower sits still.',
  ].join('\n\n');

  it('pairs a title word with the word the text joins to it by "and"', () => {
    expect(lowerCaseSides(body, 'Is pnpm worth it?')).toEqual(['pnpm', 'bower']);
  });

  it('finds no pair when the title word is used rarely or joined only to common words', () => {
    expect(lowerCaseSides('We tried pnpm once. It was fine.', 'Is pnpm worth it?')).toBeNull();
    expect(lowerCaseSides('pnpm and other tools. pnpm, pnpm, pnpm and all of them, pnpm.', 'Is pnpm worth it?')).toBeNull();
  });

  it('drafts the article with both sides compared when its title names one in lower case', () => {
    const draft = extractDraft(`# Is pnpm worth it?\n\n${body}\n`, 'markdown', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));
    expect(draft.source.compares).toEqual(['pnpm', 'bower']);
  });
});

describe('names a proposed technology goes by', () => {
  it('takes a long name without its vendor word as an alias when the text mostly writes it so', () => {
    const text = '# Contoso Blob queues vs Fabrikam Relay queues\n\nBlob queues keep messages for a week. Blob queues are cheap to run. Relay queues push messages to listeners. Relay queues keep sessions. Blob queues scale per account.\n';
    const draft = extractDraft(text, 'markdown', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));
    const blob = draft.taxonomy.technologies.find((t) => t.name === 'Contoso Blob queues');
    expect(blob?.aliases).toContain('Blob queues');
    expect(draft.claims.some((c) => c.technology === blob?.slug && c.quote.startsWith('Blob queues are cheap'))).toBe(true);
  });
});

describe('names the text writes as they are', () => {
  const known = () => readKnownTaxonomy(fromProjectRoot('seeds/taxonomy'));

  it('finds a technology whose name is written in lower case where a sentence names it', () => {
    const text = '# Is pnpm worth it?\n\npnpm links packages from one store. npm is slower because it copies every package into each project. pnpm and npm both read package.json. pnpm saves disk. npm is everywhere.\n';
    const draft = extractDraft(text, 'markdown', known());
    expect(draft.source.compares).toContain('npm');
    expect(draft.claims.find((c) => c.quote.startsWith('npm is slower'))?.technology).toBe('npm');
  });

  it('takes the last word of a two-word name as an alias when the text writes it alone', () => {
    const text = '# Contoso Lantern vs Fabrikam Beacon\n\nContoso Lantern keeps data in memory. Lantern replicates every partition. Lantern scales by adding nodes. Lantern ships a SQL engine. Beacon is slower to start. Beacon stores data on disk. Beacon has no SQL.\n';
    const draft = extractDraft(text, 'markdown', known());
    const lantern = draft.taxonomy.technologies.find((t) => t.name === 'Contoso Lantern');
    expect(lantern?.aliases).toContain('Lantern');
    expect(draft.claims.find((c) => c.quote.startsWith('Lantern replicates'))?.technology).toBe(lantern?.slug);
  });

  it('does not take a common word as an alias', () => {
    const text = '# Contoso Cloud vs Fabrikam Cloud\n\nThe cloud is big. Contoso Cloud has regions. Cloud costs vary. Cloud bills confuse. Cloud teams grow. Fabrikam Cloud is cheaper.\n';
    const draft = extractDraft(text, 'markdown', known());
    expect(draft.taxonomy.technologies.flatMap((t) => t.aliases)).not.toContain('Cloud');
  });
});

describe('the kind of a proposed technology', () => {
  const kindOf = (text: string, name: string) =>
    extractDraft(text, 'markdown', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy'))).taxonomy.technologies.find((t) => t.name === name)?.kind;

  it('comes from how the text introduces it, by the kind word standing first', () => {
    const text = '# Lumen vs Pharos\n\nLumen is a full monitoring and alerting system with its own query language. Pharos is a time series database.\n\nLumen scrapes targets. Pharos stores points. Lumen alerts. Pharos compresses.\n';
    expect(kindOf(text, 'Lumen')).toBe('tool');
    expect(kindOf(text, 'Pharos')).toBe('database');
  });

  it('comes from an appositive, and else from the name', () => {
    const text = '# Tessel vs QuarkQL\n\nWe tried Tessel, a workload scheduler for mixed fleets, on two racks. QuarkQL was easy to pick up.\n\nTessel places jobs. QuarkQL filters rows. Tessel restarts jobs. QuarkQL joins rows.\n';
    expect(kindOf(text, 'Tessel')).toBe('platform');
    expect(kindOf(text, 'QuarkQL')).toBe('language');
  });
});

describe('titles that name one side only', () => {
  it.each([
    ['Comparison with Quill', { lead: null, other: 'Quill' }],
    ['Compared to quill¶', { lead: null, other: 'quill' }],
    ['How does it compare to Quill?', { lead: null, other: 'Quill' }],
    ['Quill comparison', { lead: null, other: 'Quill' }],
    ['Quill alternatives', { lead: null, other: 'Quill' }],
    ['Migrating from Quill', { lead: null, other: 'Quill' }],
    ['Slate versus other rich text editors', { lead: 'Slate', other: null }],
    ['Comparison to alternatives', { lead: null, other: null }],
  ])('%s', (title, expected) => {
    expect(oneSidedTitle(title)).toEqual(expected);
  });

  it('leaves titles naming both sides, or none, to the other forms', () => {
    expect(oneSidedTitle('Migrating from Quill to Slate')).toBeNull();
    expect(oneSidedTitle('Quill and Slate comparison')).toBeNull();
    expect(oneSidedTitle('Slate vs Quill')).toBeNull();
    expect(oneSidedTitle('How to install a web server')).toBeNull();
  });
});

describe('the product a page is about', () => {
  const page = [
    'zork can stand in for Brix on most machines. zork reads the same config files, and zork keeps a cache of builds.',
    'Brix has a plugin for each language. Users moving from Brix say zork feels faster. Plugins can be shared.',
    'On Windows, zork runs natively. zork also supports shims.',
  ].join('\n\n');

  it('is the name standing most often as a subject, not the name the title gives', () => {
    expect(documentSubject(page, ['Brix'])).toBe('zork');
  });

  it('is no English word, however often it opens sentences', () => {
    const prose = 'Plugins are loaded lazily. Plugins can be shared. Plugins have versions. Plugins were rewritten. Plugins run fast.';
    expect(documentSubject(prose, [])).toBeNull();
  });

  it('drafts a page of a lower-case tool comparing itself to one alternative with both sides compared, not names met in passing', () => {
    const text = `# Comparison to Brix\n\n${page}\n\n## Speed\n\nzork is faster than Brix because zork caches. Brix is slower on Windows and npm projects. npm users like zork.\n`;
    const draft = extractDraft(text, 'markdown', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));
    expect(draft.source.compares).toEqual(['zork', 'brix']);
    expect(draft.taxonomy.technologies.map((t) => t.slug)).toContain('zork');
  });

  it('compares a page "versus other <kind>" with each technology a section is named after', () => {
    const text = [
      '# Quarry versus other message brokers',
      'Quarry is a broker for small fleets. Quarry keeps messages on disk. Quarry replicates them to two peers.',
      '## Use cases',
      'Teams use Quarry or Pelican for job queues.',
      '## Comparison',
      '### Pelican',
      'Pelican is older than Quarry. Pelican stores messages in memory, while Quarry writes them to disk. Unlike Pelican, Quarry needs no tuning.',
      '### Heron (and its forks)',
      'Heron is a log. Heron keeps every message for a week, and Heron scales by partition. Quarry does not partition.',
    ].join('\n\n');
    const draft = extractDraft(text, 'markdown', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));
    expect(draft.source.compares).toEqual(['quarry', 'pelican', 'heron']);
  });
});

describe('the product whose own page the article is, by its title', () => {
  const matcher = () => {
    const m = new TaxonomyMatcher(readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));
    for (const name of ['zork', 'Brix']) m.proposeTechnology(name, 'tool', []);
    return m;
  };

  it('is the side a one-sided title leaves out or leads with', () => {
    expect(titledOwnProduct('Comparison with Brix', ['zork', 'brix'], matcher())).toBe('zork');
    expect(titledOwnProduct('zork versus other tools', ['zork', 'brix'], matcher())).toBe('zork');
  });

  it('is none for a title naming both sides, or when the first side is the one the title names', () => {
    expect(titledOwnProduct('zork vs Brix', ['zork', 'brix'], matcher())).toBeNull();
    expect(titledOwnProduct('Comparison with Brix', ['brix', 'zork'], matcher())).toBeNull();
  });
});
