import { alternativesOf, alternativeTerms, ALTERNATIVES_PER_TERM, BROADER_FACTOR, SYNONYM_FACTOR } from './need-expansion.js';
import { needText } from './need-matching.js';
import { terms } from '../../common/text/match-terms.js';
import type { RelatedWords } from '../../common/text/wordnet-lexicon.js';

const dictionary: Record<string, RelatedWords> = {
  cheap: { synonyms: ['inexpensive'], broader: ['affordable', 'low-cost'] },
  warehouse: { synonyms: ['storehouse', 'depot'], broader: ['depository'] },
  crowded: { synonyms: Array.from({ length: 40 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`), broader: [] },
};
const related = (word: string): RelatedWords => dictionary[word] ?? { synonyms: [], broader: [] };

describe('need expansion', () => {
  it('gives each need term its synonyms and broader terms, normalised like claim words, synonyms weighing more', () => {
    const need = needText('a cheap warehouse for pallets');
    const alternatives = alternativesOf(need, need.terms, related);
    const cheap = alternatives.get(terms('cheap')[0])!;
    expect(cheap).toEqual([
      { term: terms('inexpensive')[0], factor: SYNONYM_FACTOR, word: 'inexpensive' },
      { term: terms('affordable')[0], factor: BROADER_FACTOR, word: 'affordable' },
    ]);
    expect(alternativeTerms(alternatives)).toEqual(expect.arrayContaining(terms('storehouse depot depository')));
  });

  it('never lets a word of the need stand in for another of its words', () => {
    const need = needText('cheap and inexpensive storage');
    expect(alternativesOf(need, need.terms, related).get(terms('cheap')[0]) ?? []).not.toContainEqual(expect.objectContaining({ term: terms('inexpensive')[0] }));
  });

  it('keeps a bounded number of alternatives for a word with many senses', () => {
    const need = needText('crowded');
    expect(alternativesOf(need, need.terms, related).get(terms('crowded')[0])!.length).toBe(ALTERNATIVES_PER_TERM);
  });

  it('expands only the terms it is given (a technology name is not a topic)', () => {
    const need = needText('cheap warehouse');
    expect([...alternativesOf(need, terms('warehouse'), related).keys()]).toEqual(terms('warehouse'));
  });
});
