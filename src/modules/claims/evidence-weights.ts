/**
 * How much a claim counts as evidence, wherever claims are weighed: a comparison's consensus
 * (comparisons/consensus.ts) and a recommendation (recommendations/recommendation-scoring.ts).
 * One home, so a comparison table and a recommendation weigh the same claim alike
 * (evidence-weights.spec.ts checks that both use these values).
 */

/** An explicit verdict outweighs a comparison of two ratings. */
export const VERDICT_WEIGHT = 1;
export const RATING_WEIGHT = 0.5;
/** The source's own hedges ("sometimes", "for large applications") lower a claim's weight. */
export const QUALIFIED_FACTOR = 0.6;
