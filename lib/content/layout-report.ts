import type { Comment } from '../schema/comment';
import type { LayoutReport } from '../schema/layout-report';
import type { PageHealth } from '../schema/page';
import { hashString } from '../sites/id';
import { platformOfHost } from '../sites/hosts';
import type { SiteAdapter } from '../sites/types';

/**
 * "Report this page's layout" (issue 12, item 7): an anonymised snapshot of the thread a page shows,
 * for a bug report and, through `npm run fixture:import`, a test fixture.
 *
 * Kept: every tag, attribute name, class, role, data-testid, the nesting, aria-labels (with the
 * names, handles and texts they hold replaced), link *shapes* (route words such as `status`, `p`,
 * `c`, `comment_id`, `urn:li:comment`), short labels that are the site's own chrome (text of buttons
 * and `<time>`, "2 h", "1,2 k", "41.962 Mi piace").
 * Replaced: names ("Person 1") and handles ("user1") wherever they appear; every other text, letter by
 * letter ("Xxxx xx xxxxx"); ids, codes and other path segments by look-alikes of the same shape, the
 * same everywhere in the report so a reply still points at its parent; hosts other than the site's by
 * example.com; images by a 1-pixel placeholder; digit runs of 5 or more (ids, order and phone
 * numbers) by other digits. Dropped: scripts, styles, event handlers, HTML comments, form values.
 *
 * Bounded (elements and characters) and written in slices that give the page back its thread
 * between them, so even a 2,000-comment thread never freezes the tab.
 */

export const LAYOUT_REPORT_LIMITS = { maxElements: 25_000, maxChars: 2_500_000, sliceElements: 800 } as const;

export interface LayoutReportOptions {
  adapter: SiteAdapter;
  document: Document;
  /** The page URL (the tab's location). */
  url: string;
  /** What was read on the page: their names, handles and texts are scrubbed wherever they appear. */
  comments: readonly Comment[];
  health: PageHealth;
  now?: number;
  maxElements?: number;
  maxChars?: number;
  sliceElements?: number;
  /** Gives the page its thread back between slices; default a zero-delay timer. */
  yieldToPage?: () => Promise<void>;
  /** Seed of the look-alike ids; random by default so ids cannot be guessed back from a report. */
  salt?: string;
}

/** A 1×1 transparent GIF: every image of the report. */
export const IMAGE_PLACEHOLDER = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** Path segments and query keys that are the sites' routes, not someone's name or id. */
const ROUTE_WORDS = new Set(
  [
    'p', 'c', 'r', 'reel', 'reels', 'tv', 'status', 'statuses', 'photo', 'photos', 'video', 'videos', 'posts', 'post', 'permalink.php', 'profile.php',
    'story.php', 'photo.php', 'groups', 'watch', 'feed', 'update', 'in', 'company', 'school', 'showcase', 'pulse', 'comments', 'comment', 'search',
    'notifications', 'mentions', 'i', 'web', 'explore', 'tags', 'stories', 'hashtag', 'analytics', 'likes', 'retweets', 'quotes', 'with_replies',
    'media', 'people', 'reactions', 'events', 'pages', 'pg', 'share', 'activity', 'embed', 'home', 'user', 'u', 'l.php', 'recent-activity', 'all',
    'top', 'latest', 'live', 'hashtags', 'verified_followers', 'followers', 'following', 'about', 'detail', 'id', 'comment_id', 'reply_comment_id',
    'story_fbid', 'fbid', 'set', 'type', 'src', 'ref', 'q', 'f', 'lang', 'hl', 'img_index', 'dashcommenturn', 'commenturn', 'replyurn', 'miniprofileurn',
    'urn', 'li', 'ugcpost', 'fsd_comment', 'fsd_profile', 'fs_miniprofile', 'member', 'organization', 'fsd_company', 'share', 'sharing', 'ad',
  ].map((w) => w.toLowerCase()),
);
const DROPPED_ELEMENTS = new Set(['script', 'noscript', 'style', 'template', 'link', 'meta', 'base', 'object', 'embed', 'frame']);
const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'source', 'track', 'wbr', 'param']);
const URL_ATTRIBUTES = new Set(['href', 'action', 'formaction', 'cite', 'xlink:href', 'data-href', 'data-url', 'data-permalink']);
const IMAGE_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'data-src', 'data-srcset', 'background', 'imagesrcset']);
const DROPPED_ATTRIBUTES = new Set(['nonce', 'integrity', 'value', 'autocomplete', 'ping']);
/** Attributes people can write into (labels, alt text): names and texts replaced, long ones masked. */
const LABEL_ATTRIBUTES = new Set(['aria-label', 'alt', 'title', 'aria-description', 'aria-roledescription', 'placeholder', 'aria-placeholder', 'aria-valuetext', 'content', 'label']);
/** Text of these (not inside a link) is the site's chrome: "Répondre", "Voir les 12 réponses". */
const CHROME_SELECTOR = 'button, [role="button"], [role="tab"], [role="menuitem"], [role="option"], summary, time, label';
const MAX_ATTRIBUTE = 4_000;
/** Longest the report works without giving the page its thread back (ms). */
const SLICE_MS = 12;

/**
 * Words the four sites print around comments in French, English, Portuguese, Spanish, German and
 * Italian ("Replying to", "Auteur", "Voir la traduction"): the adapters read some of them, so a
 * fixture made from a report must keep them. A text starting with one of them, followed by at most
 * a few words, is kept (after names are replaced).
 */
const UI_PHRASES = new RegExp(
  `^(${[
    'replying to', 'en réponse à', 'in risposta a', 'en respuesta a', 'em resposta a', 'antwort an',
    'reply', 'répondre', 'responder', 'antworten', 'rispondi', 'replies', 'réponses', 'respuestas', 'respostas', 'risposte',
    'like', "j'aime", 'j’aime', 'curtir', 'me gusta', 'gefällt mir', 'mi piace', 'likes', 'curtidas', 'reactions', 'réactions',
    'author', 'auteur', 'autor', 'autore', 'top fan', 'fan principal', 'edited', 'modifié', 'bearbeitet', 'editado', 'modificato',
    'verified', 'vérifié', 'verificado', 'verificada', 'verifiziert', 'verifiziertes profil', 'verificato', 'verified profile', 'profil vérifié', 'perfil verificado', 'profilo verificato',
    'see more', 'voir plus', 'ver mais', 'ver más', 'mehr anzeigen', 'altro', 'mostra altro', 'afficher plus', 'show more', '…more', '…plus', '... more',
    'see translation', 'voir la traduction', 'ver tradução', 'ver traducción', 'übersetzung anzeigen', 'visualizza traduzione', 'translate', 'traduire',
    'view', 'voir', 'ver', 'afficher', 'show', 'hide', 'masquer', 'ocultar', 'ausblenden', 'nascondi', 'mostra', 'view all', 'voir les', 'afficher les',
    'follow', 'suivre', 'seguir', 'folgen', 'segui', 'more replies', 'autres réponses', 'most relevant', 'plus pertinents', 'all comments', 'tous les commentaires',
    'probable spam', 'discover more', 'découvrir plus', 'quote', 'citer', 'repost', 'reposter', 'share', 'partager', 'send', 'envoyer', 'post', 'publier',
  ].map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})(?![\\p{L}])`,
  'u',
);

const UI_FILLERS = new Set(
  ('all les la le des de du the a as os todas todos die alle tutte tutti i more autres previous précédentes weitere altre más mais mehr ' +
    'replies reply réponses réponse respuestas respostas respuesta resposta antworten antwort risposte risposta comments commentaires comentários comentarios kommentare commenti ' +
    'translation traduction tradução traducción übersetzung traduzione anzeigen original originale').split(' '),
);

function isUiPhrase(text: string): boolean {
  const lower = text.toLowerCase();
  const match = UI_PHRASES.exec(lower);
  if (!match) return false;
  // What follows may only be counts, handles and the words around counts ("View all 12 replies"),
  // never someone's words: "Post arrived broken" is a comment, not a control.
  const rest = lower.slice(match[0].length).trim().split(/\s+/u).filter(Boolean);
  return rest.length <= 5 && rest.every((word) => /\d|^[@(·•|]/u.test(word) || UI_FILLERS.has(word.replace(/[():.,…]/gu, '')));
}

/** A number-bearing label: "2 h", "1,2 k", "12 mil curtidas", "41.962 Mi piace", "3 sem." */
function isCountLabel(text: string): boolean {
  if (text.length > 32 || !/^[\d+(]/u.test(text)) return false;
  const words = text.split(/\s+/u).filter((w) => !/\d/u.test(w));
  return words.length <= 3 && words.every((w) => w.length <= 12);
}

function escapeText(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/\u00a0/gu, '&nbsp;');
}
function escapeAttribute(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/\u00a0/gu, '&nbsp;');
}
/** Letters become x/X (accents and scripts included), digits stay (long runs are scrambled apart). */
function maskLetters(text: string): string {
  return text.replace(/\p{L}/gu, (ch) => (ch === ch.toLowerCase() ? 'x' : 'X'));
}

/**
 * The report's replacement tables: names and handles to placeholders, ids and codes to look-alikes.
 * Every replacement is remembered, so the same id becomes the same look-alike everywhere.
 */
export class Scrubber {
  private readonly names = new Map<string, string>();
  private readonly handles = new Map<string, string>();
  private readonly lookAlikes = new Map<string, string>();
  private readonly texts = new Set<string>();
  private index: Map<string, Array<{ lower: string; replacement?: string; at: boolean }>> | undefined;
  private externalLinks = 0;

  constructor(private readonly salt: string) {}

  addName(name: string): void {
    const key = name.trim();
    if (key.length < 2 || !/\p{L}/u.test(key) || this.names.has(key) || this.handles.has(key.toLowerCase())) return;
    this.names.set(key, `Person ${this.names.size + 1}`);
    this.index = undefined;
  }

  addHandle(handle: string): void {
    const key = handle.trim().replace(/^@/u, '').toLowerCase();
    if (key.length < 2 || this.handles.has(key) || ROUTE_WORDS.has(key)) return;
    this.handles.set(key, `user${this.handles.size + 1}`);
    this.index = undefined;
  }

  /** A comment's text, scrubbed from labels where a site repeats it (LinkedIn, X's aria-labels). */
  addText(text: string): void {
    // Bounded: texts are looked for in every label; a long thread's first lines are enough to catch
    // a site that repeats comment texts in labels.
    for (const line of text.split('\n')) if (line.trim().length >= 8 && this.texts.size < 400) this.texts.add(line.trim());
    this.index = undefined;
  }

  nameOf(text: string): string | undefined {
    const key = text.trim();
    const handle = this.handles.get(key.replace(/^@/u, '').toLowerCase());
    if (handle) return key.startsWith('@') ? `@${handle}` : handle;
    return this.names.get(key);
  }

  /** The same-shaped stand-in for an id, code or unknown segment: letters for letters, digits for digits. */
  lookAlike(token: string): string {
    const known = this.lookAlikes.get(token);
    if (known) return known;
    let state = Number.parseInt(hashString(token, 0x5eed ^ this.salt.length).slice(0, 8), 36) ^ Number.parseInt(hashString(this.salt).slice(0, 6), 36);
    const next = (mod: number): number => {
      state = (Math.imul(state ^ (state >>> 15), 2246822519) + 0x9e3779b9) | 0;
      return ((state >>> 0) % mod + mod) % mod;
    };
    let out = '';
    for (let i = 0; i < token.length; i++) {
      const ch = token[i] as string;
      if (ch >= '0' && ch <= '9') out += i === 0 && ch !== '0' ? String(1 + next(9)) : String(next(10));
      else if (ch >= 'a' && ch <= 'z') out += String.fromCharCode(97 + next(26));
      else if (ch >= 'A' && ch <= 'Z') out += String.fromCharCode(65 + next(26));
      else if (/\p{L}/u.test(ch)) out += 'x';
      else out += ch;
    }
    // Never the original by chance (a one-letter token can map to itself).
    if (out === token && /[\p{L}\d]/u.test(token)) out = out.replace(/[\p{L}\d]/u, (c) => (/\d/u.test(c) ? String((Number(c) + 1) % 10) : c === 'x' ? 'y' : 'x'));
    this.lookAlikes.set(token, out);
    return out;
  }

  /** Digit runs of 5 or more (ids, order and phone numbers) by look-alikes, the same everywhere. */
  scrambleDigits(text: string): string {
    return text.replace(/\d{5,}/gu, (run) => this.lookAlike(run));
  }

  /** Known names, handles and comment texts inside a free string, longest first. */
  replaceKnown(text: string): string {
    if (this.names.size + this.handles.size + this.texts.size === 0) return text;
    const index = this.index ?? (this.index = this.buildIndex());
    // One pass over the words: at each word, the known strings starting with it, longest first. (A
    // single alternation of 2,000 names cost seconds of main thread on a giveaway thread.)
    const lower = text.toLowerCase();
    let out = '';
    let last = 0;
    for (const match of lower.matchAll(/[\p{L}\d]+/gu)) {
      const at = match.index;
      if (at < last) continue;
      const entries = index.get(match[0]);
      if (!entries) continue;
      for (const entry of entries) {
        const start = entry.at ? at - 1 : at;
        if (start < last || !lower.startsWith(entry.lower, start)) continue;
        const end = start + entry.lower.length;
        if (/[\p{L}\d]/u.test(lower.charAt(end)) || (start > 0 && /[\p{L}\d]/u.test(lower.charAt(start - 1)))) continue;
        out += text.slice(last, start) + (entry.replacement ?? maskLetters(text.slice(start, end)));
        last = end;
        break;
      }
    }
    return last === 0 ? text : out + text.slice(last);
  }

  /** Known strings by their first word (lower-cased); `at` for a handle written "@handle". */
  private buildIndex(): Map<string, Array<{ lower: string; replacement?: string; at: boolean }>> {
    const index = new Map<string, Array<{ lower: string; replacement?: string; at: boolean }>>();
    const add = (value: string, replacement: string | undefined, at = false): void => {
      const lower = value.toLowerCase();
      const first = /[\p{L}\d]+/u.exec(lower)?.[0];
      if (!first || !lower.startsWith(first)) return;
      const list = index.get(first) ?? [];
      list.push({ lower: at ? `@${lower}` : lower, ...(replacement !== undefined ? { replacement: at ? `@${replacement}` : replacement } : {}), at });
      index.set(first, list);
    };
    for (const text of this.texts) add(text, undefined);
    for (const [name, placeholder] of this.names) add(name, placeholder);
    for (const [handle, placeholder] of this.handles) {
      add(handle, placeholder, true);
      add(handle, placeholder);
    }
    for (const list of index.values()) list.sort((a, b) => b.lower.length - a.lower.length);
    return index;
  }


  /** A label (aria-label, alt, title): names and texts replaced, URLs scrubbed, a long one masked. */
  label(value: string, base: string): string {
    let out = this.scrambleDigits(this.replaceKnown(value)).replace(/https?:\/\/[^\s"'<>]+/gu, (u) => this.url(u, base));
    if (out.length > 140) out = maskLetters(out);
    return out;
  }

  /** A link target of the same shape: the site's routes kept, names, ids and codes replaced. */
  url(raw: string, base: string): string {
    const trimmed = raw.trim();
    // A fragment names an element of the page itself (an icon sprite, a heading): nothing personal.
    if (trimmed === '' || trimmed.startsWith('#')) return trimmed;
    let parsed: URL;
    try {
      parsed = new URL(trimmed, base);
    } catch {
      return '#';
    }
    if (parsed.protocol === 'mailto:') return 'mailto:someone@example.com';
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '#';
    if (!platformOfHost(parsed.hostname)) return `https://example.com/link-${this.lookAlike(`link:${parsed.href}`).replace(/[^a-z0-9]/giu, '').slice(0, 10) || ++this.externalLinks}`;
    const path = parsed.pathname
      .split('/')
      .map((segment) => this.segment(decodeURIComponentSafe(segment)))
      .join('/');
    const query = [...parsed.searchParams.entries()]
      .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(ROUTE_WORDS.has(value.toLowerCase()) ? value : this.segment(value))}`)
      .join('&');
    const relative = !/^[a-z]+:/iu.test(trimmed) && !trimmed.startsWith('//');
    const origin = relative ? '' : parsed.origin;
    return `${origin}${path}${query ? `?${query}` : ''}`;
  }

  private segment(segment: string): string {
    if (segment === '' || ROUTE_WORDS.has(segment.toLowerCase())) return segment;
    const handle = this.handles.get(segment.replace(/^@/u, '').toLowerCase());
    if (handle) return handle;
    // LinkedIn URNs: urn:li:comment:(activity:7250…,7251…) keeps its words, its numbers change.
    if (segment.includes(':')) return segment.replace(/[\p{L}\d_-]+/gu, (part) => (/\d/u.test(part) || part.length > 14 ? this.lookAlike(part) : part));
    return this.lookAlike(segment);
  }
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The element whose subtree the report keeps: around the comments the adapter finds, or the main column. */
export function reportRoot(adapter: SiteAdapter, doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  let comments: Element[];
  try {
    comments = adapter.findCommentElements(doc);
  } catch {
    comments = [];
  }
  let common: Element | null = comments[0] ?? null;
  for (const el of comments.slice(1)) {
    while (common && !common.contains(el)) common = common.parentElement;
  }
  if (common && comments.length === 1) common = common.parentElement;
  const column = '[role="dialog"], [role="main"], main';
  if (common) return common.closest(column) ?? body;
  return doc.querySelector(column) ?? body;
}

/** The path of a URL-like profile link: `/camilled`, `/in/camille-d/`, `/company/x/`, `/profile.php?id=…`. */
function profileHandleOfLink(href: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if (!platformOfHost(url.hostname)) return undefined;
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts.length === 1 && !ROUTE_WORDS.has((parts[0] as string).toLowerCase())) return parts[0];
  if (parts.length === 2 && ['in', 'company', 'school', 'showcase'].includes((parts[0] as string).toLowerCase())) return parts[1];
  if (parts[0] === 'profile.php') return url.searchParams.get('id') ?? undefined;
  return undefined;
}

/**
 * Names the page shows in profile links, even when the adapter could not read the comments (a layout
 * it does not know is exactly when a report is made): each link to a profile gives a handle, and its
 * texts are names — unless the same text sits in links to three or more profiles (site chrome such
 * as "Verified Profile" or "•").
 */
async function collectProfileNames(root: Element, base: string, scrubber: Scrubber, limit: number, yieldToPage: () => Promise<void>): Promise<void> {
  const targets = new Map<string, Set<string>>();
  const links = root.querySelectorAll('a[href]');
  const count = Math.min(links.length, limit);
  for (let i = 0; i < count; i++) {
    if (i > 0 && i % 400 === 0) await yieldToPage();
    const link = links[i] as Element;
    const handle = profileHandleOfLink(link.getAttribute('href') ?? '', base);
    if (!handle) continue;
    scrubber.addHandle(handle);
    const texts = [link.textContent ?? '', ...Array.from(link.querySelectorAll('*'), (el) => (el.childElementCount === 0 ? el.textContent ?? '' : ''))];
    for (const text of texts) {
      const key = text.trim();
      if (key.length < 2 || key.length > 80 || isCountLabel(key) || isUiPhrase(key)) continue;
      let set = targets.get(key);
      if (!set) targets.set(key, (set = new Set()));
      set.add(handle.toLowerCase());
    }
  }
  for (const [text, handles] of targets) if (handles.size < 3) scrubber.addName(text);
}

/**
 * Short texts printed three times or more (a "Reply" link under each comment, "Auteur", "·"): the
 * site's chrome, not anyone's words. Names already known are not chrome, however often they appear.
 */
function repeatedShortTexts(root: Element, scrubber: Scrubber, limit: number): Set<string> {
  const counts = new Map<string, number>();
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < limit; node = walker.nextNode(), seen++) {
    const text = (node as Text).data.trim();
    if (text.length === 0 || text.length > 24 || text.split(/\s+/u).length > 3) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [text, n] of counts) if (n >= 3 && !scrubber.nameOf(text)) out.add(text);
  return out;
}

function randomSalt(): string {
  const bytes = new Uint32Array(2);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (n) => n.toString(36)).join('');
}

/** Build the anonymised report of the page's thread. */
export async function buildLayoutReport(options: LayoutReportOptions): Promise<LayoutReport> {
  const { adapter, document: doc, url } = options;
  const maxElements = options.maxElements ?? LAYOUT_REPORT_LIMITS.maxElements;
  const maxChars = options.maxChars ?? LAYOUT_REPORT_LIMITS.maxChars;
  const slice = options.sliceElements ?? LAYOUT_REPORT_LIMITS.sliceElements;
  const yieldToPage = options.yieldToPage ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const scrubber = new Scrubber(options.salt ?? randomSalt());

  for (const comment of options.comments) {
    if (comment.author.handle) scrubber.addHandle(comment.author.handle);
    scrubber.addName(comment.author.name);
    if (comment.text) scrubber.addText(comment.text);
  }
  // Each pass gives the page its thread back before the next (a 2,000-comment thread).
  const root = reportRoot(adapter, doc);
  await yieldToPage();
  await collectProfileNames(root, url, scrubber, maxElements, yieldToPage);
  await yieldToPage();
  const repeated = repeatedShortTexts(root, scrubber, maxElements * 2);
  await yieldToPage();

  const out: string[] = [];
  let chars = 0;
  let elements = 0;
  let truncated = false;
  const push = (s: string): void => {
    out.push(s);
    chars += s.length;
  };

  const openTag = (el: Element): string => {
    const tag = el.localName;
    let s = `<${tag}`;
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || DROPPED_ATTRIBUTES.has(name)) continue;
      let value = attr.value;
      if (URL_ATTRIBUTES.has(name)) value = scrubber.url(value, url);
      else if (IMAGE_ATTRIBUTES.has(name)) value = name.includes('srcset') ? `${IMAGE_PLACEHOLDER} 1x` : IMAGE_PLACEHOLDER;
      else if (name === 'style') value = value.replace(/url\([^)]*\)/giu, `url(${IMAGE_PLACEHOLDER})`);
      else if (LABEL_ATTRIBUTES.has(name)) value = scrubber.label(value, url);
      else if (name !== 'class' && name !== 'role' && name !== 'd' && name !== 'viewbox') value = scrubber.scrambleDigits(scrubber.replaceKnown(value)).replace(/https?:\/\/[^\s"'<>]+/gu, (u) => scrubber.url(u, url));
      if (value.length > MAX_ATTRIBUTE) value = value.slice(0, MAX_ATTRIBUTE);
      s += value === '' ? ` ${attr.name}` : ` ${attr.name}="${escapeAttribute(value)}"`;
    }
    return `${s}>`;
  };

  const text = (node: Text): string => {
    const raw = node.data;
    const trimmed = raw.trim();
    if (trimmed === '') return raw.includes('\n') ? '\n' : raw;
    const parent = node.parentElement;
    const name = scrubber.nameOf(trimmed);
    if (name) return raw.replace(trimmed, name);
    if (parent?.closest('[contenteditable], textarea')) return maskLetters(scrubber.scrambleDigits(raw));
    if (isCountLabel(trimmed)) return scrubber.scrambleDigits(raw);
    if (trimmed.length <= 48 && (isUiPhrase(trimmed) || repeated.has(trimmed))) return scrubber.scrambleDigits(scrubber.replaceKnown(raw));
    const chrome = parent?.closest(CHROME_SELECTOR);
    const link = parent?.closest('a[href]');
    if (chrome && !link && trimmed.length <= 60) {
      return scrubber.scrambleDigits(scrubber.replaceKnown(raw));
    }
    if (parent?.closest('time') && trimmed.length <= 40) return scrubber.scrambleDigits(scrubber.replaceKnown(raw));
    return maskLetters(scrubber.scrambleDigits(scrubber.replaceKnown(raw)));
  };

  // The chain from <body> down to the root: tags and attributes only, so selectors that look up
  // (a dialog, an article, a feed) still match the fixture.
  const chain: Element[] = [];
  for (let el: Element | null = root.parentElement; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) chain.unshift(el);
  const lang = doc.documentElement.getAttribute('lang') ?? '';
  push(`<!doctype html>\n<html${lang ? ` lang="${escapeAttribute(lang)}"` : ''}${doc.documentElement.getAttribute('dir') ? ` dir="${escapeAttribute(doc.documentElement.getAttribute('dir') ?? '')}"` : ''}>\n`);
  push(`<head><meta charset="utf-8"><title>${escapeText(maskLetters(scrubber.replaceKnown(doc.title)))}</title></head>\n`);
  push(root === doc.body ? '' : '<body>\n');
  for (const el of chain) push(openTag(el));

  // Iterative walk: a 1,500-deep page must not overflow the stack.
  type Frame = { node: Node; closing?: string };
  const stack: Frame[] = [{ node: root }];
  let sinceYield = 0;
  let sliceStart = Date.now();
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.closing !== undefined) {
      push(frame.closing);
      continue;
    }
    const node = frame.node;
    if (node.nodeType === 3) {
      push(escapeText(text(node as Text)));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName;
    if (DROPPED_ELEMENTS.has(tag)) continue;
    if (elements >= maxElements || chars >= maxChars) {
      truncated = true;
      continue;
    }
    elements++;
    // A slice ends after `slice` elements or about a frame's time, whichever comes first.
    if (++sinceYield >= slice || (sinceYield % 25 === 0 && Date.now() - sliceStart > SLICE_MS)) {
      sinceYield = 0;
      sliceStart = Date.now();
      await yieldToPage();
    }
    if (tag === 'iframe') {
      push('<iframe src="about:blank"></iframe>');
      continue;
    }
    push(tag === 'body' ? '<body>' : openTag(el));
    if (VOID_ELEMENTS.has(tag)) continue;
    if (tag === 'textarea' || tag === 'select') {
      push(`</${tag}>`);
      continue;
    }
    stack.push({ node: el, closing: `</${tag}>` });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Node });
  }
  for (let i = chain.length - 1; i >= 0; i--) push(`</${(chain[i] as Element).localName}>`);
  push(root === doc.body ? '\n</html>\n' : '\n</body>\n</html>\n');

  return {
    format: 'riposte-layout-report',
    version: 1,
    platform: adapter.platform,
    url: scrubber.url(url, url),
    lang,
    capturedAt: new Date(options.now ?? Date.now()).toISOString(),
    reading: { status: options.health.status, comments: options.comments.length, unreadable: options.health.unreadable },
    elements,
    truncated,
    html: out.join(''),
  };
}
