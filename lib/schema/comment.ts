import { z } from 'zod';
import { PlatformSchema } from './platform';

/** ISO-8601 timestamp with offset (what `Date#toISOString` gives). */
export const IsoDateSchema = z.iso.datetime({ offset: true });

/** Web links only: a `javascript:` or `data:` URL read from a page must never reach a link. */
export const HttpUrlSchema = z.url({ protocol: /^https?$/ });

export const AuthorSchema = z.object({
  /** Display name as the site shows it. */
  name: z.string().min(1),
  /** Site handle without the leading @ (X, Instagram) or the profile slug (LinkedIn /in/slug). */
  handle: z.string().min(1).optional(),
  /** Absolute profile URL, with tracking parameters removed. */
  profileUrl: HttpUrlSchema.optional(),
  verified: z.boolean(),
  /** Follower count when the page shows one (a headline "12k followers", a hover card…). */
  followers: z.number().int().nonnegative().optional(),
  /** LinkedIn headline or similar subtitle, kept because it often names the employer or role. */
  headline: z.string().optional(),
});
export type Author = z.infer<typeof AuthorSchema>;

/** What a comment holds besides (or instead of) text: a sticker-, GIF-, photo- or link-only comment is still a comment. */
export const AttachmentKindSchema = z.enum(['sticker', 'gif', 'photo', 'video', 'link']);
export type AttachmentKind = z.infer<typeof AttachmentKindSchema>;

export const AttachmentSchema = z.object({
  kind: AttachmentKindSchema,
  /** What the page says it shows (the image's alt or aria-label, a link preview's title). */
  label: z.string().optional(),
  /** Where a link preview points, tracking removed. */
  url: HttpUrlSchema.optional(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/**
 * Fields an adapter looked for and could not read on the page: the comment is kept with what was
 * read, and the drift report names what was missing (a layout change shows here first).
 */
export const UnreadFieldSchema = z.enum(['author', 'profile', 'text', 'date', 'id', 'likes']);
export type UnreadField = z.infer<typeof UnreadFieldSchema>;

/**
 * A date as the page states it, when it states only an age ("3 h", "2 sem.", "1w"): the source
 * text and the range of instants it stands for. `createdAt` is the range's latest instant and the
 * comment was written at most `withinMs` before it ("3 h" read at 12:00 → createdAt 09:00, withinMs
 * one hour: between 08:00 and 09:00). Kept relative to `createdAt` so that re-reading the page later
 * gives the same value (the live watcher keeps the first `createdAt`).
 */
export const StatedDateSchema = z.object({
  text: z.string().min(1),
  withinMs: z.number().int().nonnegative(),
});
export type StatedDate = z.infer<typeof StatedDateSchema>;

/**
 * One comment or reply as read from a site's page. Produced by `lib/sites` adapters and
 * exchanged between the content script, the background and the panel.
 */
export const CommentSchema = z.object({
  platform: PlatformSchema,
  /** The site's own comment id when the DOM has it, else a deterministic hash (see lib/sites/id.ts). */
  id: z.string().min(1),
  author: AuthorSchema,
  /** Full visible text, line breaks and emoji kept. */
  text: z.string(),
  /** True when the site shows only a "see more" preview of the text, or Riposte cut an over-long one. */
  truncated: z.boolean().default(false),
  /** The text's full length on the page when it was longer than Riposte keeps (lib/sites/limits.ts). */
  textLength: z.number().int().nonnegative().optional(),
  createdAt: IsoDateSchema.optional(),
  likes: z.number().int().nonnegative().optional(),
  replies: z.number().int().nonnegative().optional(),
  permalink: HttpUrlSchema.optional(),
  /** Id of the comment this one replies to. */
  parentId: z.string().min(1).optional(),
  /** URL of the post (or page) the comment sits under, normalised. */
  postUrl: HttpUrlSchema,
  /** The comment was written by the page/brand account itself, when the DOM says so. */
  isOwnBrand: z.boolean().optional(),
  /** A sticker, GIF, photo, video or link preview in the comment (the text may then be empty). */
  attachment: AttachmentSchema.optional(),
  /** A relative age as printed, with the range it stands for (`createdAt` is its latest instant). */
  statedDate: StatedDateSchema.optional(),
  /** Fields the page did not let us read (the comment was kept with the rest). */
  unread: z.array(UnreadFieldSchema).optional(),
  /**
   * `generic`: read by the structural reader (lib/sites/generic.ts) because the site's adapter found
   * nothing on a page that plainly holds a thread; absent: read by the site's adapter.
   */
  reader: z.enum(['generic']).optional(),
});
export type Comment = z.infer<typeof CommentSchema>;
/** Input shape (before defaults), for adapters and fixtures. */
export type CommentInput = z.input<typeof CommentSchema>;
