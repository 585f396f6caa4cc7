import { z } from 'zod';
import { HttpUrlSchema, IsoDateSchema } from './comment';
import { PlatformSchema } from './platform';

/**
 * What a profile or page header shows: the public figures of one account, read from the page the
 * user is looking at (lib/sites/profile.ts). Counts are absent when the site does not show them.
 */
export const ProfileReadingSchema = z.object({
  platform: PlatformSchema,
  /** Handle or page slug as in the profile URL, without "@", lower-cased. */
  handle: z.string().min(1),
  name: z.string().min(1),
  followers: z.number().int().nonnegative().optional(),
  following: z.number().int().nonnegative().optional(),
  posts: z.number().int().nonnegative().optional(),
  verified: z.boolean(),
  url: HttpUrlSchema,
});
export type ProfileReading = z.infer<typeof ProfileReadingSchema>;

/** Whose account a snapshot or thread is: the brand's own, or one of its listed competitors. */
export const AccountRelationSchema = z.enum(['own', 'competitor']);
export type AccountRelation = z.infer<typeof AccountRelationSchema>;

/** Calendar day "YYYY-MM-DD" in the user's time zone, the dedupe key of snapshots and thread aggregates. */
export const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);

/** One account's figures on one day, stored at most once per account per day and brand. */
export const ProfileSnapshotSchema = ProfileReadingSchema.extend({
  brandId: z.string().min(1),
  day: DaySchema,
  at: IsoDateSchema,
  relation: AccountRelationSchema,
  /** The competitor's name from the brand settings, for competitor accounts. */
  competitor: z.string().min(1).optional(),
});
export type ProfileSnapshot = z.infer<typeof ProfileSnapshotSchema>;

export const THREAD_LABELS = ['complaint', 'question', 'praise'] as const;
export const THREAD_SENTIMENTS = ['negative', 'neutral', 'positive'] as const;

/**
 * A competitor's comment thread, as numbers only: no commenter name, handle or text is kept.
 * `commentHashes` are 32-bit one-way hashes of the site's comment ids, only there so a comment
 * reported twice (scroll, reload) is counted once.
 */
export const ThreadAggregateSchema = z.object({
  /** `${brandId}|${postUrl}|${day}`. */
  id: z.string().min(1),
  brandId: z.string().min(1),
  platform: PlatformSchema,
  postUrl: HttpUrlSchema,
  /** The competitor's account that wrote the post, and the competitor's name. */
  handle: z.string().min(1),
  competitor: z.string().min(1),
  day: DaySchema,
  updatedAt: IsoDateSchema,
  volume: z.number().int().nonnegative(),
  labels: z.object({
    complaint: z.number().int().nonnegative(),
    question: z.number().int().nonnegative(),
    praise: z.number().int().nonnegative(),
  }),
  sentiment: z.object({
    negative: z.number().int().nonnegative(),
    neutral: z.number().int().nonnegative(),
    positive: z.number().int().nonnegative(),
  }),
  /** Recurring words, with the number of comments using each; the most frequent first. */
  terms: z.array(z.object({ term: z.string().min(1), count: z.number().int().positive() })),
  commentHashes: z.array(z.number().int().nonnegative()),
});
export type ThreadAggregate = z.infer<typeof ThreadAggregateSchema>;
