import { inputGuardProblems } from './input-guard.js';

describe('inputGuardProblems', () => {
  it.each([
    ['plain text', { a: 'Node.js', b: ['x', { c: 'y' }] }, ''],
    ['a NUL in a nested value', { a: [{ b: 'x\u0000y' }] }, 'a[0].b'],
    ['an unpaired surrogate', { a: 'x\ud800' }, 'a'],
    ['a surrogate pair (an emoji) is fine', { a: 'ok \ud83d\ude00' }, ''],
    ['a prototype key', JSON.parse('{"a":{"__proto__":1}}'), 'a.__proto__'],
    ['constructor', { source: { constructor: 1 } }, 'source.constructor'],
    ['a NUL in a key', { 'a\u0000': 1 }, 'value'],
    ['a scalar argument', 'x\u0000', 'q'],
  ])('%s', (_name, value, field) => {
    const problems = inputGuardProblems(value, typeof value === 'string' ? 'q' : '');
    expect(problems.map((p) => p.field)).toEqual(field ? [field] : []);
  });

  it('walks a deep value without recursion, and a cyclic one once', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(inputGuardProblems(deep)).toHaveLength(1);
    const cyclic: Record<string, unknown> = { a: 'ok' };
    cyclic.self = cyclic;
    expect(inputGuardProblems(cyclic)).toEqual([]);
  });
});
