import { claimFeatures, type ClaimUnit } from './claim-features.js';

/**
 * A multinomial logistic regression over the string features of claim-features.ts, as
 * `npm run train:claims` writes it (claim-kind-weights.ts): one weight per class for each feature
 * it kept, the words common enough to be features, and the confidence thresholds its
 * leave-one-article-out run chose for the post-pass.
 */
export interface ClaimKindModel {
  classes: string[];
  /** Words seen in enough training articles to be features; any other word is `<rare>`. */
  vocabulary: string[];
  weights: Record<string, number[]>;
  thresholds: ClaimKindThresholds;
}

export interface ClaimKindThresholds {
  /** Drop a drafted claim when P(none) is at least this. */
  drop: number;
  /** Give a drafted claim another kind (among the confusable ones) when that kind's P is at least this. */
  rekind: number;
  /** Draft a candidate the rules left undrafted when its most likely kind's P is at least this (absent or above 1: none). */
  add?: number;
}

/** A model ready to predict: the vocabulary as a set, the weights in a map (a few thousand keys: faster than an object's). */
export class ClaimKindClassifier {
  private readonly vocabulary: Set<string>;
  private readonly weights: Map<string, number[]>;

  constructor(readonly model: ClaimKindModel) {
    this.vocabulary = new Set(model.vocabulary);
    this.weights = new Map(Object.entries(model.weights));
  }

  features(unit: ClaimUnit): string[] {
    return claimFeatures(unit, (w) => this.vocabulary.has(w));
  }

  /** P(class) for each of `model.classes`, in that order. */
  predict(features: string[]): number[] {
    return softmaxScores(this.weights, this.model.classes.length, features);
  }
}

/** Softmax of the summed weights of the features present (unknown features weigh nothing). */
export function softmaxScores(weights: Record<string, number[]> | Map<string, number[]>, classes: number, features: string[]): number[] {
  const scores = new Array<number>(classes).fill(0);
  const weightOf = weights instanceof Map ? (f: string) => weights.get(f) : (f: string) => weights[f];
  for (const f of features) {
    const w = weightOf(f);
    if (!w) continue;
    for (let k = 0; k < classes; k++) scores[k] += w[k];
  }
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}
