import { extractDraft } from '../extract-article.js';
import { readKnownTaxonomy } from '../known-taxonomy-files.js';
import { fromProjectRoot } from '../../../infra/project-paths.js';

const known = readKnownTaxonomy(fromProjectRoot('seeds/taxonomy'));
const useCases = (text: string) =>
  extractDraft(text, 'markdown', known)
    .claims.filter((c) => c.kind === 'use_case')
    .map((c) => [c.technology, c.quote]);

describe('use cases in plain prose', () => {
  it('reads a condition on the reader, then the side the main clause hands it to', () => {
    const sentence = 'If you care most about replaying last month of events, Kafka is the platform for you.';
    expect(useCases(`# Kafka vs RabbitMQ\n\n${sentence}\n`)).toEqual([['kafka', sentence]]);
  });

  it('reads what a side is made for, and who reaches for which side', () => {
    const made = 'RabbitMQ specializes in routing messages between many small services.';
    const who = 'Data engineers tend to gravitate towards Kafka, while web developers lean towards RabbitMQ.';
    expect(useCases(`# Kafka vs RabbitMQ\n\n${made} ${who}\n`)).toEqual([
      ['rabbitmq', made],
      ['kafka', who],
      ['rabbitmq', who],
    ]);
  });

  it.each([
    'If Elixir already runs your backend, RabbitMQ becomes your top choice.',
    'For teams running a handful of services, RabbitMQ is usually the natural pick.',
    'RabbitMQ is a good fit if your messages need per-message acknowledgements.',
    'RabbitMQ makes sense for request-reply traffic between services.',
    'RabbitMQ is good for background jobs that must not be lost.',
    'RabbitMQ will continue to be the natural choice for classic task queues.',
    'Operators (and their on-call rotations) usually stick to RabbitMQ.',
    'RabbitMQ sits in the middle, which is why small web shops tend to gravitate towards it.',
    'Some teams want plain AMQP, making RabbitMQ feel like home to them.',
  ])('reads a plainly worded use case: %s', (sentence) => {
    expect(useCases(`# Kafka vs RabbitMQ\n\n${sentence}\n`)).toEqual([['rabbitmq', sentence]]);
  });

  it('reads what a side is made for through a pronoun or a "makes it" clause, about the side carried', () => {
    const first = 'RabbitMQ routes each message through an exchange.';
    const designed = "They're designed to spread work across many consumers.";
    const makes = 'That makes it suitable for fan-out of short tasks.';
    expect(useCases(`# Kafka vs RabbitMQ\n\n${first} ${designed} ${makes}\n`)).toEqual([
      ['rabbitmq', designed],
      ['rabbitmq', makes],
    ]);
  });

  it('in the conclusion, a conditional use case is a use case and advice stays a recommendation', () => {
    const situation = 'If your events must be replayed for months, Kafka is a good choice.';
    const advice = 'We recommend RabbitMQ for everything else.';
    const claims = extractDraft(`# Kafka vs RabbitMQ\n\n## Conclusion\n\n${situation} ${advice}\n`, 'markdown', known).claims;
    expect(claims.filter((c) => c.kind === 'use_case' || c.kind === 'recommendation').map((c) => [c.kind, c.technology, c.quote])).toEqual([
      ['use_case', 'kafka', situation],
      ['recommendation', 'rabbitmq', advice],
    ]);
  });

  it('reads list items worded as the reader\'s situation under a reasons heading as use cases, the rest as advantages', () => {
    const md = '# Kafka vs RabbitMQ\n\n## Reasons to choose RabbitMQ\n\n- If your services already speak AMQP\n- Need per-message priorities\n- Mature management UI\n';
    const claims = extractDraft(md, 'markdown', known).claims;
    expect(claims.map((c) => [c.kind, c.technology, c.quote])).toEqual([
      ['use_case', 'rabbitmq', 'If your services already speak AMQP'],
      ['use_case', 'rabbitmq', 'Need per-message priorities'],
      ['pro', 'rabbitmq', 'Mature management UI'],
    ]);
  });

  it('reads items labelled with their side under a heading on which each suits, and situations under "Where A is better:"', () => {
    const md = [
      '# Kafka vs RabbitMQ',
      'Which teams each broker is well suited for:',
      '- Kafka: data platforms, analytics teams and event sourcing\n- RabbitMQ: small web teams with background jobs',
      'Where Kafka is better:',
      "- If you're replaying months of events\n- Higher throughput",
      'RabbitMQ: If your team is small, RabbitMQ is well suited to your needs.',
    ].join('\n\n');
    expect(useCases(`${md}\n`)).toEqual([
      ['kafka', 'Kafka: data platforms, analytics teams and event sourcing'],
      ['rabbitmq', 'RabbitMQ: small web teams with background jobs'],
      ['kafka', "If you're replaying months of events"],
      ['rabbitmq', 'RabbitMQ: If your team is small, RabbitMQ is well suited to your needs.'],
    ]);
  });

  it('reads a win that names no loser, under a condition, as a verdict and the situation the winner suits', () => {
    const sentence = 'If you must keep a year of history, Kafka may be a better choice.';
    const claims = extractDraft(`# Kafka vs RabbitMQ\n\n${sentence}\n`, 'markdown', known, { classifier: 'off' }).claims;
    expect(claims.filter((c) => c.kind === 'verdict' || c.kind === 'use_case').map((c) => [c.kind, c.technology])).toEqual([
      ['verdict', 'kafka'],
      ['use_case', 'kafka'],
    ]);
  });

  it.each([
    'If you need strict per-message routing, RabbitMQ.',
    'If your stack already leans on Celery, Sidekiq, Resque and similar job runners, RabbitMQ will be the obvious choice.',
    'RabbitMQ is the right tool when each task must be acknowledged.',
    'RabbitMQ is your best bet for short-lived background jobs.',
    'RabbitMQ is often the way to go for request-reply traffic.',
    'RabbitMQ is recommended for small teams without a platform group.',
    'RabbitMQ is preferable when per-queue ordering is enough.',
    'RabbitMQ works well for teams that already speak AMQP.',
    'While Kafka keeps more history, RabbitMQ remains the natural choice for plain task queues.',
    'If you want per-message acknowledgements, RabbitMQ is a better choice over Kafka.',
    'RabbitMQ is the go-to for nightly report jobs.',
    'RabbitMQ is aimed at teams that want one simple broker.',
    'If you are building a small booking site, RabbitMQ is worth a look.',
    'RabbitMQ is a strong contender for internal job dispatch.',
    'If your services already run on Kubernetes, RabbitMQ fits right in.',
  ])('reads a use case worded as people publish it: %s', (sentence) => {
    expect(useCases(`# Kafka vs RabbitMQ\n\n${sentence}\n`)).toEqual([['rabbitmq', sentence]]);
  });

  it('reads a use case of both sides when both are the subject', () => {
    const sentence = 'Both Kafka and RabbitMQ are well suited for moving events between services.';
    expect(useCases(`# Kafka vs RabbitMQ\n\n${sentence}\n`)).toEqual([
      ['kafka', sentence],
      ['rabbitmq', sentence],
    ]);
  });

  it('reads the side a pronoun stands for after a leading "because" clause', () => {
    const sentence = 'Moreover, because RabbitMQ acknowledges each delivery, it is better suited for jobs that must not be lost.';
    expect(useCases(`# Kafka vs RabbitMQ\n\n${sentence}\n`)).toEqual([['rabbitmq', sentence]]);
  });

  it('drafts no use case from a situation the main clause counts against the side, nor from a definition or a pitch', () => {
    const text = [
      'If you need months of replay, RabbitMQ is a poor choice.',
      'RabbitMQ is an open-source broker for many protocols.',
      'Our engineers can help you move to RabbitMQ for background jobs.',
    ].join(' ');
    expect(useCases(`# Kafka vs RabbitMQ\n\n${text}\n`)).toEqual([]);
  });

  it('reads the nested items under a list item that leads them in as use cases of its side', () => {
    const md = '# Kafka vs RabbitMQ\n\n* RabbitMQ is designed to support classic queuing scenarios, such as these:\n    - Spreading work across workers\n    - Delayed retries\n* Kafka keeps a log.\n';
    expect(useCases(md)).toEqual([
      ['rabbitmq', 'Spreading work across workers'],
      ['rabbitmq', 'Delayed retries'],
    ]);
  });

  it('reads "durable, replayable logs" after "built for" as one use, not two', () => {
    expect(useCases('# Kafka vs RabbitMQ\n\nKafka is built for durable, replayable event logs.\n')).toEqual([['kafka', 'durable, replayable event logs']]);
  });

  it('drafts no use case from a condition whose main clause names no side', () => {
    expect(useCases('# Kafka vs RabbitMQ\n\nIf your team is small, keep the number of moving parts low.\n')).toEqual([]);
  });
});

describe('recommendations worded plainly', () => {
  it('reads "your pick of A or B depends on …" in the conclusion as advice about both', () => {
    const sentence = 'In the end, your pick of Kafka or RabbitMQ depends on how long your messages must live.';
    const claims = extractDraft(`# Kafka vs RabbitMQ\n\n## Conclusion\n\n${sentence}\n`, 'markdown', known, { classifier: 'off' }).claims;
    expect(claims.filter((c) => c.kind === 'recommendation').map((c) => [c.technology, c.quote])).toEqual([[null, sentence]]);
  });

  it('reads a recommended approach, and advice against mixing both, outside a conclusion section', () => {
    const approach = 'A recommended approach is to put RabbitMQ in front of the legacy consumers.';
    const against = 'Avoid mixing the two brokers inside one service.';
    const claims = extractDraft(`# Kafka vs RabbitMQ\n\n## Operations\n\n${approach} ${against}\n`, 'markdown', known).claims;
    expect(claims.filter((c) => c.kind === 'recommendation').map((c) => [c.technology, c.quote])).toEqual([
      ['rabbitmq', approach],
      [null, against],
    ]);
  });

  it.each([
    'Consider RabbitMQ if your team has no one to run a cluster.',
    'You should choose RabbitMQ if your jobs are short-lived.',
    'Use RabbitMQ if your team has never run a cluster.',
    'For most teams, RabbitMQ is the better default because it has fewer moving parts.',
  ])('reads advice to the reader outside a conclusion section: %s', (sentence) => {
    const claims = extractDraft(`# Kafka vs RabbitMQ\n\n## Operations\n\n${sentence}\n`, 'markdown', known, { classifier: 'off' }).claims;
    expect(claims.filter((c) => c.kind === 'recommendation').map((c) => [c.technology, c.quote])).toEqual([['rabbitmq', sentence]]);
  });

  it('reads "Choose A when …" as advice and as the situation A suits', () => {
    const sentence = 'Choose RabbitMQ when you need every job acknowledged once.';
    const claims = extractDraft(`# Kafka vs RabbitMQ\n\n## Operations\n\n${sentence}\n`, 'markdown', known, { classifier: 'off' }).claims;
    expect(claims.filter((c) => c.kind === 'recommendation' || c.kind === 'use_case').map((c) => [c.kind, c.technology, c.quote])).toEqual([
      ['recommendation', 'rabbitmq', sentence],
      ['use_case', 'rabbitmq', sentence],
    ]);
  });

  it('drafts no advice from a call to action in the conclusion, nor a use case from "for most teams"', () => {
    const pitch = 'Sign up for our free trial to run RabbitMQ in minutes.';
    const advice = 'For most teams, RabbitMQ is the better choice.';
    const claims = extractDraft(`# Kafka vs RabbitMQ\n\n## Conclusion\n\n${advice} ${pitch}\n`, 'markdown', known, { classifier: 'off' }).claims;
    expect(claims.filter((c) => c.kind === 'recommendation' || c.kind === 'use_case').map((c) => [c.kind, c.technology, c.quote])).toEqual([['recommendation', 'rabbitmq', advice]]);
  });

  it('drafts no advice in the conclusion from a sentence that only has a condition, advising nothing', () => {
    const sentence = 'If Kafka were a truck, RabbitMQ would be a bicycle.';
    const claims = extractDraft(`# Kafka vs RabbitMQ\n\n## Conclusion\n\n${sentence}\n`, 'markdown', known, { classifier: 'off' }).claims;
    expect(claims.filter((c) => c.kind === 'recommendation')).toEqual([]);
  });

  it('reads the author advising one side outside a conclusion section', () => {
    const sentence = 'Having run both for a year, I would recommend RabbitMQ for most small teams.';
    const claims = extractDraft(`# Kafka vs RabbitMQ\n\n## Operations\n\n${sentence}\n`, 'markdown', known).claims;
    expect(claims.filter((c) => c.kind === 'recommendation').map((c) => [c.technology, c.quote])).toEqual([['rabbitmq', sentence]]);
  });
});
