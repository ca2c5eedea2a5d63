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
