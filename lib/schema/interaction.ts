import { z } from 'zod';
import { ReasonSchema } from './classification';
import { CommentSchema, HttpUrlSchema } from './comment';
import { PlatformSchema } from './platform';

/**
 * Timestamps in the log are stored as UTC `toISOString()` strings (always `…Z`, always
 * milliseconds) so that IndexedDB's string ordering is time ordering: an offset such as `+02:00`
 * would sort wrongly. The repository normalises inputs with `toUtcIso` before writing.
 */
export const UtcDateSchema = z.iso.datetime({ offset: false, precision: 3 });

/**
 * Where a logged comment stands in the community manager's workflow.
 * - `drafted`: a reply was inserted into the site's reply box, but Riposte never posts, so nobody
 *   knows yet whether it went out. The comment still waits for an answer.
 * - `replied`: the brand's answer is public: its own reply was read on the page under the comment,
 *   or the community manager marked it answered.
 */
export const COMMENT_STATUSES = ['new', 'drafted', 'replied', 'escalated', 'resolved', 'ignored'] as const;
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

/**
 * What happened to a comment. `seen` is written by `recordSeen`; the others by panel actions.
 * `inserted` is a draft put in the site's reply box (nothing posted); `replied` is a real answer,
 * read on the page or marked by the community manager (see `ReplySourceSchema`); `noted` is a
 * private note on the comment (`note`), kept in its history. Before schema v4,
 * `replied` meant an inserted draft: the v4 upgrade renamed those rows `inserted`.
 */
export const INTERACTION_KINDS = [
  'seen',
  'flagged',
  'inserted',
  'replied',
  'copied',
  'escalated',
  'resolved',
  'ignored',
  'reopened',
  'corrected',
  'noted',
] as const;
export const InteractionKindSchema = z.enum(INTERACTION_KINDS);
export type InteractionKind = z.infer<typeof InteractionKindSchema>;

/** What a person (or the context menu) can log with `logInteraction`: every kind but `seen`. */
export const ActionKindSchema = InteractionKindSchema.exclude(['seen']);
export type ActionKind = z.infer<typeof ActionKindSchema>;

/** How Riposte knows a comment was answered: the brand's reply read on the page, or the CM said so. */
export const REPLY_SOURCES = ['page', 'marked'] as const;
export const ReplySourceSchema = z.enum(REPLY_SOURCES);
export type ReplySource = z.infer<typeof ReplySourceSchema>;

/**
 * The status an action leaves the comment in; `undefined` leaves it unchanged (seeing, flagging,
 * copying a reply that may never be posted, correcting labels, a private note). See `statusAfter` for the two
 * actions that never undo an answer.
 */
export const STATUS_AFTER: Readonly<Record<InteractionKind, CommentStatus | undefined>> = {
  seen: undefined,
  flagged: undefined,
  inserted: 'drafted',
  replied: 'replied',
  copied: undefined,
  escalated: 'escalated',
  resolved: 'resolved',
  ignored: 'ignored',
  reopened: 'new',
  corrected: undefined,
  noted: undefined,
};

/**
 * The status after an action, from the status before it. A draft inserted under a comment already
 * answered or resolved does not put it back in the queue, and an answer read on the page does not
 * reopen a resolved comment; every other action sets STATUS_AFTER's status.
 */
export function statusAfter(current: CommentStatus, kind: InteractionKind): CommentStatus {
  if (kind === 'inserted' && (current === 'replied' || current === 'resolved')) return current;
  if (kind === 'replied' && current === 'resolved') return current;
  return STATUS_AFTER[kind] ?? current;
}

/** A draft inserted or copied from a template counts as one use of it (`templateUses`, `usageCount`). */
export function isTemplateUse(row: { kind: InteractionKind; templateId?: string | undefined }): boolean {
  return row.templateId !== undefined && (row.kind === 'inserted' || row.kind === 'copied');
}

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
  /** Template a draft was built from (inserted, copied). */
  templateId: z.string().min(1).optional(),
  /** Templates suggested above the one put in (inserted, copied): passed over, so they rank lower for similar comments. */
  passedOver: z.array(z.string().min(1)).max(10).optional(),
  /** The template's reply was changed by hand before it went in (inserted, copied): a weaker vote for it. */
  edited: z.literal(true).optional(),
  /** How the answer was known (replied): read on the page, or marked by the community manager. */
  source: ReplySourceSchema.optional(),
  /** The text inserted or copied after the community manager's edits, or the brand's reply read on the page. */
  finalText: z.string().max(20_000).optional(),
  /** Department id from Settings.departments (escalated). */
  department: z.string().min(1).optional(),
  /** Free note: the escalation message, why it was ignored… */
  note: z.string().max(5_000).optional(),
  /**
   * At `seen`: the comment's classification, kept in step when it is classified again (the reports
   * read it there); at `corrected`: the community manager's values.
   */
  labels: LabelListSchema.optional(),
  sentiment: SentimentSchema.optional(),
  /**
   * At `seen` (schema v7): when the comment's page says it was written (its `createdAt`, in UTC),
   * kept in step with the comment's row, so a report dates the comments it counts from the log
   * alone instead of reading every comment row.
   */
  writtenAt: UtcDateSchema.optional(),
});
export type Interaction = z.infer<typeof InteractionSchema>;

/**
 * The `writtenAt` a `seen` row carries for a comment's `createdAt`: the same instant in the log's
 * UTC form, or nothing when the page stated no date or one `toISOString` cannot write as a
 * `UtcDate` (a year past 9999), which no report could use.
 */
export function writtenAtOf(createdAt: string | undefined): string | undefined {
  if (createdAt === undefined) return undefined;
  const time = Date.parse(createdAt);
  if (Number.isNaN(time)) return undefined;
  const iso = new Date(time).toISOString();
  return iso.length === 24 ? iso : undefined;
}

/**
 * The fields of a log row that the KPIs and reports read: a report validates only these (the
 * post's URL, the texts and the reply source are not checked or kept, a third of the parse time
 * over a month's log). An `Interaction` is a `KpiRow`.
 */
export const KpiRowSchema = InteractionSchema.omit({ postUrl: true, finalText: true, note: true, source: true });
export type KpiRow = z.infer<typeof KpiRowSchema>;

/** What a caller passes to `logInteraction`; ids and the comment's coordinates are filled in. */
export const InteractionInputSchema = InteractionSchema.omit({
  id: true,
  brandId: true,
  platform: true,
  postUrl: true,
  authorKey: true,
  at: true,
  writtenAt: true,
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

/**
 * The triage engine's reading of a logged comment, with the engine version that made it
 * (lib/triage/engine-version.ts): the one classification the panel shows, the reports count and the
 * export writes. Made when the comment is first logged, made again only when the version or the
 * text changes. Loose on purpose (labels and reasons as plain strings): a row written by an older
 * engine must stay readable until it is classified again.
 */
export const StoredTriageSchema = z.object({
  engine: z.string().min(1).max(200),
  labels: LabelListSchema,
  sentiment: SentimentSchema,
  /** -1 (very negative) … +1 (very positive). */
  sentimentScore: z.number().min(-1).max(1),
  language: z.string().min(1).max(16),
  competitors: z.array(z.string().max(500)).max(100),
  /**
   * The engine's reasons: ReasonSchema's fields (a field added there is stored too), with bounds and
   * labels, rule ids and sources as plain strings.
   */
  reasons: z
    .array(
      ReasonSchema.extend({
        rule: z.string().min(1).max(200),
        label: z.string().min(1).max(64).optional(),
        polarity: SentimentSchema.optional(),
        match: z.string().max(2_000),
        detail: z.string().max(2_000),
        source: z.string().max(64).optional(),
        correction: z.object({ term: z.string().max(2_000), addLabels: LabelListSchema, removeLabels: LabelListSchema }).optional(),
      }),
    )
    .max(200),
});
export type StoredTriage = z.infer<typeof StoredTriageSchema>;

/** Triage snapshot a caller may attach to a comment it reports as seen. */
export const TriageSnapshotSchema = z.object({
  labels: LabelListSchema.optional(),
  sentiment: SentimentSchema.optional(),
  triage: StoredTriageSchema.optional(),
});

/** A comment as reported to `recordSeen`: the adapter's Comment, plus triage results if known. */
export const SeenCommentSchema = CommentSchema.extend(TriageSnapshotSchema.shape);
export type SeenCommentInput = z.input<typeof SeenCommentSchema>;

/**
 * Where a logged comment stands in the workflow: the fields the log's actions move on, stored as a
 * small row of their own (table `commentStates`, keyed by the comment's id, schema v10), so an
 * action rewrites this row and not the comment's reading of the page. The repository joins the two
 * (`StoredCommentSchema`).
 */
export const CommentStateSchema = z.object({
  id: z.string().min(1),
  status: CommentStatusSchema.default('new'),
  /** First real answer (`replied`), kept here so the panel's badges need no log scan. */
  firstRepliedAt: UtcDateSchema.optional(),
  /** Latest draft inserted into the site's reply box (`inserted`). */
  draftInsertedAt: UtcDateSchema.optional(),
  /** Template of the latest inserted draft. */
  lastTemplateId: z.string().min(1).optional(),
  /** Department of the latest escalation. */
  lastDepartment: z.string().min(1).optional(),
  /** The latest private note (`noted`), shown on the comment's card. */
  lastNote: z.string().max(5_000).optional(),
  /** Interactions logged for this comment, `seen` included. */
  interactionCount: z.number().int().nonnegative().default(0),
  /**
   * Ids of the comment's log rows, `seen` included, in the order they were logged: its history is
   * read by key, as the log keeps no index on `commentId` (schema v9). Rows purged since may still
   * be listed.
   */
  logIds: z.array(z.string().min(1)).optional(),
  /** Latest action on the comment, when later than its last sighting: the joined `lastSeenAt` is the later of the two. */
  lastActedAt: UtcDateSchema.optional(),
});
export type CommentState = z.infer<typeof CommentStateSchema>;

/** A logged comment's own row (table `comments`): the adapter's Comment, its brand, sightings and classification. */
export const CommentRowSchema = CommentSchema.extend({
  brandId: z.string().min(1),
  authorKey: z.string().min(1),
  firstSeenAt: UtcDateSchema,
  /** Latest sighting, or action (see `CommentState.lastActedAt`); drives retention. */
  lastSeenAt: UtcDateSchema,
  /** What the panel, the reports and the export show: the engine's labels, or the community manager's correction. */
  labels: LabelListSchema.optional(),
  sentiment: SentimentSchema.optional(),
  /** The engine's classification; an unreadable one is dropped (the comment is then classified again), not the row. */
  triage: StoredTriageSchema.optional().catch(undefined),
  /** Latest correction (`corrected`): a new classification no longer changes `labels` and `sentiment`. */
  correctedAt: UtcDateSchema.optional(),
});
export type CommentRow = z.infer<typeof CommentRowSchema>;

/**
 * A logged comment: its row joined with its state (`lib/db/comment-rows.ts`), as the repository
 * returns it and a backup carries it. `lastActedAt` is not part of it: it is folded into `lastSeenAt`.
 */
export const StoredCommentSchema = CommentRowSchema.extend(CommentStateSchema.omit({ id: true, lastActedAt: true }).shape);
export type StoredComment = z.infer<typeof StoredCommentSchema>;
export type StoredCommentInput = z.input<typeof StoredCommentSchema>;

/** Normalise any ISO date (or Date) to the stored UTC form; throws on an invalid date. */
export function toUtcIso(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`);
  return date.toISOString();
}
