import { titleSides } from './compared-pair.js';
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
  ])('%s', (title, sides) => {
    expect(titleSides(title)).toEqual(sides);
  });

  it('finds no pair in a title that compares nothing', () => {
    expect(titleSides('How to install a web server on Ubuntu')).toBeNull();
    expect(titleSides('Is it still a thing?')).toBeNull();
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
