import { ErrorCode } from '../../common/errors/domain-error.js';
import { keyCollisions, keyOwners, mergedAliases, union, type StoredEntry } from './taxonomy-entry-rules.js';

const entry = (id: number, slug: string, name: string, aliases: string[] = []): StoredEntry => ({ id, slug, name, aliases, keywords: [] });

describe('keyCollisions', () => {
  const owners = keyOwners([entry(1, 'go', 'Go', ['Golang']), entry(2, 'rust', 'Rust')]);
  it.each([
    ['a new entry with new keys', { slug: 'zig', name: 'Zig', aliases: ['ziglang'] }, []],
    ['the entry itself, unchanged', { slug: 'go', name: 'Go', aliases: ['Golang'] }, []],
    ['an alias naming another entry', { slug: 'zig', name: 'Zig', aliases: ['golang'] }, ["'golang' already names the technology 'go'"]],
    ['a name naming another entry, spacing and case ignored', { slug: 'rust-lang', name: '  RUST ', aliases: [] }, ["'rust' already names the technology 'rust'"]],
    ['an existing entry taking another entry’s name as alias', { slug: 'go', name: 'Go', aliases: ['Rust'] }, ["'rust' already names the technology 'rust'"]],
  ])('%s', (_name, candidate, messages) => {
    const problems = keyCollisions(candidate, owners, 'technology', 'technologies[0]');
    expect(problems.map((p) => p.error.message)).toEqual(messages);
    expect(problems.every((p) => p.code === ErrorCode.TAXONOMY_CONFLICT)).toBe(true);
  });
});

describe('keyCollisions: look-alike keys (UTS #39 skeletons)', () => {
  const owners = keyOwners([entry(1, 'nodejs', 'Node.js', ['node']), entry(2, 'python', 'Python'), entry(3, 'rom', 'Rom')]);
  it.each([
    ['a Cyrillic о in a name', { slug: 'x', name: 'N\u043ede.js', aliases: [] }, ["'n\u043ede.js' looks like 'node.js', which names the technology 'nodejs'"]],
    ['a Greek ο in an alias', { slug: 'x', name: 'X', aliases: ['pyth\u03bfn'] }, ["'pyth\u03bfn' looks like 'python', which names the technology 'python'"]],
    ['an entry’s own look-alike alias', { slug: 'nodejs', name: 'Node.js', aliases: ['n\u043ede'] }, []],
    ['ASCII-only keys whose skeletons meet (rn / m)', { slug: 'x', name: 'Rorn', aliases: [] }, []],
    ['an accented name that imitates nothing', { slug: 'x', name: 'Pyth\u00f6n', aliases: [] }, []],
  ])('%s', (_name, candidate, messages) => {
    const problems = keyCollisions(candidate, owners, 'technology', 'technologies[0]');
    expect(problems.map((p) => p.error.message)).toEqual(messages);
    expect(problems.every((p) => p.code === ErrorCode.CONFUSABLE_NAME)).toBe(true);
  });
});

describe('union and mergedAliases', () => {
  it.each([
    [['a'], ['A', 'b'], ['a', 'b']],
    [[], ['x', 'x'], ['x']],
    [['k'], [], ['k']],
  ])('union(%j, %j) = %j', (current, added, expected) => {
    expect(union(current, added)).toEqual(expected);
  });

  it('keeps the merged slug, name and aliases as aliases of the target, never its own names', () => {
    expect(mergedAliases(entry(1, 'go', 'Go', ['Golang']), entry(2, 'golang-lang', 'Go', ['Go language']))).toEqual(['Golang', 'golang-lang', 'Go language']);
  });
});
