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
