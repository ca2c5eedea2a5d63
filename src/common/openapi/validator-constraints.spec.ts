import { bothCases } from './validator-constraints.js';

describe('bothCases: a case-insensitive validator pattern spelled for OpenAPI (no flags)', () => {
  it.each([
    ['^(verdict|faq)$', ['verdict', 'VERDICT', 'Faq'], ['verdicts', 'fa']],
    ['^[a-c]\\d+$', ['a1', 'C22'], ['d1', '_1', 'ad']],
    ['^use_case(,x)?$', ['USE_CASE', 'use_case,X'], ['use-case']],
  ])('%s', (source, accepted, refused) => {
    const spelled = new RegExp(bothCases(source));
    const flagged = new RegExp(source, 'i');
    for (const value of [...accepted, ...refused]) expect([value, spelled.test(value)]).toEqual([value, flagged.test(value)]);
    for (const value of accepted) expect([value, spelled.test(value)]).toEqual([value, true]);
  });
});
