import { DomainError } from '../errors/domain-error.js';
import { jsonDeeperThan, MAX_JSON_DEPTH, parseJsonBody } from './json-body.js';

describe('jsonDeeperThan', () => {
  it.each([
    ['[[1]]', 2, false],
    ['[[[1]]]', 2, true],
    ['{"a":{"b":[1]}}', 3, false],
    ['{"a":{"b":[1]}}', 2, true],
    ['["[[[[[["]', 1, false],
    ['["\\"[[[["]', 1, false],
    ['[1],[2],[3]', 1, false],
  ])('%s deeper than %i: %s', (text, limit, expected) => {
    expect(jsonDeeperThan(text, limit)).toBe(expected);
  });
});

describe('parseJsonBody', () => {
  const refusal = (text: string) => {
    try {
      parseJsonBody(text);
    } catch (error) {
      return error instanceof DomainError ? [error.code, error.message, error.errors.map((e) => e.field)] : error;
    }
    return 'accepted';
  };

  it('parses JSON, and an empty body is no body', () => {
    expect(parseJsonBody('{"a":[1,"x"]}')).toEqual({ a: [1, 'x'] });
    expect(parseJsonBody('  ')).toBeUndefined();
  });

  it.each([
    ['too deep', `${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`, ['VALIDATION_FAILED', expect.stringMatching(/levels deep/), []]],
    ['malformed', '{"a":', ['VALIDATION_FAILED', 'The body is not valid JSON', []]],
    ['__proto__', '{"a":{"__proto__":{"x":1}}}', ['VALIDATION_FAILED', expect.stringMatching(/__proto__/), ['a.__proto__']]],
    ['constructor.prototype', '{"constructor":{"prototype":{"x":1}}}', ['VALIDATION_FAILED', expect.stringMatching(/constructor/), ['constructor']]],
  ])('refuses %s', (_name, text, expected) => {
    expect(refusal(text)).toEqual(expected);
  });

  it('accepts exactly the maximum depth', () => {
    expect(refusal(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`)).toBe('accepted');
  });
});
