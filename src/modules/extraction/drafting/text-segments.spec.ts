import { sentences } from './text-segments.js';

describe('sentences', () => {
  it('splits before a capital and keeps abbreviations and dotted names whole', () => {
    expect(sentences('Deno.js is new, e.g. for scripts. It ships a linter.').map((s) => s.text)).toEqual(['Deno.js is new, e.g. for scripts.', 'It ships a linter.']);
  });

  it('splits before a name written in lower case that opens a sentence with a verb', () => {
    const text = 'The old client felt slow. pnpm is fast and keeps one store. bower had no lockfile.';
    expect(sentences(text).map((s) => s.text)).toEqual(['The old client felt slow.', 'pnpm is fast and keeps one store.', 'bower had no lockfile.']);
    expect(sentences('It resolves in twice the time of plain install. pnpm changes how the store is laid out.')).toHaveLength(2);
    expect(sentences(text)[1].index).toBe(text.indexOf('pnpm'));
  });

  it('does not split before a lower-case word that goes on with the sentence', () => {
    expect(sentences('It uses a cache, etc. and more. We measured approx. the same.').map((s) => s.text)).toEqual(['It uses a cache, etc. and more.', 'We measured approx. the same.']);
    expect(sentences('See the docs. pnpm’s store layout differs.')).toHaveLength(1);
  });
});
