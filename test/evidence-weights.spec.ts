import type { RefModel } from '../src/common/models/refs.model.js';
import { QUALIFIED_FACTOR, RATING_WEIGHT, VERDICT_WEIGHT } from '../src/modules/claims/evidence-weights.js';
import { consensusOf } from '../src/modules/comparisons/consensus.js';
import type { AssessmentModel, VerdictModel } from '../src/modules/comparisons/models/comparison.model.js';
import { type Knowledge, topicEvidence } from '../src/modules/recommendations/recommendation-scoring.js';
import { TermWeights } from '../src/modules/recommendations/need-matching.js';

// A comparison table (consensus) and a recommendation weigh the same claim alike: both take the
// weights from claims/evidence-weights.ts. Each case runs one claim through both pipelines.

const NODE: RefModel = { slug: 'nodejs', name: 'Node.js' };
const PY: RefModel = { slug: 'python', name: 'Python' };
const source = { slug: 'a', title: 'a', publishedAt: null };

/** The weight of the one position consensusOf takes from a claim. */
function consensusWeight(kind: 'verdict' | 'rating', qualified: boolean): number {
  const verdicts: VerdictModel[] = kind === 'verdict' ? [{ claimId: 1, source, winner: NODE, outcome: 'win', quote: 'q', qualifiers: qualified ? ['sometimes'] : [] }] : [];
  const assessments: AssessmentModel[] = kind === 'rating'
    ? [{ claimId: 2, source, technology: NODE, rating: 'Fast', score: 0.9, quote: 'Fast' }, { claimId: 3, source, technology: PY, rating: 'Slow', score: 0.2, quote: 'Slow' }]
    : [];
  const c = consensusOf([NODE, PY], verdicts, assessments, []);
  expect(c.positions).toHaveLength(1);
  return c.positions[0].weight;
}

/** The weight recommendation scoring gives the same claim on a topic the need matches fully. */
function recommendationWeight(kind: 'verdict' | 'rating', qualified: boolean): number {
  const k: Knowledge = {
    evidence: new Map([['use_case:1', { groups: [{ technologyId: 10, supports: true, kind, qualified, firsts: 1, repeats: 0 }], cited: [] }]]),
    basis: new Map(),
    candidateOf: (id) => id,
    topics: [],
    technologies: [],
    weights: new TermWeights([]),
  };
  const items = topicEvidence([{ kind: 'use_case', id: 1, slug: 'chat', name: 'Chat', strength: 1, words: ['chat'], via: 'vocabulary' }], k);
  expect(items).toHaveLength(1);
  return items[0].weight;
}

describe('consensus and recommendations weigh a claim alike', () => {
  it.each([
    ['a verdict', 'verdict', false, VERDICT_WEIGHT],
    ['a qualified verdict', 'verdict', true, VERDICT_WEIGHT * QUALIFIED_FACTOR],
    ['a pair of ratings', 'rating', false, RATING_WEIGHT],
  ] as const)('%s', (_name, kind, qualified, expected) => {
    expect(consensusWeight(kind, qualified)).toBeCloseTo(expected, 6);
    expect(recommendationWeight(kind, qualified)).toBeCloseTo(expected, 6);
  });

  it('a qualifier lowers a claim by the same factor in both', () => {
    expect(consensusWeight('verdict', true) / consensusWeight('verdict', false)).toBeCloseTo(QUALIFIED_FACTOR, 6);
    expect(recommendationWeight('verdict', true) / recommendationWeight('verdict', false)).toBeCloseTo(QUALIFIED_FACTOR, 6);
  });
});
