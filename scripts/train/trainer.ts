/**
 * Seeded, deterministic training of one linear head: AdaGrad over the hashed features, L2 on the
 * weights touched, a fixed number of epochs over a seeded shuffle. Binary heads are logistic,
 * multi-class heads softmax.
 */
import type { FeatureVector } from '@/lib/triage/model/features';
import { headLogits, sigmoid, softmax, type Head } from '@/lib/triage/model/model';

export interface TrainRow {
  x: FeatureVector;
  y: number;
  weight: number;
}

export interface TrainOptions {
  dim: number;
  classes: readonly string[];
  /** true: one logistic output (classes has one name). */
  binary: boolean;
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}

/** mulberry32: small, seeded, the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const r = rng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export function trainHead(rows: readonly TrainRow[], o: TrainOptions): Head {
  const k = o.binary ? 1 : o.classes.length;
  const w = new Float32Array(k * o.dim);
  const g2 = new Float32Array(k * o.dim).fill(1e-8);
  const bias = new Array<number>(k).fill(0);
  const bg2 = new Array<number>(k).fill(1e-8);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const row of shuffled(rows, o.seed + epoch)) {
      const head: Head = { classes: o.classes, weights: w, bias };
      const z = headLogits(head, row.x, o.dim);
      const grads = o.binary ? [sigmoid(z[0] as number) - row.y] : softmax(z).map((p, c) => p - (c === row.y ? 1 : 0));
      for (let c = 0; c < k; c++) {
        const g = (grads[c] as number) * row.weight;
        if (g === 0) continue;
        const off = c * o.dim;
        for (let i = 0; i < row.x.index.length; i++) {
          const j = off + (row.x.index[i] as number);
          const gj = g * (row.x.value[i] as number) + o.l2 * (w[j] as number);
          g2[j] = (g2[j] as number) + gj * gj;
          w[j] = (w[j] as number) - (o.rate * gj) / Math.sqrt(g2[j] as number);
        }
        bg2[c] = (bg2[c] as number) + g * g;
        bias[c] = (bias[c] as number) - (o.rate * g) / Math.sqrt(bg2[c] as number);
      }
    }
  }
  return { classes: o.classes, weights: w, bias };
}

/** The probability threshold with the best F1 of the positive class on validation rows. */
export function calibrateThreshold(probs: readonly number[], gold: readonly number[]): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.1; t <= 0.901; t += 0.025) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    probs.forEach((p, i) => {
      const pred = p >= t;
      if (pred && gold[i] === 1) tp++;
      else if (pred) fp++;
      else if (gold[i] === 1) fn++;
    });
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    if (f1 > best.f1 + 1e-9) best = { threshold: Math.round(t * 1000) / 1000, f1 };
  }
  return best;
}
