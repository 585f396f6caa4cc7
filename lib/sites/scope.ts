import { isHidden, normLabel } from './dom';

/**
 * Scoping helpers: a comment container often holds its replies, so "the like count of this comment"
 * must ignore the ones of the replies nested inside it.
 */

/**
 * Matches of `selector` inside `container` that belong to it, not to a comment nested in it. Most
 * comments nest nothing, so the nested containers are looked up once and the common case is a
 * plain querySelectorAll (a `closest()` per element is what makes a 2,000-comment scan slow).
 */
export function ownAll(container: Element, selector: string, containerSelector: string): Element[] {
  const matches = Array.from(container.querySelectorAll(selector));
  const nested = Array.from(container.querySelectorAll(containerSelector));
  if (nested.length === 0) return matches;
  return matches.filter((el) => !nested.some((n) => n === el || n.contains(el)));
}

/** First own match (see `ownAll`). */
export function ownFirst(container: Element, selector: string, containerSelector: string): Element | undefined {
  const first = container.querySelector(selector);
  if (!first) return undefined;
  const nested = container.querySelector(containerSelector);
  if (!nested) return first;
  return ownAll(container, selector, containerSelector)[0];
}

/** True when `b` comes after `a` in document order. */
export function follows(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

export const BUTTON_SELECTOR = 'button, [role="button"]';

/** A visible button whose label (aria-label or text) matches, among `candidates`. */
export function buttonByLabel(candidates: Iterable<Element>, label: RegExp): HTMLElement | undefined {
  for (const el of candidates) {
    const text = normLabel(el.getAttribute('aria-label') || el.textContent);
    if (label.test(text) && !isHidden(el)) return el as HTMLElement;
  }
  return undefined;
}

/** Count of buttons whose label matches: used as thread evidence for the drift report. */
export function countButtons(root: ParentNode, label: RegExp): number {
  let n = 0;
  for (const el of root.querySelectorAll(BUTTON_SELECTOR)) {
    if (label.test(normLabel(el.getAttribute('aria-label') || el.textContent))) n++;
  }
  return n;
}

/**
 * A comment's own elements, with the nested comment containers looked up once for all the
 * queries an adapter makes while reading that comment.
 */
export interface OwnScope {
  all(selector: string): Element[];
  first(selector: string): Element | undefined;
}

export function ownScope(container: Element, containerSelector: string): OwnScope {
  const nested = Array.from(container.querySelectorAll(containerSelector));
  const isOwn = (el: Element): boolean => !nested.some((n) => n === el || n.contains(el));
  return {
    all: (selector) => {
      const matches = Array.from(container.querySelectorAll(selector));
      return nested.length === 0 ? matches : matches.filter(isOwn);
    },
    first: (selector) => {
      if (nested.length === 0) return container.querySelector(selector) ?? undefined;
      for (const el of container.querySelectorAll(selector)) if (isOwn(el)) return el;
      return undefined;
    },
  };
}
