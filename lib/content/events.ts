/**
 * A click the way a user makes it. Some Facebook and Instagram controls ignore a bare `click()`
 * and react on pointerdown/mousedown instead (seen in Facebook's "more replies" buttons, as other
 * Facebook content scripts also found), so send the whole sequence, aimed at the element's centre.
 */
export function userClick(el: Element, win: Window): void {
  const rect = el.getBoundingClientRect();
  const init = {
    bubbles: true,
    cancelable: true,
    composed: true,
    view: win,
    button: 0,
    clientX: rect.left + rect.width / 2,
    clientY: rect.top + rect.height / 2,
  };
  const W = win as unknown as { PointerEvent?: typeof PointerEvent; MouseEvent: typeof MouseEvent };
  const Pointer = W.PointerEvent ?? W.MouseEvent;
  el.dispatchEvent(new Pointer('pointerdown', { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true, buttons: 1 }));
  el.dispatchEvent(new W.MouseEvent('mousedown', { ...init, buttons: 1 }));
  el.dispatchEvent(new Pointer('pointerup', { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
  el.dispatchEvent(new W.MouseEvent('mouseup', init));
  el.dispatchEvent(new W.MouseEvent('click', init));
}

/** Resolve after `ms` (0: next macrotask), on the page's own timers. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Poll `probe` every `intervalMs` until it returns a value or `timeoutMs` passes. */
export async function waitFor<T>(probe: () => T | undefined, timeoutMs: number, intervalMs = 50): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) return undefined;
    await sleep(intervalMs);
  }
}
