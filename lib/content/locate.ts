/**
 * "Show me": bring a comment into view and outline it for a moment. The outline is a
 * `data-riposte-highlight` attribute styled by one tiny injected stylesheet, so nothing of the
 * page's own inline styles is touched and removal is exact.
 */

const STYLE_ID = 'riposte-locate-style';
const ATTR = 'data-riposte-highlight';
const CSS = `[${ATTR}]{outline:3px solid #f59e0b !important;outline-offset:3px !important;border-radius:6px;transition:outline-color .4s ease-out}`;

export interface LocateOptions {
  document: Document;
  window: Window;
  /** How long the outline stays (ms). */
  durationMs?: number;
}

const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

export function locateComment(el: Element, options: LocateOptions): void {
  const { document: doc, window: win } = options;
  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS;
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  const reduceMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  el.scrollIntoView?.({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'center', inline: 'nearest' });
  el.setAttribute(ATTR, '');
  // A second "show me" on the same comment restarts the timer rather than stacking them.
  const previous = timers.get(el);
  if (previous !== undefined) clearTimeout(previous);
  timers.set(
    el,
    setTimeout(() => {
      el.removeAttribute(ATTR);
      timers.delete(el);
    }, options.durationMs ?? 2000),
  );
}
