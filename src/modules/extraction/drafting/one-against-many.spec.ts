import { extractDraft } from '../extract-article.js';
import { readKnownTaxonomy } from '../known-taxonomy-files.js';
import { fromProjectRoot } from '../../../infra/project-paths.js';

/** An article comparing one tool with several others, a section each, under a title that names no pair. */
const article = [
  '# How we stack up',
  '',
  '## Falcon vs. Heron',
  '',
  'Heron keeps state on disk. Falcon keeps state in memory and snapshots it.',
  '',
  '### Summary',
  '',
  'Both read from the same queues.',
  '',
  '## Falcon vs. Osprey',
  '',
  'Osprey is written in Go. Falcon is written in Rust.',
  '',
  '## Falcon vs. Kestrel',
  '',
  'Kestrel has no SQL front end, while Falcon ships one.',
  '',
].join('\n');

describe('an article comparing one technology with several', () => {
  const draft = extractDraft(article, 'markdown', readKnownTaxonomy(fromProjectRoot('seeds/taxonomy')));
  const names = (slugs: string[]) => slugs.map((s) => draft.taxonomy.technologies.find((t) => t.slug === s)?.name ?? s);

  it('compares the side every section shares with each of the others', () => {
    expect(names(draft.source.compares)).toEqual(['Falcon', 'Heron', 'Osprey', 'Kestrel']);
  });

  it('credits a section’s claims to that section’s sides', () => {
    const osprey = draft.claims.find((c) => c.quote.startsWith('Osprey is written'));
    expect(names([osprey?.technology ?? ''])).toEqual(['Osprey']);
  });

  it('reads "Both …" in a section’s summary as what the two share, not as advice', () => {
    expect(draft.claims.filter((c) => c.quote.startsWith('Both read') && c.kind === 'recommendation')).toEqual([]);
  });
});
