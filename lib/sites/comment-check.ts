import type { Comment } from '../schema/comment';

/**
 * A zod-free mirror of `CommentSchema` for the content scripts. zod is ~100 KB in a bundle, and the
 * content scripts run on every page of four busy sites: they check comments with this instead, and
 * the receivers (background, panel) parse with the real schema. tests/sites/comment-check.test.ts
 * holds the two to the same verdict on every fixture comment and on crafted bad ones.
 */
/** zod's `iso.datetime({ offset: true })`: seconds required, optional fraction, Z or ±hh:mm. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // A real calendar day: no 31 February (zod checks this too).
  return month >= 1 && month <= 12 && day >= 1 && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isNonEmpty = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const optional = (v: unknown, check: (v: unknown) => boolean) => v === undefined || check(v);

const ATTACHMENT_KINDS = ['sticker', 'gif', 'photo', 'video', 'link'];
const UNREAD_FIELDS = ['author', 'profile', 'text', 'date', 'id', 'likes'];

function isAttachment(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const a = v as Record<string, unknown>;
  return ATTACHMENT_KINDS.includes(a.kind as string) && optional(a.label, isText) && optional(a.url, isHttpUrl);
}

function isStatedDate(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Record<string, unknown>;
  return isNonEmpty(d.text) && isCount(d.withinMs);
}

const isUnreadList = (v: unknown): boolean => Array.isArray(v) && v.every((f) => UNREAD_FIELDS.includes(f as string));

/** The comment with defaults applied when it would pass `CommentSchema`, else undefined. */
export function checkComment(raw: unknown): Comment | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const c = raw as Record<string, unknown>;
  const author = c.author as Record<string, unknown> | null | undefined;
  if (typeof author !== 'object' || author === null) return undefined;
  const ok =
    ['facebook', 'linkedin', 'instagram', 'x'].includes(c.platform as string) &&
    isNonEmpty(c.id) &&
    isNonEmpty(author.name) &&
    optional(author.handle, isNonEmpty) &&
    optional(author.profileUrl, isHttpUrl) &&
    typeof author.verified === 'boolean' &&
    optional(author.followers, isCount) &&
    optional(author.headline, isText) &&
    isText(c.text) &&
    optional(c.truncated, (v) => typeof v === 'boolean') &&
    optional(c.createdAt, isIsoDate) &&
    optional(c.likes, isCount) &&
    optional(c.replies, isCount) &&
    optional(c.permalink, isHttpUrl) &&
    optional(c.parentId, isNonEmpty) &&
    isHttpUrl(c.postUrl) &&
    optional(c.isOwnBrand, (v) => typeof v === 'boolean') &&
    optional(c.attachment, isAttachment) &&
    optional(c.statedDate, isStatedDate) &&
    optional(c.unread, isUnreadList);
  return ok ? ({ ...c, truncated: c.truncated ?? false } as Comment) : undefined;
}
