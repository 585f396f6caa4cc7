/**
 * Builds a 2,000-comment page for a site out of that site's real fixture: the fixture's comment
 * "units" (a top-level comment with its replies) are cloned until the page holds the wanted count,
 * each clone with fresh comment ids, authors and text so nothing dedupes and the adapter does the
 * same work it does on a real long thread. The caller checks the result by reading it back with the
 * adapter in Chromium (happy-dom's selector engine is too slow to read 2,000 comments quickly).
 */
import { Window } from 'happy-dom';
import { adapterForUrl, extractContext, type SiteAdapter } from '../../lib/sites/index';
import type { CommentInput } from '../../lib/schema/comment';
import type { Platform } from '../../lib/schema/platform';

export interface GenerateOptions {
  /** The fixture's HTML. */
  html: string;
  /** The URL the page is served under: it picks the adapter. */
  url: string;
  /** Comments (and replies) the page must hold. */
  count: number;
  /** Comment texts to cycle through. */
  texts: readonly string[];
  /** Fixed time for relative ages, so generation is reproducible. */
  now?: number;
}

export interface GeneratedPage {
  url: string;
  html: string;
  /** Comment containers placed on the page (`count`; the bench checks the adapter reads them all). */
  comments: number;
  /** Comment units in the fixture that were cloned. */
  sourceUnits: number;
}

/** Set on each cloned unit, with its comment count. */
export const UNIT_ATTRIBUTE = 'data-bench-unit';

interface Unit {
  element: Element;
  comments: CommentInput[];
}

/** Invented names: the generated pages carry no real person. */
const FIRST_NAMES = ['Aline', 'Bastien', 'Chloé', 'Dylan', 'Elsa', 'Farid', 'Gaëlle', 'Hugo', 'Imane', 'Jules', 'Kenza', 'Lucas', 'Maëlys', 'Nolan', 'Océane', 'Pierre', 'Rania', 'Sacha', 'Théo', 'Yasmine', 'Amber', 'Brody', 'Casey', 'Devin', 'Erin', 'Felix', 'Gwen', 'Harvey', 'Ivy', 'Jonah'];
const LAST_NAMES = ['Arnoux', 'Besnard', 'Carlier', 'Delorme', 'Estève', 'Fabre', 'Gilles', 'Hamon', 'Jacquet', 'Lebon', 'Marchal', 'Noël', 'Perrot', 'Quentin', 'Rivière', 'Tessier', 'Vidal', 'Ashford', 'Brennan', 'Colfax', 'Dunmore', 'Ellery', 'Fenwick', 'Garrow', 'Hollis'];

/**
 * A handle the site itself would allow: X's are letters, digits and underscores only (a dot would
 * leave the reply's permalink unreadable, as no real X link is).
 */
function inventedAuthor(serial: number, platform: Platform): { name: string; handle: string } {
  const first = FIRST_NAMES[serial % FIRST_NAMES.length] as string;
  const last = LAST_NAMES[Math.floor(serial / FIRST_NAMES.length) % LAST_NAMES.length] as string;
  const sep = platform === 'x' ? '_' : '.';
  const slug = `${first}${sep}${last}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return { name: `${first} ${last}`, handle: `${slug}${sep}${serial}` };
}

/** The deepest element containing every one of `elements`. */
function commonAncestor(elements: readonly Element[]): Element {
  const [first, ...rest] = elements;
  if (!first) throw new Error('no elements');
  for (let node = rest.length ? first.parentElement : first.parentElement; node; node = node.parentElement) {
    if (rest.every((el) => node.contains(el))) return node;
  }
  throw new Error('comments share no ancestor');
}

/** A new id of the same shape: the last long digit run renumbered, else a suffix. */
function renumber(id: string, serial: number): { from: string; to: string } {
  const runs = [...id.matchAll(/\d{9,}/g)];
  const last = runs.at(-1);
  if (last) {
    const digits = last[0];
    const fresh = digits.slice(0, digits.length - 9) + String(900_000_000 + serial).slice(-9);
    return { from: digits, to: fresh };
  }
  return { from: id, to: `${id}B${serial.toString(36)}` };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces every key of `map` in `text` in one pass (longest first, so no id eats another). */
function replaceAll(text: string, map: ReadonlyMap<string, string>): string {
  if (map.size === 0) return text;
  const keys = [...map.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return text.replace(new RegExp(keys.join('|'), 'g'), (m) => map.get(m) ?? m);
}

/** Text nodes under `el` that belong to `el` itself, not to a nested comment. */
function ownTextNodes(adapter: SiteAdapter, el: Element): Text[] {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (adapter.commentElementOf(node) === el) nodes.push(node as Text);
  }
  return nodes;
}

class Varier {
  private serial = 0;
  private textIndex = 0;
  constructor(
    private readonly adapter: SiteAdapter,
    private readonly texts: readonly string[],
  ) {}

  /** Fresh ids, authors and texts for one cloned unit; `originals` are its comments in order. */
  vary(clone: Element, originals: readonly CommentInput[]): void {
    const serial = this.serial++;
    const ids = new Map<string, string>();
    const names = new Map<string, string>();
    const handles = new Map<string, string>();
    originals.forEach((c, k) => {
      const { from, to } = renumber(c.id, serial * 32 + k);
      ids.set(from, to);
      if (from !== encodeURIComponent(from)) ids.set(encodeURIComponent(from), encodeURIComponent(to));
      if (c.isOwnBrand || names.has(c.author.name)) return;
      const invented = inventedAuthor(serial * 7 + names.size, this.adapter.platform);
      // Instagram shows the handle as the name: keep them equal there.
      const sameAsHandle = c.author.handle === c.author.name;
      names.set(c.author.name, sameAsHandle ? invented.handle : invented.name);
      if (c.author.handle) handles.set(c.author.handle, invented.handle);
    });
    const attributeMap = new Map([...ids, ...names, ...[...handles].map(([a, b]) => [`/${a}`, `/${b}`] as const)]);

    for (const el of [clone, ...clone.querySelectorAll('*')]) {
      for (const attr of Array.from(el.attributes)) {
        const next = replaceAll(attr.value, attributeMap);
        if (next !== attr.value) el.setAttribute(attr.name, next);
      }
    }

    const commentEls = this.adapter.findCommentElements(clone);
    commentEls.forEach((el, k) => {
      const original = originals[k];
      if (!original) return;
      const own = ownTextNodes(this.adapter, el);
      for (const node of own) {
        const name = names.get((node.data ?? '').trim());
        if (name) node.data = node.data.replace((node.data ?? '').trim(), name);
      }
      // The body: the longest own text node that is part of the comment's text.
      const body = own
        .filter((n) => n.data.trim().length >= 6 && original.text.includes(n.data.trim()) && !names.has(n.data.trim()))
        .sort((a, b) => b.data.length - a.data.length)[0];
      if (body) body.data = this.texts[this.textIndex++ % this.texts.length] as string;
    });
  }
}

/** A page of `count` comments built from the fixture `html`, verified by reading it back. */
export function generateCommentPage(options: GenerateOptions): GeneratedPage {
  const adapter = adapterForUrl(options.url);
  if (!adapter) throw new Error(`No adapter for ${options.url}`);
  const window = new Window({ url: options.url });
  try {
    const doc = window.document as unknown as Document;
    doc.write(options.html);
    const ctx = extractContext(adapter, doc, options.url, options.now);
    const all = adapter.findCommentElements(doc);
    const topLevel = all.filter((el) => adapter.parentCommentElement(el) === null);
    if (topLevel.length === 0) throw new Error('the fixture has no comment to clone');
    const container = topLevel.length > 1 ? commonAncestor(topLevel) : (topLevel[0]?.parentElement as Element);

    const units: Unit[] = [];
    for (const child of Array.from(container.children)) {
      const inside = all.filter((el) => child.contains(el));
      const comments = inside.map((el) => adapter.readComment(el, ctx));
      if (inside.length === 0 || comments.some((c) => !c)) continue;
      units.push({ element: child, comments: comments as CommentInput[] });
    }
    if (units.length === 0) throw new Error('no readable comment unit in the fixture');

    const varier = new Varier(adapter, options.texts);
    const anchor = units.at(-1)?.element.nextSibling ?? null;
    let total = all.length;
    for (let i = 0; total < options.count; i++) {
      const remaining = options.count - total;
      let unit = units[i % units.length] as Unit;
      if (unit.comments.length > remaining) {
        const fitting = units.filter((u) => u.comments.length <= remaining).sort((a, b) => b.comments.length - a.comments.length)[0];
        if (!fitting) break;
        unit = fitting;
      }
      const clone = unit.element.cloneNode(true) as Element;
      varier.vary(clone, unit.comments);
      // Marks the clones for the lazy-loading variant (see lazyLoadingScript).
      clone.setAttribute(UNIT_ATTRIBUTE, String(unit.comments.length));
      container.insertBefore(clone, anchor);
      total += unit.comments.length;
    }

    if (total !== options.count) throw new Error(`could only fill ${total} of ${options.count} comments from the fixture's units`);
    return { url: options.url, html: '<!doctype html>\n' + doc.documentElement.outerHTML, comments: total, sourceUnits: units.length };
  } finally {
    void window.happyDOM.close();
  }
}

/**
 * The page's own infinite scroll, as the sites do it: only the first `1/batches` of the cloned
 * units are in the page at load; each time the reader nears the bottom the next batch is
 * appended. `window.__benchPending()` tells how many units are still held back, and
 * `window.__benchUnits` gives the bench the held-back units and a way to append the next batch.
 */
export function withLazyLoading(html: string, batches = 20): string {
  const script = `<script>
(() => {
  const units = Array.from(document.querySelectorAll('[${UNIT_ATTRIBUTE}]'));
  if (units.length === 0) return;
  const size = Math.ceil(units.length / ${batches});
  const parked = units.slice(size);
  const parent = units[0].parentNode;
  const after = units[units.length - 1].nextSibling;
  for (const unit of parked) unit.remove();
  const appendBatch = () => {
    const units = parked.splice(0, size);
    const batch = document.createDocumentFragment();
    batch.append(...units);
    parent.insertBefore(batch, after);
    return units;
  };
  window.__benchPending = () => parked.length;
  window.__benchUnits = { parked, appendBatch };
  addEventListener('scroll', () => {
    if (parked.length === 0) return;
    if (scrollY < document.documentElement.scrollHeight - innerHeight * 2) return;
    appendBatch();
  }, { passive: true });
})();
</script>`;
  const at = html.lastIndexOf('</body>');
  return at === -1 ? html + script : html.slice(0, at) + script + html.slice(at);
}
