import { softmaxScores } from './claim-kind-model.js';

/** One training example: its features and its class. */
export interface LabelledFeatures {
  features: string[];
  label: string;
}

export interface TrainingSettings {
  epochs: number;
  /** L2 penalty per example step (strong: the corpus is small and topics must not be memorised). */
  l2: number;
  learningRate: number;
  seed: number;
}

/**
 * Multinomial logistic regression by stochastic gradient descent with AdaGrad step sizes and L2
 * decay, examples visited in an order shuffled by a fixed seed: the same data and settings give
 * the same weights. Weights are rounded to 3 decimals and features whose weights all round to 0
 * are dropped, which keeps the committed model small.
 */
export function trainLogisticRegression(examples: LabelledFeatures[], classes: string[], settings: TrainingSettings): Record<string, number[]> {
  const weights: Record<string, number[]> = {};
  const squares: Record<string, number[]> = {};
  const classOf = new Map(classes.map((c, i) => [c, i]));
  const random = seededRandom(settings.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const index of order) {
      const { features, label } = examples[index];
      const target = classOf.get(label);
      if (target === undefined) throw new Error(`Unknown class ${label}`);
      const p = softmaxScores(weights, classes.length, features);
      for (const f of features) {
        const w = (weights[f] ??= new Array<number>(classes.length).fill(0));
        const g2 = (squares[f] ??= new Array<number>(classes.length).fill(1e-6));
        for (let k = 0; k < classes.length; k++) {
          const gradient = p[k] - (k === target ? 1 : 0) + settings.l2 * w[k];
          g2[k] += gradient * gradient;
          w[k] -= (settings.learningRate / Math.sqrt(g2[k])) * gradient;
        }
      }
    }
  }
  const rounded: Record<string, number[]> = {};
  for (const f of Object.keys(weights).sort()) {
    const w = weights[f].map((x) => Math.round(x * 1000) / 1000);
    if (w.some((x) => x !== 0)) rounded[f] = w;
  }
  return rounded;
}

/** mulberry32: a small deterministic generator in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
