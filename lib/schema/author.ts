import { z } from 'zod';
import { WatchKindSchema } from './brand';
import { HttpUrlSchema, IsoDateSchema, type Author } from './comment';
import { PlatformSchema, type Platform } from './platform';

/**
 * One person as Riposte has seen them across comments, keyed by `authorKeyOf`. Holds what the
 * community manager adds (notes, a watch kind) and counters the reports need.
 */
export const AuthorRowSchema = z.object({
  /** `authorKeyOf(platform, author)`: stable across tabs, reloads and display-name changes. */
  key: z.string().min(1),
  platform: PlatformSchema,
  name: z.string().min(1),
  handle: z.string().min(1).optional(),
  profileUrl: HttpUrlSchema.optional(),
  verified: z.boolean().default(false),
  /** Latest follower count a page showed. */
  followers: z.number().int().nonnegative().optional(),
  /** Free text written by the community manager ("client fidèle", "journaliste au Monde"…). */
  notes: z.string().default(''),
  /** Set when the community manager puts this person on a watchlist. */
  watch: WatchKindSchema.optional(),
  firstSeenAt: IsoDateSchema,
  lastSeenAt: IsoDateSchema,
  /** Distinct comments by this person that Riposte has logged. */
  commentCount: z.number().int().nonnegative().default(0),
});
export type AuthorRow = z.infer<typeof AuthorRowSchema>;
export type AuthorRowInput = z.input<typeof AuthorRowSchema>;

/**
 * The key that identifies one person on one site: `platform:` followed by the handle (lower-cased,
 * without @), else the profile URL (lower-cased, no query, no trailing slash), else `name:` and the
 * display name (Facebook often shows only names). Case-insensitive because sites are.
 */
export function authorKeyOf(platform: Platform, author: Pick<Author, 'name' | 'handle' | 'profileUrl'>): string {
  const handle = author.handle?.trim().replace(/^@/, '').toLowerCase();
  if (handle) return `${platform}:${handle}`;
  if (author.profileUrl) {
    const url = new URL(author.profileUrl);
    const path = url.pathname.replace(/\/+$/, '');
    return `${platform}:${url.host.toLowerCase()}${path.toLowerCase()}`;
  }
  return `${platform}:name:${author.name.normalize('NFC').trim().toLowerCase()}`;
}
