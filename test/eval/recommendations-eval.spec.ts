import { loadCases, sourceText } from '../../src/cli/eval-set.js';
import { fromProjectRoot } from '../../src/infra/project-paths.js';
import { answerOf, expectedOf, grade, validateCases, type EvalOutcome } from '../../src/modules/recommendations/recommendation-eval.js';
import { RecommendationsService } from '../../src/modules/recommendations/recommendations.service.js';
import { bootTestApp, type TestApp } from '../helpers/app.js';

/** Measured 1.0 on this set (70/70) when written; the floor leaves room for vocabulary changes. */
const ACCURACY_FLOOR = 0.9;

describe('recommendation evaluation (dev set)', () => {
  let t: TestApp;
  const cases = loadCases(fromProjectRoot('test/eval/recommendations'));

  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t?.close());

  it('has at least 60 needs, each grounded by a verbatim article line', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(validateCases(cases, sourceText)).toEqual([]);
    expect(cases.filter((c) => c.expected === 'NONE').length).toBeGreaterThan(0);
  });

  it(`answers at least ${ACCURACY_FLOOR * 100}% of the needs as the articles do, and every unknown need with nothing`, async () => {
    const service = t.app.get(RecommendationsService);
    const outcomes: EvalOutcome[] = [];
    for (const c of cases) {
      const answered = answerOf(await service.recommend({ needs: c.needs, among: c.among }));
      outcomes.push({ id: c.id, category: c.category, expected: expectedOf(c), answered, correct: answered === expectedOf(c) });
    }
    const report = grade(outcomes);
    expect(report.accuracy).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
    expect(report.byCategory.unknown.accuracy).toBe(1);
  });
});
