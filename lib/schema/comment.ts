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
  /** True when the site shows only a "see more" preview of the text. */
  truncated: z.boolean().default(false),
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
});
export type Comment = z.infer<typeof CommentSchema>;
/** Input shape (before defaults), for adapters and fixtures. */
export type CommentInput = z.input<typeof CommentSchema>;
