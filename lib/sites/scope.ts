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
  return ownScope(container, containerSelector).all(selector);
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
  // Replies nest inside their parent on some sites. Only then are the nested containers listed,
  // once, and each match is kept when none of them holds it (a climb to `container` with a set
  // lookup per step): the native querySelectorAll does the searching, never a walk of the subtree.
  const nested = container.querySelectorAll(containerSelector);
  if (nested.length === 0) {
    return {
      all: (selector) => Array.from(container.querySelectorAll(selector)),
      first: (selector) => container.querySelector(selector) ?? undefined,
    };
  }
  const inner = new Set<Element>(nested);
  const isOwn = (el: Element): boolean => {
    for (let node: Element | null = el; node && node !== container; node = node.parentElement) {
      if (inner.has(node)) return false;
    }
    return true;
  };
  return {
    all: (selector) => Array.from(container.querySelectorAll(selector)).filter(isOwn),
    first: (selector) => {
      const candidate = container.querySelector(selector);
      if (!candidate || isOwn(candidate)) return candidate ?? undefined;
      for (const el of container.querySelectorAll(selector)) if (isOwn(el)) return el;
      return undefined;
    },
  };
}
