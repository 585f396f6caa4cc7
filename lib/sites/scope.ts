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
  // Replies nest inside their parent on some sites. Only then is the subtree walked, once, skipping
  // the nested containers; "inside a nested one?" tests per match cost matches × nested containers.
  if (!container.querySelector(containerSelector)) {
    return {
      all: (selector) => Array.from(container.querySelectorAll(selector)),
      first: (selector) => container.querySelector(selector) ?? undefined,
    };
  }
  let own: Element[] | undefined;
  const ownElements = (): Element[] => {
    if (own) return own;
    own = [];
    const doc = container.ownerDocument;
    const walker = doc.createTreeWalker(container, 1 /* NodeFilter.SHOW_ELEMENT */, {
      acceptNode: (node) => ((node as Element).matches(containerSelector) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) own.push(node as Element);
    return own;
  };
  return {
    all: (selector) => ownElements().filter((el) => el.matches(selector)),
    first: (selector) => ownElements().find((el) => el.matches(selector)),
  };
}
