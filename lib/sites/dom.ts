import type { Language } from '../schema/platform';
import { queryParams, serialiseQuery, urlOf, urlParts } from './url';

/** Small DOM helpers shared by the adapters. They run on every comment, so they stay allocation-light. */

const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'PRE', 'SECTION', 'ARTICLE']);

export interface ReadTextOptions {
  /** Subtrees to leave out: "See more" buttons, "Reply" links, translation toggles… */
  skip?: (el: Element) => boolean;
}

/** A text node that is markup indentation: whitespace only, with a line break (`^\s*\n\s*$`, the break looked for first). */
const WHITESPACE_ONLY = /^\s*$/u;
const isIndentation = (data: string): boolean => data.includes('\n') && WHITESPACE_ONLY.test(data);

/** Buttons inside a text block are UI ("See more", "Voir la traduction"), never comment text. */
function isUiControl(el: Element): boolean {
  return el.tagName === 'BUTTON' || el.getAttribute('role') === 'button' || el.getAttribute('aria-hidden') === 'true';
}

/**
 * The visible text of a comment body with its line breaks and emoji: `<br>` and block boundaries
 * become newlines, emoji drawn as `<img alt="😀">` (X, Facebook) become their character, and
 * whitespace-only text nodes carrying a newline are markup indentation, not text.
 */
export function readText(root: Element, options: ReadTextOptions = {}): string {
  const parts: string[] = [];
  const endsWithNewline = (): boolean => parts.length === 0 || (parts[parts.length - 1] ?? '').endsWith('\n');
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (isIndentation(data)) continue;
        parts.push(data);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (isUiControl(el) || options.skip?.(el)) continue;
      const tag = el.tagName;
      if (tag === 'BR') parts.push('\n');
      else if (tag === 'IMG') parts.push(el.getAttribute('alt') ?? '');
      else if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'svg' || tag === 'SVG') continue;
      else if (BLOCK_TAGS.has(tag)) {
        // Paragraph boundaries: one newline between blocks, and an empty block is a blank line.
        if (!endsWithNewline()) parts.push('\n');
        const before = parts.length;
        walk(el);
        if (parts.length === before) parts.push('\n');
        else if (!endsWithNewline()) parts.push('\n');
      } else walk(el);
    }
  };
  walk(root);
  return tidyText(parts.join(''));
}

/** What one of `tidyText`'s rewrites changes: a carriage return, a space before or after a line break, three breaks in a row. */
const TIDY_REWRITES = /\r|[ \t\u00a0]\n|\n[ \t]|\n\n\n/u;

/** Trailing spaces off each line, at most one blank line in a row, no blank edges. */
export function tidyText(text: string): string {
  // Every rule below but the trim works on line breaks: a one-line text (most comments) skips them.
  if (!text.includes('\n') && !text.includes('\r')) return text.trim();
  // Most texts with line breaks hold nothing the four rewrites touch: one test instead of four passes.
  if (!TIDY_REWRITES.test(text)) return text.trim();
  return text
    .replace(/\r/gu, '')
    .replace(/[ \t\u00a0]+\n/gu, '\n')
    .replace(/\n[ \t]+/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** One-line text of an element (names, labels), whitespace collapsed. */
export function lineText(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

/** Absolute http(s) URL for an href read from the page, or undefined (javascript:, data:, garbage). */
export function absoluteUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  if (!href.includes('#')) {
    const parts = urlParts(href, base);
    return parts ? urlOf(parts) : undefined;
  }
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Tracking parameters the sites append to every link; they identify the viewer, not the target. */
const TRACKING_PARAMS = ['__cft__[0]', '__tn__', '__cft__', 'comment_tracking', 'ref', 'refid', 'fref', 'hc_ref', 'miniProfileUrn', 'lipi', 'trk', 'igsh', 's', 't'];

/** Absolute URL with tracking parameters and the fragment removed. */
export function cleanUrl(href: string | null | undefined, base: string, keep: readonly string[] = []): string | undefined {
  if (!href) return undefined;
  // Cut by string (lib/sites/url.ts): a 2,000-comment thread has several links per comment.
  const parts = urlParts(href, base);
  if (!parts) return undefined;
  if (!parts.query) return urlOf(parts);
  // One rewrite of the query, only when a tracking parameter goes: the sites put a dozen of them
  // on every link, and an untouched query is kept exactly as written.
  const params = queryParams(parts.query);
  const kept = params.filter(([key]) => keep.includes(key) || !isTrackingParam(key));
  if (kept.length === params.length) return urlOf(parts);
  return urlOf({ ...parts, query: serialiseQuery(kept) || undefined });
}

/** True for a query parameter `cleanUrl` drops (unless told to keep it): for adapters that cut a link's query once for several URLs. */
export function isTrackingParam(key: string): boolean {
  return TRACKING_PARAMS.includes(key) || key.startsWith('__cft__') || key.startsWith('__tn__') || key.startsWith('utm_');
}

/** The page's UI language from `<html lang>`; French when it says French, else English. */
export function uiLanguage(doc: Document | null | undefined): Language {
  const lang = doc?.documentElement?.getAttribute('lang') ?? '';
  return lang.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The document that owns a root (a Document is its own). */
export function ownerDocument(root: ParentNode): Document | null {
  return (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
}

/**
 * Hidden by the page: `hidden`, `aria-hidden`, `display:none` or `visibility:hidden` on the element or
 * an ancestor. Layout-free on purpose, so it also works in tests and on not-yet-painted nodes.
 */
export function isHidden(el: Element): boolean {
  return hiddenBy(el, true);
}

/**
 * Hidden by the markup alone: `hidden`, `aria-hidden` or an inline `display:none`/`visibility:hidden`
 * on the element or an ancestor. No getComputedStyle: right after the site appended comments that
 * would force a style recalculation of the page, which costs more than reading the comments.
 */
export function isHiddenByMarkup(el: Element): boolean {
  return hiddenBy(el, false);
}

function hiddenBy(el: Element, computed: boolean): boolean {
  const view = computed ? el.ownerDocument.defaultView : null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    const style = (node as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
    if (view && node === el) {
      const computed = view.getComputedStyle(node);
      if (computed.display === 'none' || computed.visibility === 'hidden') return true;
    }
  }
  return false;
}

/** Every match under `root`, `root` itself included: the watcher hands us added subtrees, which may be a comment container themselves. */
export function queryAllIncludingSelf(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  if ((root as Node).nodeType === 1 && (root as Element).matches(selector)) found.unshift(root as Element);
  return found;
}

// What `normLabel`'s rewrites touch: a curly apostrophe, an ellipsis, a space other than " ", two in a row.
const LABEL_REWRITES = /[’ʼ\u2026]|[^\S ]| {2}/u;

/** Normalised label for comparisons: lower case, curly apostrophes straightened, ellipses and spaces unified. */
export function normLabel(text: string | null | undefined): string {
  const lower = (text ?? '').toLowerCase();
  // Most labels ("reply", "14 likes") need none of the rewrites: one test instead of three passes.
  if (!LABEL_REWRITES.test(lower)) return lower.trim();
  return lower
    .replace(/[’ʼ]/gu, "'")
    .replace(/\u2026/gu, '...')
    .replace(/[\s\u00a0\u202f]+/gu, ' ')
    .trim();
}
