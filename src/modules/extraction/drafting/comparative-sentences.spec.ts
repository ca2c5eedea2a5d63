import { extractDraft } from '../extract-article.js';
import { readKnownTaxonomy } from '../known-taxonomy-files.js';
import { fromProjectRoot } from '../../../infra/project-paths.js';

/** One-sentence articles titled "A vs B", as a comparative-sentence check builds them; names made up, some in lower case. */
describe('a one-sentence comparison article', () => {
  const known = readKnownTaxonomy(fromProjectRoot('seeds/taxonomy'));
  const verdicts = (title: string, sentence: string) =>
    extractDraft(`${title}\n\n${sentence}\n`, 'text', known).claims.filter((c) => c.kind === 'verdict' && c.outcome === 'win').map((c) => [c.winner, c.criterion]);

  it.each([
    ['quillix vs rookstone', 'rookstone is a lot slower than quillix for bulk loads.', 'quillix'],
    ['quillix vs rookstone', 'In my tests quillix was not nearly as stable as rookstone', 'rookstone'],
    ['Quillix vs Rookstone', 'It is much easier to script a rollout in Rookstone than in Quillix', 'rookstone'],
    ['ps7 vs xb9', 'Honestly the ps7 feels snappier than the xb9.', 'ps7'],
  ])('%s: %s -> %s (lower-case names, a last line without a full stop)', (title, sentence, winner) => {
    expect(verdicts(title, sentence).map(([w]) => w)).toEqual([winner]);
  });

  it('takes the criterion from what is compared', () => {
    expect(verdicts('Quillix vs Rookstone', 'Quillix is far easier to learn than Rookstone.')).toEqual([['quillix', 'learning-curve']]);
  });

  it('drafts no winner for a question or for both sides on one side of "than"', () => {
    expect(verdicts('Quillix vs Rookstone', 'Is Quillix really faster than Rookstone?')).toEqual([]);
    expect(verdicts('Quillix vs Rookstone', 'Zorbit runs faster than Quillix, Rookstone and the rest.')).toEqual([]);
  });
});
