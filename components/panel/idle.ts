/** How long one slice of background work may run before the page gets the main thread back. */
const SLICE_MS = 25;

/**
 * Runs `work` once when the page is idle (within a second at the latest), handing it a clock that
 * says when its slice is over; returns a cancel function. Without `requestIdleCallback` (Safari, a
 * test DOM) a zero-delay timer stands in.
 */
export function whenIdle(work: (timeUp: () => boolean) => void): () => void {
  const run = () => {
    const end = performance.now() + SLICE_MS;
    work(() => performance.now() >= end);
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}
