import { extractDraft } from '../extract-article.js';
import { readKnownTaxonomy } from '../known-taxonomy-files.js';
import { fromProjectRoot } from '../../../infra/project-paths.js';

describe('a cloud platform called by its vendor', () => {
  const text = [
    '# AWS vs Azure for a small studio',
    '',
    'AWS and Azure both rent out servers by the hour.',
    '',
    'Support matters to a small studio. Amazon answers most tickets within the hour, which is very reliable.',
    '',
    'Microsoft bundles generous credits for new companies. Microsoft Teams is where our designers talk all day, which is handy.',
    '',
  ].join('\n');
  const draft = extractDraft(text, 'markdown', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));
  const slugOf = (name: string) => draft.taxonomy.technologies.find((t) => t.name === name)?.slug ?? name.toLowerCase();
  const quoted = (words: string) => draft.claims.filter((c) => c.quote.includes(words));

  it('credits what the vendor does to its platform', () => {
    expect(quoted('Amazon answers').length).toBeGreaterThan(0);
    expect(quoted('Amazon answers').every((c) => c.technology === slugOf('AWS'))).toBe(true);
    expect(quoted('Microsoft bundles').length).toBeGreaterThan(0);
    expect(quoted('Microsoft bundles').every((c) => c.technology === slugOf('Azure'))).toBe(true);
  });

  it('does not take a product named after the vendor for the platform', () => {
    expect(quoted('Microsoft Teams').every((c) => c.technology !== slugOf('Azure'))).toBe(true);
  });
});
