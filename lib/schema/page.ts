import { z } from 'zod';
import { PlatformSchema } from './platform';

/**
 * What a content script knows about its page, shown as the panel's status line.
 * - `ok`: comments were read;
 * - `no-comments`: the page plainly has none (a post with zero comments, a profile);
 * - `layout-not-recognised`: the page has comment containers or reply buttons but none could be
 *   read — the site changed its layout, and the panel must say so instead of showing an empty list.
 */
export const PageStatusSchema = z.enum(['ok', 'no-comments', 'layout-not-recognised']);
export type PageStatus = z.infer<typeof PageStatusSchema>;

export const PageHealthSchema = z.object({
  platform: PlatformSchema,
  url: z.string(),
  status: PageStatusSchema,
  /** Comments currently known on this page (after dedupe). */
  commentCount: z.number().int().nonnegative(),
  /** Containers that looked like comments but could not be read (drift signal). */
  unreadable: z.number().int().nonnegative().default(0),
  /** Human-readable detail for the drift report, e.g. which hook was missing. */
  detail: z.string().optional(),
  checkedAt: z.iso.datetime({ offset: true }),
});
export type PageHealth = z.infer<typeof PageHealthSchema>;
