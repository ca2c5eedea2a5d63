import { closestEntries } from './proposal-candidates.js';

const entry = (slug: string, name: string, aliases: string[] = [], keywords: string[] = []) => ({ slug, name, aliases, keywords });

describe('closestEntries', () => {
  const criteria = [
    entry('language', 'Language', ['Syntax'], ['expressiveness', 'type system']),
    entry('performance', 'Performance', ['Speed'], ['latency', 'throughput']),
    entry('ecosystem', 'Ecosystem', ['Libraries']),
    entry('learning-curve', 'Learning curve', ['Ease of learning']),
  ];

  it.each([
    ['a heading that names an existing criterion', entry('language-and-expressiveness', 'Language and Expressiveness'), 'language'],
    ['a plural of an alias', entry('library-support', 'Libraries'), 'ecosystem'],
    ['a misspelt name', entry('perfomance', 'Perfomance'), 'performance'],
    ['a keyword', entry('throughput-and-latency', 'Throughput and latency'), 'performance'],
    ['a near name', entry('ease-of-learning', 'Ease of Learning'), 'learning-curve'],
  ])('ranks the entry meant first for %s', (_case, proposal, expected) => {
    expect(closestEntries(proposal, criteria)[0]?.slug).toBe(expected);
  });

  it('answers nothing for a proposal unlike every entry, and never the proposal itself', () => {
    expect(closestEntries(entry('quantum-readiness', 'Quantum readiness'), criteria)).toEqual([]);
    expect(closestEntries(entry('language', 'Language'), criteria).map((c) => c.slug)).not.toContain('language');
  });

  it('keeps at most the limit, best first, scores within 0..1', () => {
    const many = Array.from({ length: 10 }, (_, i) => entry(`speed-${i}`, `Speed ${i}`));
    const found = closestEntries(entry('speed', 'Speed'), many, 5);
    expect(found).toHaveLength(5);
    expect(found.every((c, i) => c.score <= 1 && c.score > 0 && (i === 0 || c.score <= found[i - 1].score))).toBe(true);
  });
});
