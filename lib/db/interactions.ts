import Dexie from 'dexie';
import type { z } from 'zod';
import {
  CommentRowSchema,
  CommentStateSchema,
  InteractionInputSchema,
  InteractionSchema,
  isTemplateUse,
  statusAfter,
  StoredCommentSchema,
  toUtcIso,
  type CommentRow,
  type CommentState,
  type Interaction,
  type InteractionInput,
  type StoredComment,
  type StoredTriage,
} from '../schema/interaction';
import { TemplateSchema, type Template } from '../schema/template';
import { buildTimelines } from '../kpi/timeline';
import type { RiposteDB } from './database';
import { joinComment, readJoined } from './comment-rows';
import { bulkGetByRange } from './key-range';
import { recordSeenInTransaction } from './seen';
import { InvalidInputError, keyField, parseInput, parseRows } from './validate';

/** An action on a comment the log has never seen, without the comment to log it first. */
export class UnknownCommentError extends Error {
  constructor(readonly commentId: string) {
    super(`Comment ${commentId} is not in the log: pass \`comment\` and \`brandId\` to log it first.`);
    this.name = 'UnknownCommentError';
  }
}

/** Log one action on a comment and move the comment's status on. Returns the stored row. */
export async function logInteraction(db: RiposteDB, input: InteractionInput): Promise<Interaction> {
  const [row] = await logInteractions(db, [input]);
  return row as Interaction;
}

/** Inputs validated per batch: each batch's log rows go to the database while the next one is validated. */
const BATCH = 1_000;

/**
 * Log many actions at once, all-or-nothing, in one transaction that also updates each comment's
 * status and summary fields and the usage counters of the templates used. Actions are applied in
 * time order, so the status reflects the latest one (see `statusAfter`). Every input is validated;
 * one that fails (or a row the log refuses) rejects the whole call, and the transaction's abort
 * takes back whatever was already sent.
 *
 * Cost: each input is validated once, by `InteractionInputSchema`; the stored row is then put
 * together from that input and the comment's stored row (validated as it is read), so it fits
 * `InteractionSchema` by construction and is not parsed a second time. The comments, templates and
 * histories the call needs are asked for first, from the inputs as given, so no read waits behind
 * the writes; the inputs are validated in batches, and each batch's log rows (`bulkAdd`) are sent
 * as soon as it is, so the database stores them while the page validates the next batch. Comments
 * new to the log are recorded in one go; every comment touched has its state row (schema v10)
 * read once and written once, whatever its number of actions, and that row takes the ids of its
 * new log rows (`logIds`: the log has no index on `commentId`, schema v9); the comment's own row
 * is read for the coordinates its log rows copy and rewritten only by a correction of its labels.
 */
export async function logInteractions(db: RiposteDB, inputs: readonly InteractionInput[]): Promise<Interaction[]> {
  return db.transaction('rw', [db.comments, db.commentStates, db.interactions, db.authors, db.templates], async () => {
    // An input without a usable comment id fails validation.
    const reading = loadComments(db, uniqueStrings(inputs.map(commentIdOf)));
    const templates = readTemplates(db, inputs);
    // Every request is awaited at the end, and marked handled at once: one failing while the page
    // still works rejects the call there, never as an unhandled rejection.
    const pending: Promise<unknown>[] = [];
    const send = <T>(request: Promise<T>): Promise<T> => {
      request.catch(() => undefined);
      pending.push(request);
      return request;
    };
    send(reading);
    send(templates);
    const parsed: ParsedInput[] = [];
    const rows: Interaction[] = [];
    let comments: Map<string, LoggedComment> | undefined;
    let histories: Promise<Map<string, Interaction[]>> | undefined;
    for (let start = 0; start < inputs.length; start += BATCH) {
      const end = Math.min(inputs.length, start + BATCH);
      for (let i = start; i < end; i++) parsed.push(parseInput(InteractionInputSchema, inputs[i], `interaction #${i}`));
      comments ??= await reading;
      histories ??= send(readHistories(db, comments, inputs));
      // Rows go out in input order while every input so far names a comment the log holds.
      if (rows.length < start) continue;
      const batch = rowsFor(parsed.slice(start, end), comments);
      if (!batch) continue;
      rows.push(...batch);
      // bulkAdd, not bulkPut: re-sending an action with the same id fails instead of duplicating.
      send(db.interactions.bulkAdd(batch));
    }
    comments ??= await reading;
    if (rows.length < parsed.length) {
      // Some input names a comment new to the log: recorded first, then the rest of the rows go out.
      await recordUnknownComments(db, parsed, comments);
      const rest = rowsFor(parsed.slice(rows.length), comments) as Interaction[];
      rows.push(...rest);
      send(db.interactions.bulkAdd(rest));
    }

    const ordered = [...rows].sort(byTime);
    const refolded = await refoldAnswers(db, comments, ordered, (await histories) ?? new Map());
    for (const row of ordered) applyToComment(comments.get(row.commentId) as LoggedComment, row);
    refolded();
    const touched = [...new Set(rows.map((r) => r.commentId))].map((id) => (comments as Map<string, LoggedComment>).get(id) as LoggedComment);
    const corrected = touched.flatMap((c) => (c.corrected ? [c.corrected] : []));
    send(db.commentStates.bulkPut(touched.map((c) => c.state)));
    if (corrected.length > 0) send(db.comments.bulkPut(corrected));
    send(countTemplateUses(db, await templates, ordered));
    await Promise.all(pending);
    return rows;
  });
}

/** The log rows of these inputs, or undefined when one names a comment the log does not hold. */
function rowsFor(parsed: readonly ParsedInput[], comments: ReadonlyMap<string, LoggedComment>): Interaction[] | undefined {
  const rows: Interaction[] = [];
  for (const input of parsed) {
    const comment = comments.get(input.commentId);
    if (!comment) return undefined;
    rows.push(logRow(input, comment.coords));
  }
  return rows;
}

function uniqueStrings(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((value) => value !== undefined))];
}

/** An input's comment id if it has one, read before validation (for the read that overlaps it). */
function commentIdOf(input: unknown): string | undefined {
  const id = typeof input === 'object' && input !== null ? (input as { commentId?: unknown }).commentId : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

type ParsedInput = z.infer<typeof InteractionInputSchema>;

/** The optional fields a log row takes from its input as they are (both schemas share their definitions). */
const CARRIED_FIELDS = ['templateId', 'passedOver', 'edited', 'source', 'finalText', 'department', 'note', 'labels', 'sentiment'] as const satisfies readonly (keyof Interaction & keyof ParsedInput)[];

/**
 * The stored row for a validated input on a validated comment. `InteractionInputSchema` is
 * `InteractionSchema` with the comment's coordinates left out and `at` widened to any offset, so
 * the row fits `InteractionSchema` once `at` is in UTC (tests/db/log.test.ts checks it does).
 */
function logRow(input: ParsedInput, comment: CommentCoords): Interaction {
  const at = toUtcIso(input.at);
  // toISOString() of a year past 9999 ("+010000-…") is no UtcDate; nothing else can go wrong here.
  if (at.length !== 24) throw new InvalidInputError(`interaction for ${comment.id}`, `at: ${input.at} is out of range`);
  const row: Interaction = {
    id: input.id ?? crypto.randomUUID(),
    brandId: comment.brandId,
    commentId: comment.id,
    platform: comment.platform,
    postUrl: comment.postUrl,
    authorKey: comment.authorKey,
    kind: input.kind,
    at,
  };
  for (const field of CARRIED_FIELDS) if (input[field] !== undefined) (row as Record<string, unknown>)[field] = input[field];
  return row;
}

/**
 * Comments new to the log are recorded as seen first (context-menu actions can come first), all
 * of them before any action: one `recordSeenInTransaction` per brand and time (usually one), then
 * one read of the new rows. The first input naming a comment brings it.
 */
async function recordUnknownComments(db: RiposteDB, parsed: readonly ParsedInput[], comments: Map<string, LoggedComment>): Promise<void> {
  const groups = new Map<string, { brandId: string; at: string; comments: NonNullable<ParsedInput['comment']>[] }>();
  const wanted = new Set<string>();
  for (const input of parsed) {
    if (comments.has(input.commentId) || wanted.has(input.commentId)) continue;
    if (!input.comment || !input.brandId || input.comment.id !== input.commentId) {
      throw new UnknownCommentError(input.commentId);
    }
    wanted.add(input.commentId);
    const at = toUtcIso(input.at);
    const key = `${input.brandId}\u0000${at}`;
    const group = groups.get(key) ?? { brandId: input.brandId, at, comments: [] };
    group.comments.push(input.comment);
    groups.set(key, group);
  }
  if (wanted.size === 0) return;
  for (const group of groups.values()) await recordSeenInTransaction(db, group.brandId, group.comments, group.at);
  const fresh = await loadComments(db, [...wanted]);
  for (const id of wanted) {
    const comment = fresh.get(id);
    if (!comment) throw new UnknownCommentError(id);
    comments.set(id, comment);
  }
}

/** What `logInteractions` reads of a comment's own row: the coordinates its log rows copy, and its last sighting. */
const CommentCoordsSchema = CommentRowSchema.pick({ id: true, brandId: true, platform: true, postUrl: true, authorKey: true, lastSeenAt: true });
type CommentCoords = z.infer<typeof CommentCoordsSchema>;

/** A comment as `logInteractions` folds actions into it. */
interface LoggedComment {
  coords: CommentCoords;
  /** Its state row, validated: this call's own copy, written back. */
  state: CommentState;
  /** Its row as stored, for a correction (the only action that changes it). */
  stored: CommentRow;
  /** Its row with a correction of this call, to write back. */
  corrected?: CommentRow;
}

/**
 * The comments of `ids` the log holds, both rows of each read as key ranges. A comment whose row
 * or state row does not validate is left out (the caller then records it again or reports it); a
 * missing state row reads as the state's defaults, as the repository's readers join it.
 */
async function loadComments(db: RiposteDB, ids: string[]): Promise<Map<string, LoggedComment>> {
  const [rows, states] = await Promise.all([bulkGetByRange(db.comments, ids), bulkGetByRange(db.commentStates, ids)]);
  const loaded = new Map<string, LoggedComment>();
  rows.forEach((stored, i) => {
    if (stored === undefined) return;
    const [coords] = parseRows(db, 'comments', CommentCoordsSchema, [stored], keyField('id'));
    const [state] = parseRows(db, 'commentStates', CommentStateSchema, [states[i] ?? { id: ids[i] }], keyField('id'));
    if (coords && state && coords.id === state.id) loaded.set(coords.id, { coords, state, stored: stored as CommentRow });
  });
  return loaded;
}

/** Fold one action into the comment's state, and a correction into its row (mutates them). */
function applyToComment(comment: LoggedComment, row: Interaction): void {
  const { state } = comment;
  state.status = statusAfter(state.status, row.kind);
  state.interactionCount += 1;
  // The state is this call's own parsed copy: its list can grow in place.
  (state.logIds ??= []).push(row.id);
  if (row.at > comment.coords.lastSeenAt && (!state.lastActedAt || row.at > state.lastActedAt)) state.lastActedAt = row.at;
  if (row.kind === 'replied' && (!state.firstRepliedAt || row.at < state.firstRepliedAt)) {
    state.firstRepliedAt = row.at;
  }
  if (row.kind === 'inserted' && (!state.draftInsertedAt || row.at > state.draftInsertedAt)) {
    state.draftInsertedAt = row.at;
  }
  if (row.kind === 'inserted' && row.templateId) state.lastTemplateId = row.templateId;
  if (row.kind === 'escalated' && row.department) state.lastDepartment = row.department;
  if (row.kind === 'noted' && row.note !== undefined) state.lastNote = row.note;
  if (row.kind === 'corrected') {
    // The row is written back as stored, with the correction: only its labels change.
    const corrected = (comment.corrected ??= { ...comment.stored });
    if (row.labels) corrected.labels = row.labels;
    if (row.sentiment) corrected.sentiment = row.sentiment;
    // From now on a new classification of the comment leaves these labels alone.
    if (!corrected.correctedAt || row.at > corrected.correctedAt) corrected.correctedAt = row.at;
  }
}

/**
 * A reopen may take an answer back (see `buildTimelines`), which the comment's row alone cannot
 * undo: the first answer of each comment reopened here is folded again from its whole log, the
 * KPIs' own way. Reopens are rare, so this reads little. The stored history is read before the
 * call's rows are folded into the comments; the returned function sets the answers after.
 */
async function refoldAnswers(
  db: RiposteDB,
  comments: Map<string, LoggedComment>,
  rows: readonly Interaction[],
  histories: ReadonlyMap<string, Interaction[]>,
): Promise<() => void> {
  const reopened = [...new Set(rows.filter((r) => r.kind === 'reopened').map((r) => r.commentId))];
  const firsts = new Map<string, string | undefined>();
  for (const id of reopened) {
    const stored = histories.get(id) ?? (await historyOf(db, (comments.get(id) as LoggedComment).state));
    const history = [...stored, ...rows.filter((r) => r.commentId === id)];
    firsts.set(id, buildTimelines(history).get(id)?.firstRepliedAt);
  }
  return () => {
    for (const [id, first] of firsts) {
      const { state } = comments.get(id) as LoggedComment;
      if (first) state.firstRepliedAt = first;
      else delete state.firstRepliedAt;
    }
  };
}

/**
 * The stored history of each comment the inputs reopen, asked for before any write (from the inputs
 * as given, before validation: an id too many is harmless).
 */
async function readHistories(db: RiposteDB, comments: ReadonlyMap<string, LoggedComment>, inputs: readonly unknown[]): Promise<Map<string, Interaction[]>> {
  const ids = uniqueStrings(inputs.map((input) => ((input as { kind?: unknown } | null)?.kind === 'reopened' ? commentIdOf(input) : undefined)));
  const known = ids.flatMap((id) => {
    const comment = comments.get(id);
    return comment ? [comment] : [];
  });
  const histories = await Promise.all(known.map((comment) => historyOf(db, comment.state)));
  return new Map(known.map((comment, i) => [comment.coords.id, histories[i] as Interaction[]]));
}

/**
 * The templates the inputs' drafts may have been made from, asked for with the comments, before
 * any write (from the inputs as given: `countTemplateUses` counts only the validated rows).
 */
async function readTemplates(db: RiposteDB, inputs: readonly unknown[]): Promise<Template[]> {
  const ids = uniqueStrings(
    inputs.map((input) => {
      const { templateId, kind } = (input ?? {}) as { templateId?: unknown; kind?: unknown };
      return typeof templateId === 'string' && templateId !== '' && (kind === 'inserted' || kind === 'copied') ? templateId : undefined;
    }),
  );
  if (ids.length === 0) return [];
  return parseRows(db, 'templates', TemplateSchema, await db.templates.bulkGet(ids), keyField('id'));
}

/**
 * Drafts inserted or copied from a template count as uses of it, here and only here (the callers
 * must not count them again). Unknown templates are skipped.
 */
async function countTemplateUses(db: RiposteDB, templates: readonly Template[], rows: readonly Interaction[]): Promise<void> {
  const uses = new Map<string, { count: number; last: string }>();
  for (const row of rows) {
    if (!row.templateId || !isTemplateUse(row)) continue;
    const use = uses.get(row.templateId) ?? { count: 0, last: row.at };
    use.count += 1;
    if (row.at > use.last) use.last = row.at;
    uses.set(row.templateId, use);
  }
  const updated: Template[] = templates.flatMap((t) => {
    const use = uses.get(t.id);
    if (!use) return [];
    const lastUsedAt = t.lastUsedAt && t.lastUsedAt > use.last ? t.lastUsedAt : use.last;
    return [{ ...t, usageCount: t.usageCount + use.count, lastUsedAt }];
  });
  if (updated.length > 0) await db.templates.bulkPut(updated);
}

/**
 * Time order for log rows. Ids are random, so rows with the same millisecond (a context-menu
 * action that logs the comment as seen and acts on it at once) would come out in any order:
 * `seen` goes first, the rest keep their stored order.
 */
export function byTime(a: Interaction, b: Interaction): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return Number(b.kind === 'seen') - Number(a.kind === 'seen');
}

/** Every action on one comment, oldest first (`seen` included). */
export async function commentHistory(db: RiposteDB, commentId: string): Promise<Interaction[]> {
  const state = await db.commentStates.get(commentId);
  return state ? historyOf(db, state) : [];
}

/**
 * The log rows a comment's state lists, oldest first. The log has no index on `commentId` (schema
 * v9): each comment's state row lists its rows' ids, read here by key; ids of rows purged since are skipped.
 */
export async function historyOf(db: RiposteDB, comment: Pick<StoredComment, 'id' | 'logIds'>): Promise<Interaction[]> {
  const ids = Array.isArray(comment.logIds) ? comment.logIds.filter((id) => typeof id === 'string') : [];
  if (ids.length === 0) return [];
  const rows = (await db.interactions.bulkGet(ids)).filter((row) => row?.commentId === comment.id);
  return parseRows(db, 'interactions', InteractionSchema, rows, keyField('id')).sort(byTime);
}

/**
 * Every action on one author's comments, oldest first. It reads the whole log: the log keeps no
 * index on `authorKey` (schema v8), an entry on every row written for this rare question.
 */
export async function authorHistory(db: RiposteDB, authorKey: string): Promise<Interaction[]> {
  const rows = await db.interactions.filter((row) => row.authorKey === authorKey).toArray();
  return parseRows(db, 'interactions', InteractionSchema, rows, keyField('id')).sort(byTime);
}

/** What the panel shows on a comment card: "already answered, with template X", "escalated to…". */
export interface CommentStatusSummary {
  status: StoredComment['status'];
  firstSeenAt: string;
  firstRepliedAt?: string;
  draftInsertedAt?: string;
  lastTemplateId?: string;
  lastDepartment?: string;
  lastNote?: string;
  interactionCount: number;
  /** The labels shown: the engine's, or the community manager's correction. */
  labels?: string[];
  sentiment?: StoredComment['sentiment'];
  /** The stored classification, and the text it was made for (the panel shows it while the page shows that text). */
  triage?: StoredTriage;
  text?: string;
  /** Set when the community manager corrected the labels: `labels` and `sentiment` are theirs. */
  correctedAt?: string;
}

/**
 * The fields of a stored comment the side panel reads for its queue, validated alone: the panel reads
 * them for every comment of the page after each write, and the rest of the row (author, links, counts)
 * is the page's own reading, which the panel has fresher.
 */
const StatusRowSchema = StoredCommentSchema.pick({
  id: true,
  status: true,
  firstSeenAt: true,
  firstRepliedAt: true,
  draftInsertedAt: true,
  lastTemplateId: true,
  lastDepartment: true,
  lastNote: true,
  interactionCount: true,
  labels: true,
  sentiment: true,
  triage: true,
  text: true,
  correctedAt: true,
});

/** Status summaries for the given comment ids; ids never logged are absent from the map. */
export async function statusesFor(db: RiposteDB, ids: readonly string[]): Promise<Map<string, CommentStatusSummary>> {
  const rows = parseRows(db, 'comments', StatusRowSchema, await readJoined(db, ids), keyField('id'));
  return new Map(
    rows.map((c) => [
      c.id,
      {
        status: c.status,
        firstSeenAt: c.firstSeenAt,
        ...(c.firstRepliedAt ? { firstRepliedAt: c.firstRepliedAt } : {}),
        ...(c.draftInsertedAt ? { draftInsertedAt: c.draftInsertedAt } : {}),
        ...(c.lastTemplateId ? { lastTemplateId: c.lastTemplateId } : {}),
        ...(c.lastDepartment ? { lastDepartment: c.lastDepartment } : {}),
        ...(c.lastNote ? { lastNote: c.lastNote } : {}),
        interactionCount: c.interactionCount,
        ...(c.labels ? { labels: c.labels } : {}),
        ...(c.sentiment ? { sentiment: c.sentiment } : {}),
        ...(c.triage ? { triage: c.triage } : {}),
        text: c.text,
        ...(c.correctedAt ? { correctedAt: c.correctedAt } : {}),
      },
    ]),
  );
}

/** One logged comment, or undefined. */
export async function getComment(db: RiposteDB, id: string): Promise<StoredComment | undefined> {
  return parseRows(db, 'comments', StoredCommentSchema, await readJoined(db, [id]), keyField('id'))[0];
}

/**
 * A brand's logged comments in one status, oldest first (the "unanswered" queue, say). The status is
 * in the state rows, which keep no index (schema v10): the brand's comments are read in
 * [brandId+firstSeenAt] order with their states, and those in another status left out.
 */
export async function commentsWithStatus(
  db: RiposteDB,
  brandId: string,
  status: StoredComment['status'],
): Promise<StoredComment[]> {
  return db.transaction('r', [db.comments, db.commentStates], async () => {
    const rows = await db.comments.where('[brandId+firstSeenAt]').between([brandId, Dexie.minKey], [brandId, Dexie.maxKey]).toArray();
    const states = await db.commentStates.bulkGet(rows.map((row) => row.id));
    const joined = rows.map((row, i) => joinComment(row, states[i]));
    return parseRows(db, 'comments', StoredCommentSchema, joined, keyField('id')).filter((c) => c.status === status);
  });
}
