import { extractDraft } from '../extract-article.js';
import { readKnownTaxonomy } from '../known-taxonomy-files.js';
import { fromProjectRoot } from '../../../infra/project-paths.js';

const article = [
  '# Falcon vs Heron',
  '',
  'Falcon is a stream processor. Heron is a stream processor too.',
  '',
  'Where Heron is better:',
  '',
  '- Heron snapshots its state in milliseconds.',
  '- A smaller memory footprint per worker.',
  '',
  'Falcon was rewritten in Rust in 2021. It offers:',
  '',
  '- Falcon delivers every message exactly once.',
  '- A SQL front end.',
  '',
].join('\n');

describe('a lead-in line before a list', () => {
  const draft = extractDraft(article, 'markdown', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));
  const quoted = (words: string) => draft.claims.filter((c) => c.quote.includes(words));

  it('is no claim itself when it only introduces the list; its items are', () => {
    expect(quoted('Where Heron is better')).toEqual([]);
    expect(quoted('Heron snapshots its state').length).toBeGreaterThan(0);
  });

  it('reads an item opening with a comparative under a lead-in favouring one side as that side winning', () => {
    const verdicts = quoted('A smaller memory footprint per worker').filter((c) => c.kind === 'verdict');
    expect(verdicts.map((c) => c.winner)).toEqual(['heron']);
  });

  it('keeps the sentences before it in the same paragraph', () => {
    expect(quoted('Falcon was rewritten in Rust in 2021').length).toBeGreaterThan(0);
    expect(quoted('Falcon delivers every message').length).toBeGreaterThan(0);
  });
});

describe('a generic heading (a part of the article, not a criterion)', () => {
  const sectioned = [
    '# Falcon vs Heron',
    '',
    '## Overview',
    '',
    'Falcon is faster than Heron at joining two streams.',
    '',
    '## Checkpoint latency',
    '',
    'Heron is faster than Falcon at taking a checkpoint.',
    '',
  ].join('\n');
  const draft = extractDraft(sectioned, 'markdown', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));
  const verdictOf = (words: string) => draft.claims.find((c) => c.kind === 'verdict' && c.quote.includes(words));

  it('gives its verdicts no criterion named after it, while a heading that names a criterion still does', () => {
    expect(verdictOf('joining two streams')).toBeDefined();
    expect(verdictOf('joining two streams')?.criterion).not.toMatch(/overview/);
    expect(draft.taxonomy.criteria.map((c) => c.slug)).not.toContain('overview');
    expect(verdictOf('taking a checkpoint')?.criterion).toMatch(/checkpoint/);
  });
});

describe('a section heading setting two qualities against each other', () => {
  const text = [
    '# Falcon vs Heron',
    '',
    '## Open Source vs. Closed Source',
    '',
    'Falcon is open source under a permissive licence. Heron is closed source and sold per core.',
    '',
  ].join('\n');
  const draft = extractDraft(text, 'markdown', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));

  it('proposes no technology for words the text also writes in lower case', () => {
    expect(draft.taxonomy.technologies.map((t) => t.name).sort()).toEqual(['Falcon', 'Heron']);
    expect(draft.claims.find((c) => c.quote.startsWith('Falcon is open source'))?.technology).toBe(draft.source.compares[0]);
  });
});

describe('prose that frames the article, and sections and sentences that are easy to misread', () => {
  const text = [
    '# Falcon vs Heron',
    '',
    'Falcon or Heron? is a question readers send us every week. The short answer is: neither wins everywhere.',
    '',
    'Here is a list of the ways the two differ.',
    '',
    'Heron is a commercial engine and does not offer a community tier.',
    '',
    'Falcon borrows its storage layer from Kestrel.',
    '',
    'Kestrel was created in 2009 by a small team at a university.',
    '',
    '## Things I like in Falcon',
    '',
    '- Quick restarts',
    '- A tidy command line',
    '',
  ].join('\n');
  const draft = extractDraft(text, 'markdown', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));
  const quoted = (words: string) => draft.claims.filter((c) => c.quote.includes(words));
  const [falcon, heron] = draft.source.compares;

  it('drafts nothing from the question the article sets itself, its answer in general or a line announcing a list', () => {
    expect(quoted('is a question')).toEqual([]);
    expect(quoted('The short answer')).toEqual([]);
    expect(quoted('Here is a list')).toEqual([]);
  });

  it('reads a definition that denies something as a drawback', () => {
    expect(quoted('does not offer a community tier').map((c) => [c.kind, c.technology])).toEqual([['con', heron]]);
  });

  it('credits the origin of another technology the article names to that technology', () => {
    const origin = quoted('Kestrel was created in 2009');
    expect(origin.map((c) => c.kind)).toEqual(['fact']);
    expect(origin[0].technology).not.toBe(falcon);
    expect(origin[0].technology).not.toBe(heron);
  });

  it("reads the items under 'Things I like in X' as X's advantages", () => {
    expect(quoted('Quick restarts').map((c) => [c.kind, c.technology])).toEqual([['pro', falcon]]);
  });
});
