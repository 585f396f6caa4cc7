import type { Comment } from '../schema/comment';
import { isPlainHttpUrl } from './url';

/**
 * A zod-free mirror of `CommentSchema` for the content scripts. zod is ~100 KB in a bundle, and the
 * content scripts run on every page of four busy sites: they check comments with this instead, and
 * the receivers (background, panel) parse with the real schema. tests/sites/comment-check.test.ts
 * holds the two to the same verdict on every fixture comment and on crafted bad ones.
 */
/**
 * zod's `iso.datetime({ offset: true })`, the same pattern: a real calendar day (leap years by the
 * Gregorian rule on the four digits, year 0000 included), seconds required, optional fraction, Z or ±hh:mm.
 */
const DATE = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))`;
const ISO_DATE = new RegExp(String.raw`^${DATE}T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$`);

const isIsoDate = (value: unknown): boolean => typeof value === 'string' && ISO_DATE.test(value);

const NOT_A_URL = Symbol('not a URL');

/**
 * Plain URLs already accepted as written: every comment of a thread carries the same post URL, and
 * an author's profile comes back with each of their comments. The verdict depends on the string
 * alone; the set is emptied when full, so it never grows with the page.
 */
const plainSeen = new Set<string>();
const PLAIN_SEEN_MAX = 512;

/**
 * `HttpUrlSchema` (zod's `url({ protocol: /^https?$/ })`): the value trimmed, written with `http://`
 * or `https://` (no `https:example.com`), parseable, with an http(s) protocol; what it gives back is
 * the trimmed value without tabs and line breaks. NOT_A_URL when zod would reject it.
 */
function httpUrl(value: unknown): string | typeof NOT_A_URL {
  if (typeof value !== 'string') return NOT_A_URL;
  if (plainSeen.has(value)) return value;
  const trimmed = value.trim();
  // What the adapters produce is plain (lib/sites/url.ts): parseable and http(s) as written.
  if (isPlainHttpUrl(trimmed)) {
    if (trimmed === value) {
      if (plainSeen.size >= PLAIN_SEEN_MAX) plainSeen.clear();
      plainSeen.add(value);
    }
    return trimmed;
  }
  if (!/^https?:\/\//i.test(trimmed)) return NOT_A_URL;
  // Starting with http(s)://, a text the parser accepts is an http(s) URL.
  try {
    void new URL(trimmed);
  } catch {
    return NOT_A_URL;
  }
  return trimmed.replace(/[\t\n\r]/g, '');
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isNonEmpty = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
/** zod's `number().int().nonnegative()`: a safe integer (|n| < 2^53), not merely a whole number. */
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const ATTACHMENT_KINDS = ['sticker', 'gif', 'photo', 'video', 'link'];
const UNREAD_FIELDS = ['author', 'profile', 'text', 'date', 'id', 'likes'];

/** Thrown inside `checkComment` when a field fails: the whole comment is rejected. */
class Rejected extends Error {}

interface Field {
  optional?: boolean;
  read: (v: unknown) => unknown;
}
/** A schema's fields in its order, listed once (not once per comment checked). */
type Fields = ReadonlyArray<readonly [string, Field]>;
const fields = (spec: Record<string, Field>): Fields => Object.entries(spec);

/**
 * Builds the parsed object the way zod does: only the schema's keys, in its order, optional ones
 * only when present, each checked (and, for URLs, normalised).
 */
function pick(source: Record<string, unknown>, fields: Fields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < fields.length; i++) {
    const [key, field] = fields[i]!;
    const value = source[key];
    if (value === undefined) {
      if (!field.optional) throw new Rejected(key);
      if (key in source) out[key] = undefined;
      continue;
    }
    out[key] = field.read(value);
  }
  return out;
}

const check = (test: (v: unknown) => boolean) => (v: unknown) => {
  if (!test(v)) throw new Rejected();
  return v;
};
const url = (v: unknown) => {
  const parsed = httpUrl(v);
  if (parsed === NOT_A_URL) throw new Rejected();
  return parsed;
};
const object = (spec: Record<string, Field>) => {
  const listed = fields(spec);
  return (v: unknown) => {
    if (!isObject(v)) throw new Rejected();
    return pick(v, listed);
  };
};

const COMMENT_FIELDS = fields({
  platform: { read: check((v) => ['facebook', 'linkedin', 'instagram', 'x'].includes(v as string)) },
  id: { read: check(isNonEmpty) },
  author: {
    read: object({
      name: { read: check(isNonEmpty) },
      handle: { optional: true, read: check(isNonEmpty) },
      profileUrl: { optional: true, read: url },
      verified: { read: check((v) => typeof v === 'boolean') },
      followers: { optional: true, read: check(isCount) },
      headline: { optional: true, read: check(isText) },
    }),
  },
  text: { read: check(isText) },
  truncated: { optional: true, read: check((v) => typeof v === 'boolean') },
  textLength: { optional: true, read: check(isCount) },
  createdAt: { optional: true, read: check(isIsoDate) },
  likes: { optional: true, read: check(isCount) },
  replies: { optional: true, read: check(isCount) },
  permalink: { optional: true, read: url },
  parentId: { optional: true, read: check(isNonEmpty) },
  postUrl: { read: url },
  isOwnBrand: { optional: true, read: check((v) => typeof v === 'boolean') },
  attachment: {
    optional: true,
    read: object({
      kind: { read: check((v) => ATTACHMENT_KINDS.includes(v as string)) },
      label: { optional: true, read: check(isText) },
      url: { optional: true, read: url },
    }),
  },
  statedDate: { optional: true, read: object({ text: { read: check(isNonEmpty) }, withinMs: { read: check(isCount) } }) },
  unread: { optional: true, read: check((v) => Array.isArray(v) && v.every((f) => UNREAD_FIELDS.includes(f as string))) },
  reader: { optional: true, read: check((v) => v === 'generic') },
});

/** The comment as `CommentSchema` would parse it (defaults applied, unknown keys dropped, URLs trimmed), else undefined. */
export function checkComment(raw: unknown): Comment | undefined {
  if (!isObject(raw)) return undefined;
  try {
    const parsed = pick(raw, COMMENT_FIELDS);
    if (parsed.truncated === undefined) parsed.truncated = false;
    return parsed as Comment;
  } catch (error) {
    if (error instanceof Rejected) return undefined;
    throw error;
  }
}
