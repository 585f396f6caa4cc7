import { z } from 'zod';
import { WatchKindSchema } from './brand';
import { HttpUrlSchema, IsoDateSchema } from './comment';
import { PlatformSchema } from './platform';

/**
 * One person as Riposte has seen them across comments, keyed by `authorKeyOf` (lib/identity). Holds what the
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
 * A person the community manager asked Riposte to forget: only a hash of their author key, so the
 * log can recognise them on a page and leave them out without keeping who they were.
 */
export const ForgottenAuthorSchema = z.object({
  /** Hex SHA-256 of `authorKeyOf(platform, author)` (lib/db/forgotten.ts). */
  hash: z.string().regex(/^[0-9a-f]{64}$/u),
  /** When they were forgotten. */
  at: IsoDateSchema,
});
export type ForgottenAuthor = z.infer<typeof ForgottenAuthorSchema>;
