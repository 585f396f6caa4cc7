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

/**
 * Runs `work` once the next frame has been painted (a frame callback, then a task after it);
 * returns a cancel function. Without `requestAnimationFrame` (a test DOM) a zero-delay timer.
 */
export function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(work, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * A promise settled in a fresh task, after whatever the page has queued (a database answer, a
 * render): a message to itself, which, unlike a nested zero-delay timer, is never held back 4 ms.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
