import { titleSides } from './compared-pair.js';

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
