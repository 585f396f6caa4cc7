import { z } from 'zod';
import { CommentSchema, HttpUrlSchema } from './comment';
import { PlatformSchema } from './platform';

/**
 * Timestamps in the log are stored as UTC `toISOString()` strings (always `…Z`, always
 * milliseconds) so that IndexedDB's string ordering is time ordering: an offset such as `+02:00`
 * would sort wrongly. The repository normalises inputs with `toUtcIso` before writing.
 */
export const UtcDateSchema = z.iso.datetime({ offset: false, precision: 3 });

/** Where a logged comment stands in the community manager's workflow. */
export const COMMENT_STATUSES = ['new', 'replied', 'escalated', 'resolved', 'ignored'] as const;
export const CommentStatusSchema = z.enum(COMMENT_STATUSES);
export type CommentStatus = z.infer<typeof CommentStatusSchema>;

export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export const SentimentSchema = z.enum(SENTIMENTS);
export type Sentiment = z.infer<typeof SentimentSchema>;

/**
 * Triage labels (`complaint`, `question`, `lead`, `praise`, `spam`, `toxic`) are kept as plain
 * strings: the log must keep reading old rows after the triage engine gains or renames a label.
 */
export const LabelListSchema = z.array(z.string().min(1).max(64)).max(32);

/** What happened to a comment. `seen` is written by `recordSeen`; the others by panel actions. */
export const INTERACTION_KINDS = [
  'seen',
  'flagged',
  'replied',
  'copied',
  'escalated',
  'resolved',
  'ignored',
  'reopened',
  'corrected',
] as const;
export const InteractionKindSchema = z.enum(INTERACTION_KINDS);
export type InteractionKind = z.infer<typeof InteractionKindSchema>;

/** What a person (or the context menu) can log with `logInteraction`: every kind but `seen`. */
export const ActionKindSchema = InteractionKindSchema.exclude(['seen']);
export type ActionKind = z.infer<typeof ActionKindSchema>;

/**
 * The status an action leaves the comment in; `undefined` leaves it unchanged (seeing, flagging,
 * copying a reply that may never be posted, correcting labels).
 */
export const STATUS_AFTER: Readonly<Record<InteractionKind, CommentStatus | undefined>> = {
  seen: undefined,
  flagged: undefined,
  replied: 'replied',
  copied: undefined,
  escalated: 'escalated',
  resolved: 'resolved',
  ignored: 'ignored',
  reopened: 'new',
  corrected: undefined,
};

/** One row of the interaction log. */
export const InteractionSchema = z.object({
  id: z.string().min(1),
  brandId: z.string().min(1),
  commentId: z.string().min(1),
  platform: PlatformSchema,
  postUrl: HttpUrlSchema,
  /** `authorKeyOf` of the comment's author (see lib/schema/author.ts). */
  authorKey: z.string().min(1),
  kind: InteractionKindSchema,
  at: UtcDateSchema,
  /** Template a reply was built from (replied, copied). */
  templateId: z.string().min(1).optional(),
  /** The text actually posted or copied, after the community manager's edits. */
  finalText: z.string().max(20_000).optional(),
  /** Department id from Settings.departments (escalated). */
  department: z.string().min(1).optional(),
  /** Free note: the escalation message, why it was ignored… */
  note: z.string().max(5_000).optional(),
  /** Snapshot at `seen`, or the corrected values at `corrected`. */
  labels: LabelListSchema.optional(),
  sentiment: SentimentSchema.optional(),
});
export type Interaction = z.infer<typeof InteractionSchema>;

/** What a caller passes to `logInteraction`; ids and the comment's coordinates are filled in. */
export const InteractionInputSchema = InteractionSchema.omit({
  id: true,
  brandId: true,
  platform: true,
  postUrl: true,
  authorKey: true,
  at: true,
}).extend({
  /** `seen` is recorded by `recordSeen` only, so that a comment has exactly one sighting. */
  kind: ActionKindSchema,
  id: z.string().min(1).optional(),
  /** Any ISO date; stored as UTC. */
  at: z.iso.datetime({ offset: true }),
  /**
   * The comment itself, for actions on a comment that was never logged (a context-menu action on
   * a page whose report has not arrived yet). It is recorded as seen first, in the same transaction.
   */
  comment: CommentSchema.optional(),
  /** Required together with `comment` when the comment is new to the log. */
  brandId: z.string().min(1).optional(),
});
export type InteractionInput = z.input<typeof InteractionInputSchema>;

/** Triage snapshot a caller may attach to a comment it reports as seen. */
export const TriageSnapshotSchema = z.object({
  labels: LabelListSchema.optional(),
  sentiment: SentimentSchema.optional(),
});

/** A comment as reported to `recordSeen`: the adapter's Comment, plus triage results if known. */
export const SeenCommentSchema = CommentSchema.extend(TriageSnapshotSchema.shape);
export type SeenCommentInput = z.input<typeof SeenCommentSchema>;

/** A logged comment: the adapter's Comment plus where it stands. */
export const StoredCommentSchema = CommentSchema.extend({
  brandId: z.string().min(1),
  authorKey: z.string().min(1),
  firstSeenAt: UtcDateSchema,
  lastSeenAt: UtcDateSchema,
  status: CommentStatusSchema.default('new'),
  labels: LabelListSchema.optional(),
  sentiment: SentimentSchema.optional(),
  /** First `replied` interaction, kept on the row so the panel's badges need no log scan. */
  firstRepliedAt: UtcDateSchema.optional(),
  /** Template of the latest reply. */
  lastTemplateId: z.string().min(1).optional(),
  /** Department of the latest escalation. */
  lastDepartment: z.string().min(1).optional(),
  /** Interactions logged for this comment, `seen` included. */
  interactionCount: z.number().int().nonnegative().default(0),
});
export type StoredComment = z.infer<typeof StoredCommentSchema>;
export type StoredCommentInput = z.input<typeof StoredCommentSchema>;

/** Normalise any ISO date (or Date) to the stored UTC form; throws on an invalid date. */
export function toUtcIso(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`);
  return date.toISOString();
}
