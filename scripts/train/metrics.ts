/** Scores shared by `npm run train` and `npm run eval`. */

/** Macro-F1 over `classes` (gold and predicted as class indices). */
export function macroF1(gold: readonly number[], pred: readonly number[], classes: number): number {
  let sum = 0;
  for (let c = 0; c < classes; c++) sum += f1Of(gold, pred, c);
  return sum / classes;
}

export function f1Of(gold: readonly number[], pred: readonly number[], c: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (pred[i] === c && gold[i] === c) tp++;
    else if (pred[i] === c) fp++;
    else if (gold[i] === c) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Mean recall over classes (SemEval's figure for English tweet sentiment). */
export function macroRecall(gold: readonly number[], pred: readonly number[], classes: number): number {
  let sum = 0;
  let n = 0;
  for (let c = 0; c < classes; c++) {
    const support = gold.filter((g) => g === c).length;
    if (support === 0) continue;
    sum += gold.filter((g, i) => g === c && pred[i] === c).length / support;
    n++;
  }
  return n === 0 ? 0 : sum / n;
}

export const accuracy = (gold: readonly number[], pred: readonly number[]): number =>
  gold.length === 0 ? 0 : gold.filter((g, i) => g === pred[i]).length / gold.length;

/** The most frequent gold class, predicted for everything. */
export function majority(gold: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const g of gold) counts.set(g, (counts.get(g) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

export const pct = (x: number): string => (Number.isFinite(x) ? (100 * x).toFixed(1) : 'n/a');
