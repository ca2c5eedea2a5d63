import { extractDraft } from '../extract-article.js';
import { readKnownTaxonomy } from '../known-taxonomy-files.js';
import { fromProjectRoot } from '../../../infra/project-paths.js';

const article = [
  '# Falcon vs Heron',
  '',
  'Falcon is a stream processor. Heron is a stream processor too.',
  '',
  'I have run Falcon in production for six years at a large bank.',
  '',
  'We have benchmarked Heron on three of our own clusters.',
  '',
  'I think Heron keeps state far more cheaply than its rivals.',
  '',
].join('\n');

describe('clauses whose subject is the author', () => {
  const draft = extractDraft(article, 'markdown', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));
  const quoted = (words: string) => draft.claims.filter((c) => c.quote.includes(words));

  it('credits no technology with what the author did with it', () => {
    expect(draft.source.compares).toHaveLength(2);
    expect(quoted('I have run Falcon')).toEqual([]);
    expect(quoted('We have benchmarked Heron')).toEqual([]);
  });

  it('keeps a claim the author reports about a technology', () => {
    const reported = quoted('Heron keeps state far more cheaply');
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.every((c) => c.technology === draft.source.compares[1])).toBe(true);
  });
});

describe('a side named inside the subject but not as it', () => {
  const text = [
    '# Quill vs Slate',
    '',
    'Quill and Slate are rich-text editors for the browser.',
    '',
    'Slate is mature. Quill, which borrows ideas from Slate, is faster. It is also harder to learn.',
    '',
  ].join('\n');
  const draft = extractDraft(text, 'markdown', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));
  const quill = () => draft.taxonomy.technologies.find((t) => t.name === 'Quill')?.slug;

  it('credits the sentence to the subject, not to the side a relative clause names', () => {
    const faster = draft.claims.filter((c) => c.quote.includes('is faster'));
    expect(faster.length).toBeGreaterThan(0);
    expect(faster.every((c) => c.technology === quill())).toBe(true);
  });

  it('resolves "it" in the next sentence to that subject', () => {
    expect(draft.claims.find((c) => c.quote.startsWith('It is also harder'))?.technology).toBe(quill());
  });
});

describe('clauses about both sides or about another technology', () => {
  const text = [
    '# Otter vs Marten',
    '',
    'Otter and Marten are two job schedulers for small clusters.',
    '',
    'Otter keeps its queue in a single file on each node. The Marten queue format is largely similar to the one Otter uses. Each project keeps a private lock table that the other cannot read.',
    '',
    'Marten retries failed jobs with a growing delay. The Kubernetes scheduler is mature, fast and widely supported. It also restarts failed pods on its own.',
    '',
    'Otter writes a log line for every job. With Kubernetes you would need far fewer scripts to do the same.',
    '',
  ].join('\n');
  const draft = extractDraft(text, 'markdown', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));
  const quoted = (words: string) => draft.claims.filter((c) => c.quote.includes(words));

  it('credits a likeness between the two sides to neither', () => {
    expect(quoted('Otter keeps its queue').every((c) => c.technology === draft.source.compares[0])).toBe(true);
    expect(quoted('largely similar').length).toBeGreaterThan(0);
    expect(quoted('largely similar').every((c) => c.technology === null)).toBe(true);
    expect(quoted('Each project keeps').every((c) => c.technology === null)).toBe(true);
  });

  it('credits neither side with what a sentence says of another named technology, nor its "it" after', () => {
    expect(quoted('Marten retries').length).toBeGreaterThan(0);
    expect(quoted('Otter writes a log line').length).toBeGreaterThan(0);
    expect(quoted('The Kubernetes scheduler')).toEqual([]);
    expect(quoted('It also restarts failed pods')).toEqual([]);
    expect(quoted('With Kubernetes you would')).toEqual([]);
  });
});

describe('a difference between the sides, and the page talking about itself', () => {
  const text = [
    '# Otter vs Marten',
    '',
    'Otter stores jobs in a single log file. The retry policies of Otter and Marten differ in how they back off.',
    '',
    'Marten schedules jobs with a priority queue. Its recovery after a crash is explained in depth on the project wiki. We have done our best to describe Marten fairly.',
    '',
  ].join('\n');
  const draft = extractDraft(text, 'markdown', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));
  const quoted = (words: string) => draft.claims.filter((c) => c.quote.includes(words));

  it('credits a difference between the two to neither', () => {
    expect(quoted('Otter stores jobs').every((c) => c.technology === draft.source.compares[0])).toBe(true);
    expect(quoted('Otter and Marten differ').length).toBeGreaterThan(0);
    expect(quoted('Otter and Marten differ').every((c) => c.technology === null)).toBe(true);
  });

  it('drafts nothing from where the page points for more, or from the authors vouching for it', () => {
    expect(quoted('Marten schedules jobs').length).toBeGreaterThan(0);
    expect(quoted('explained in depth')).toEqual([]);
    expect(quoted('done our best')).toEqual([]);
  });
});

describe('"we" in a technology\'s own documentation', () => {
  const article = (url: string) =>
    [
      '---',
      'title: Otter compared to Marten',
      `url: ${url}`,
      '---',
      '',
      '# Otter compared to Marten',
      '',
      'Otter and Marten are two job schedulers for small clusters.',
      '',
      '## Storage',
      '',
      'We buffer every job to disk before it runs. Marten keeps jobs in memory.',
      '',
      'We think Marten has a friendlier command line.',
      '',
    ].join('\n');
  const draftOf = (url: string) => extractDraft(article(url), 'markdown', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));

  it("credits what its makers say they do to the site's own technology", () => {
    const draft = draftOf('https://docs.otter.dev/compare/marten');
    const buffered = draft.claims.filter((c) => c.quote.startsWith('We buffer every job'));
    expect(buffered.length).toBeGreaterThan(0);
    expect(buffered.every((c) => c.technology === draft.source.compares[0])).toBe(true);
    expect(draft.claims.filter((c) => c.quote.startsWith('We think Marten')).every((c) => c.technology === draft.source.compares[1])).toBe(true);
  });

  it('credits nothing to "we" on a site that is neither side\'s', () => {
    const draft = draftOf('https://blog.example.com/compare');
    expect(draft.claims.filter((c) => c.quote.startsWith('We buffer every job'))).toEqual([]);
  });
});

describe('"the former" and "the latter"', () => {
  const text = [
    '# Otter vs Marten',
    '',
    'Otter and Marten are two job schedulers for small clusters. The former keeps every job in a single log file. The latter keeps its jobs in memory.',
    '',
    'Marten restarts quickly after a crash. Otter loses less work on a crash than Marten. The latter is also easier to install on a laptop.',
    '',
  ].join('\n');
  const draft = extractDraft(text, 'markdown', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));
  const [otter, marten] = draft.source.compares;
  const technologiesOf = (start: string) => [...new Set(draft.claims.filter((c) => c.quote.startsWith(start)).map((c) => c.technology))];

  it('pick the first and the last side the sentence before named', () => {
    expect(technologiesOf('The former keeps')).toEqual([otter]);
    expect(technologiesOf('The latter keeps')).toEqual([marten]);
    expect(technologiesOf('The latter is also easier')).toEqual([marten]);
  });
});

describe('a comparison whose subject is another technology', () => {
  const text = [
    '# Otter vs Marten',
    '',
    '## Why Otter',
    '',
    'Otter schedules jobs across many small nodes. The Kubernetes scheduler outperforms the old Borg prototype by a factor of ten.',
    '',
  ].join('\n');
  const draft = extractDraft(text, 'markdown', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));

  it('is no verdict for the side the section is about', () => {
    expect(draft.claims.filter((c) => c.quote.includes('Otter schedules')).length).toBeGreaterThan(0);
    expect(draft.claims.filter((c) => c.quote.includes('outperforms'))).toEqual([]);
  });
});

describe('advice to the reader, and a side\'s own library', () => {
  const text = [
    '# Python vs Node.js for a small API',
    '',
    '## Python',
    '',
    'Python reads almost like plain English. asyncio and worker pools have greatly improved its I/O throughput. Carefully weigh what your team already knows before you switch.',
    '',
  ].join('\n');
  const draft = extractDraft(text, 'markdown', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));
  const quoted = (words: string) => draft.claims.filter((c) => c.quote.includes(words));

  it("credits what a side's own library does to that side", () => {
    expect(quoted('asyncio and worker pools').length).toBeGreaterThan(0);
    expect(quoted('asyncio and worker pools').every((c) => c.technology === 'python')).toBe(true);
  });

  it('drafts nothing from advice to the reader that names no side', () => {
    expect(quoted('Carefully weigh')).toEqual([]);
  });
});
