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
}

/** A model ready to predict: the vocabulary as a set. */
export class ClaimKindClassifier {
  private readonly vocabulary: Set<string>;

  constructor(readonly model: ClaimKindModel) {
    this.vocabulary = new Set(model.vocabulary);
  }

  features(unit: ClaimUnit): string[] {
    return claimFeatures(unit, (w) => this.vocabulary.has(w));
  }

  /** P(class) for each of `model.classes`, in that order. */
  predict(features: string[]): number[] {
    return softmaxScores(this.model.weights, this.model.classes.length, features);
  }
}

/** Softmax of the summed weights of the features present (unknown features weigh nothing). */
export function softmaxScores(weights: Record<string, number[]>, classes: number, features: string[]): number[] {
  const scores = new Array<number>(classes).fill(0);
  for (const f of features) {
    const w = weights[f];
    if (!w) continue;
    for (let k = 0; k < classes; k++) scores[k] += w[k];
  }
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}
