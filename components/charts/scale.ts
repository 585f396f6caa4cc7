/** A "nice" upper bound for an axis: 1, 2, 5 × 10ⁿ at or above `max` (at least 1). */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= max) return step * magnitude;
  return 10 * magnitude;
}

/** Which of `count` x labels to print so they do not overlap: about `room` of them, evenly. */
export function labelStride(count: number, room: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, room)));
}
