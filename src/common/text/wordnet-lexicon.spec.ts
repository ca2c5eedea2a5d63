import { baseForms, WordNetLexicon, wordNetDictionary } from './wordnet-lexicon.js';

describe('WordNet lexicon', () => {
  const dictionary = wordNetDictionary();
  const lexicon = dictionary ? new WordNetLexicon(dictionary) : null;
  afterAll(() => lexicon?.close());

  it('finds the dictionary of the installed package', () => {
    expect(dictionary).not.toBeNull();
  });

  it.each([
    ['a satellite adjective reaches its head and its synonyms', 'speedy', 'synonyms', 'quick'],
    ['a satellite adjective reaches its head as a broader term', 'speedy', 'broader', 'fast'],
    ['a plural noun is looked up by its singular', 'warehouses', 'broader', 'storehouse'],
    ['a verb reaches its hypernym', 'reinstall', 'broader', 'install'],
  ])('%s (%s)', (_label, word, side, expected) => {
    expect(lexicon!.related(word)[side as 'synonyms' | 'broader']).toContain(expected);
  });

  it('answers nothing for a word it does not know, or for something that is not a word', () => {
    expect(lexicon!.related('qwzxv')).toEqual({ synonyms: [], broader: [] });
    expect(lexicon!.related('c++')).toEqual({ synonyms: [], broader: [] });
  });

  it('knows English words in any form, not made-up names', () => {
    expect(lexicon!.knows('warehouses')).toBe(true);
    expect(lexicon!.knows('Speedy')).toBe(true);
    expect(lexicon!.knows('kubectl')).toBe(false);
    expect(lexicon!.knows('zqvt')).toBe(false);
  });

  it('keeps one-word lemmas only and never the word itself', () => {
    const { synonyms, broader } = lexicon!.related('storage');
    expect([...synonyms, ...broader].every((w) => !w.includes('_') && w !== 'storage')).toBe(true);
  });

  it('follows an adjective head to none of its many satellites', () => {
    expect(lexicon!.related('fast').broader).not.toContain('meteoric');
  });

  it('costs a few megabytes of heap, not the dictionary', () => {
    const fresh = new WordNetLexicon(dictionary!);
    const before = process.memoryUsage();
    for (const w of ['queue', 'deploy', 'offline', 'cluster', 'latency', 'durable']) fresh.related(w);
    const after = process.memoryUsage();
    fresh.close();
    expect(after.heapUsed + after.external - before.heapUsed - before.external).toBeLessThan(24 * 1024 * 1024);
  });
});

describe('base forms', () => {
  it.each([
    ['libraries', 'library'],
    ['boxes', 'box'],
    ['queues', 'queue'],
    ['caching', 'cache'],
    ['deployed', 'deploy'],
  ])('%s may be %s', (word, base) => {
    expect(baseForms(word)).toContain(base);
  });

  it('leaves a word ending in a double s alone', () => {
    expect(baseForms('access')).toEqual(['access']);
  });
});
