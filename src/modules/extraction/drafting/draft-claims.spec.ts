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

  it('keeps the sentences before it in the same paragraph', () => {
    expect(quoted('Falcon was rewritten in Rust in 2021').length).toBeGreaterThan(0);
    expect(quoted('Falcon delivers every message').length).toBeGreaterThan(0);
  });
});
