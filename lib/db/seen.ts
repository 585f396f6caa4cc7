import { authorKeyOf } from '../identity/keys';
import { needsClassification } from '../triage/engine-version';
import { AuthorRowSchema, type AuthorRow } from '../schema/author';
import {
  CommentRowSchema,
  InteractionSchema,
  SeenCommentSchema,
  StoredCommentSchema,
  toUtcIso,
  writtenAtOf,
  type Interaction,
  type SeenCommentInput,
  type StoredComment,
  type StoredTriage,
} from '../schema/interaction';
import type { z } from 'zod';
import type { RiposteDB } from './database';
import { withForgottenHashes, withoutForgotten } from './forgotten';
import { putCommentRows, putComments, readJoined } from './comment-rows';
import { bulkGetByRange } from './key-range';
import { keyField, parseInput, parseRows } from './validate';

type SeenComment = z.infer<typeof SeenCommentSchema>;

export interface RecordSeenResult {
  /** Ids logged for the first time by this call (a `seen` interaction was written for each). */
  added: string[];
  /** Ids already logged whose row changed (text edited, new like count, new snapshot…). */
  updated: string[];
  /** Ids left out because their author was forgotten on request (set only when there are some). */
  forgotten?: string[];
}

/**
 * A sighting that changes nothing but `lastSeenAt` is written at most this often: `lastSeenAt`
 * only drives retention, so re-writing thousands of rows on every page report would be waste.
 */
const LAST_SEEN_RESOLUTION_MS = 60 * 60 * 1000;

/**
 * Log comments the panel has seen. A comment is logged once, keyed by its id: the check and the
 * write happen in one read-write transaction, and IndexedDB runs read-write transactions over the
 * same store one at a time, so two tabs (or a reload) reporting the same comment log it once.
 * Known comments get their visible fields refreshed; their status, brand, first sighting and
 * corrected labels are kept. Comments by someone forgotten on request (lib/db/forgotten.ts) are
 * not logged at all.
 */
export async function recordSeen(
  db: RiposteDB,
  brandId: string,
  comments: readonly SeenCommentInput[],
  now: string | Date,
): Promise<RecordSeenResult> {
  const at = toUtcIso(now);
  const parsed = comments.map((c, i) => parseInput(SeenCommentSchema, c, `comment #${i}`));
  if (!brandId) throw new RangeError('recordSeen needs a brand id');
  // People forgotten on request are left out (lib/db/forgotten.ts).
  const keys = parsed.map((c) => authorKeyOf(c.platform, c.author));
  return withForgottenHashes(db, keys, (hashes) =>
    db.transaction('rw', [db.comments, db.commentStates, db.interactions, db.authors, db.forgottenAuthors], async () => {
      const kept = await withoutForgotten(db, parsed, hashes);
      const result = await recordSeenInTransaction(db, brandId, kept, at);
      if (kept.length === parsed.length) return result;
      const logged = new Set(kept);
      return { ...result, forgotten: parsed.filter((c) => !logged.has(c)).map((c) => c.id) };
    }),
  );
}

/** The body of `recordSeen`; callers must already hold a rw transaction on comments, commentStates, interactions, authors. */
export async function recordSeenInTransaction(
  db: RiposteDB,
  brandId: string,
  comments: readonly SeenComment[],
  at: string,
): Promise<RecordSeenResult> {
  // The same comment twice in one report: the later copy wins.
  const byId = new Map(comments.map((c) => [c.id, c]));
  const ids = [...byId.keys()];
  const storedRaw = await readJoined(db, ids, true);
  const stored = new Map<string, StoredComment>();
  storedRaw.forEach((row, i) => {
    if (!row) return;
    const [valid] = parseRows(db, 'comments', StoredCommentSchema, [row], keyField('id'));
    // An unreadable stored row is replaced by a fresh one rather than blocking the log forever.
    if (valid) stored.set(ids[i] as string, valid);
  });

  // Rows logged before classifications were stored keep a correction only in the log: look it up once.
  const legacy = [...byId.values()].filter((c) => c.triage && stored.get(c.id) && !stored.get(c.id)?.triage && !stored.get(c.id)?.correctedAt);
  const corrections = legacy.length > 0 ? await latestCorrections(db, legacy.map((c) => stored.get(c.id) as StoredComment)) : new Map<string, string>();

  const result: RecordSeenResult = { added: [], updated: [] };
  // New comments are written whole; a known one's sighting changes its row, never its state.
  const commentWrites: StoredComment[] = [];
  const rowWrites: StoredComment[] = [];
  const seenPatches = new Map<string, SeenPatch & Pick<StoredComment, 'id' | 'logIds'>>();
  const seenRows: Interaction[] = [];
  const authorSightings = new Map<string, { comment: SeenComment; isNew: number }>();

  for (const comment of byId.values()) {
    const authorKey = authorKeyOf(comment.platform, comment.author);
    const previous = stored.get(comment.id);
    const { labels: givenLabels, sentiment: givenSentiment, triage, ...visible } = comment;
    const labels = givenLabels ?? triage?.labels;
    const sentiment = givenSentiment ?? triage?.sentiment;
    if (!previous) {
      result.added.push(comment.id);
      const writtenAt = writtenAtOf(comment.createdAt);
      const seenId = crypto.randomUUID();
      commentWrites.push(
        StoredCommentSchema.parse({
          ...visible,
          ...(labels ? { labels } : {}),
          ...(sentiment ? { sentiment } : {}),
          ...(triage ? { triage } : {}),
          brandId,
          authorKey,
          firstSeenAt: at,
          lastSeenAt: at,
          status: 'new',
          interactionCount: 1,
          logIds: [seenId],
        }),
      );
      seenRows.push(
        InteractionSchema.parse({
          id: seenId,
          brandId,
          commentId: comment.id,
          platform: comment.platform,
          postUrl: comment.postUrl,
          authorKey,
          kind: 'seen',
          at,
          ...(labels ? { labels } : {}),
          ...(sentiment ? { sentiment } : {}),
          ...(writtenAt ? { writtenAt } : {}),
        }),
      );
    } else {
      const { labels: _l, sentiment: _s, triage: _t, correctedAt: _c, ...kept } = previous;
      const next: StoredComment = StoredCommentSchema.parse({
        ...kept,
        ...visible,
        authorKey,
        ...classificationAfter(previous, { ...comment, labels, sentiment }, corrections.get(comment.id)),
        lastSeenAt: at > previous.lastSeenAt ? at : previous.lastSeenAt,
      });
      const changed = visibleChanged(previous, next);
      if (changed) result.updated.push(comment.id);
      const stale = Date.parse(at) - Date.parse(previous.lastSeenAt) >= LAST_SEEN_RESOLUTION_MS;
      if (changed || stale) rowWrites.push(next);
      // Classified again (another engine version or text), or dated otherwise: the seen row follows.
      const patch: SeenPatch = {};
      if (next.triage && triage && needsClassification(previous, triage.engine, comment.text)) patch.triage = next.triage;
      const writtenAt = writtenAtOf(next.createdAt);
      if (writtenAt !== writtenAtOf(previous.createdAt)) patch.writtenAt = writtenAt ?? null;
      if (patch.triage || patch.writtenAt !== undefined) seenPatches.set(next.id, { ...patch, id: next.id, logIds: next.logIds });
    }
    const sighting = authorSightings.get(authorKey);
    authorSightings.set(authorKey, {
      comment,
      isNew: (sighting?.isNew ?? 0) + (previous ? 0 : 1),
    });
  }

  await upsertAuthors(db, authorSightings, at);
  await syncSeenRows(db, seenPatches);
  await putComments(db, commentWrites);
  await putCommentRows(db, rowWrites);
  if (seenRows.length) await db.interactions.bulkAdd(seenRows);
  return result;
}


type Classified = Pick<StoredComment, 'labels' | 'sentiment' | 'triage' | 'correctedAt'>;

/**
 * The classification a known comment keeps after a sighting: a new one replaces the stored one only
 * when that was made by another engine version or for another text (a stored one that no longer
 * matches the text is dropped, to be made again). The labels shown follow the engine, unless the
 * community manager corrected them: a correction is kept over any later classification.
 */
function classificationAfter(
  previous: StoredComment,
  comment: Pick<SeenComment, 'text' | 'labels' | 'sentiment' | 'triage'>,
  loggedCorrection: string | undefined,
): Classified {
  const correctedAt = previous.correctedAt ?? loggedCorrection;
  const fresh = comment.triage;
  const textChanged = previous.text !== comment.text;
  const triage = fresh && needsClassification(previous, fresh.engine, comment.text) ? fresh : textChanged ? undefined : previous.triage;
  const followsEngine = !correctedAt && triage !== undefined && triage !== previous.triage;
  const labels = followsEngine ? (comment.labels ?? triage.labels) : (previous.labels ?? comment.labels);
  const sentiment = followsEngine ? (comment.sentiment ?? triage.sentiment) : (previous.sentiment ?? comment.sentiment);
  return {
    ...(labels ? { labels } : {}),
    ...(sentiment ? { sentiment } : {}),
    ...(triage ? { triage } : {}),
    ...(correctedAt ? { correctedAt } : {}),
  };
}

/** How many comments a re-classification writes per transaction: other writers wait at most one batch. */
const RECLASSIFY_BATCH = 250;

/**
 * Classifies again, in one pass, every comment of the brand whose stored classification was made by
 * another engine version (the brand's lexicon, the rules or the model changed) or is missing, so the
 * panel, the reports and the export show the new one at once. Each batch re-reads its rows in its
 * own transaction and skips a row whose text changed meanwhile; corrections are kept. Returns how
 * many comments were classified again.
 */
export async function reclassifyBrand(
  db: RiposteDB,
  brandId: string,
  engine: string,
  classifyText: (text: string) => StoredTriage,
): Promise<number> {
  const rows = parseRows(db, 'comments', CommentRowSchema, await db.comments.where('brandId').equals(brandId).toArray(), keyField('id'));
  const stale = rows.filter((row) => needsClassification(row, engine, row.text));
  let done = 0;
  for (let start = 0; start < stale.length; start += RECLASSIFY_BATCH) {
    const batch = stale.slice(start, start + RECLASSIFY_BATCH).map((row) => ({ id: row.id, text: row.text, triage: classifyText(row.text) }));
    done += await db.transaction('rw', [db.comments, db.commentStates, db.interactions], async () => {
      const current = parseRows(db, 'comments', StoredCommentSchema, await readJoined(db, batch.map((b) => b.id)), keyField('id'));
      const byId = new Map(current.map((row) => [row.id, row]));
      const legacy = current.filter((row) => !row.triage && !row.correctedAt);
      const corrections = legacy.length > 0 ? await latestCorrections(db, legacy) : new Map<string, string>();
      const writes: StoredComment[] = [];
      for (const { id, text, triage } of batch) {
        const previous = byId.get(id);
        if (!previous || previous.brandId !== brandId || previous.text !== text || !needsClassification(previous, engine, text)) continue;
        const { labels: _l, sentiment: _s, triage: _t, correctedAt: _c, ...kept } = previous;
        writes.push({ ...kept, ...classificationAfter(previous, { text, triage }, corrections.get(id)) });
      }
      await putCommentRows(db, writes);
      await syncSeenRows(db, new Map(writes.map((w) => [w.id, { triage: w.triage as StoredTriage, id: w.id, logIds: w.logIds }])));
      return writes.length;
    });
  }
  return done;
}

/** What a comment's `seen` row takes from the comment: a new classification, a new stated date (`null`: none now). */
interface SeenPatch {
  triage?: StoredTriage;
  writtenAt?: string | null;
}

/**
 * The `seen` row of each comment classified again takes the new classification, and of each comment
 * whose page now states another date (or none) that date: the reports read the engine's labels
 * (and a correction from its `corrected` row) and the stated date there, so they change with the
 * panel and the export. Each patch names its comment and the comment's log rows (`logIds`).
 */
async function syncSeenRows(db: RiposteDB, patches: ReadonlyMap<string, SeenPatch & Pick<StoredComment, 'id' | 'logIds'>>): Promise<void> {
  if (patches.size === 0) return;
  const rows = await loggedRows(db, [...patches.values()]);
  const writes: Interaction[] = [];
  for (const row of rows) {
    if (row.kind !== 'seen') continue;
    const { triage, writtenAt } = patches.get(row.commentId) as SeenPatch;
    if (triage) {
      row.labels = [...triage.labels];
      row.sentiment = triage.sentiment;
    }
    if (writtenAt === null) delete row.writtenAt;
    else if (writtenAt !== undefined) row.writtenAt = writtenAt;
    writes.push(row);
  }
  if (writes.length) await db.interactions.bulkPut(writes);
}

/**
 * The log rows these comments list (their `logIds`, read by key: the log has no index on
 * `commentId`), as stored; listed ids of rows purged since, or of another comment's, are skipped.
 */
async function loggedRows(db: RiposteDB, comments: readonly Pick<StoredComment, 'id' | 'logIds'>[]): Promise<Interaction[]> {
  const owner = new Map<string, string>();
  for (const comment of comments) for (const id of comment.logIds ?? []) owner.set(id, comment.id);
  if (owner.size === 0) return [];
  const rows = await db.interactions.bulkGet([...owner.keys()]);
  return rows.filter((row): row is Interaction => row !== undefined && owner.get(row.id) === row.commentId);
}

/** The latest `corrected` action on each of these comments, from the log. */
export async function latestCorrections(db: RiposteDB, comments: readonly Pick<StoredComment, 'id' | 'logIds'>[]): Promise<Map<string, string>> {
  const rows = (await loggedRows(db, comments)).filter((row) => row.kind === 'corrected');
  const latest = new Map<string, string>();
  for (const row of rows) if (!latest.has(row.commentId) || row.at > (latest.get(row.commentId) as string)) latest.set(row.commentId, row.at);
  return latest;
}

/** Did anything the page shows (or the triage snapshot) change? `lastSeenAt` is not a change. */
function visibleChanged(a: StoredComment, b: StoredComment): boolean {
  const strip = ({ lastSeenAt: _l, ...rest }: StoredComment) => rest;
  return JSON.stringify(strip(a)) !== JSON.stringify(strip(b));
}

async function upsertAuthors(
  db: RiposteDB,
  sightings: Map<string, { comment: SeenComment; isNew: number }>,
  at: string,
): Promise<void> {
  const keys = [...sightings.keys()];
  const existing = await bulkGetByRange(db.authors, keys);
  const writes: AuthorRow[] = [];
  keys.forEach((key, i) => {
    const { comment, isNew } = sightings.get(key)!;
    const [previous] = existing[i] ? parseRows(db, 'authors', AuthorRowSchema, [existing[i]], keyField('key')) : [];
    const { author } = comment;
    const unchanged =
      previous &&
      previous.name === author.name &&
      previous.verified === author.verified &&
      (author.followers === undefined || previous.followers === author.followers);
    if (unchanged && isNew === 0 && Date.parse(at) - Date.parse(previous.lastSeenAt) < LAST_SEEN_RESOLUTION_MS) return;
    writes.push(
      AuthorRowSchema.parse({
        ...previous,
        key,
        platform: comment.platform,
        name: author.name,
        handle: author.handle ?? previous?.handle,
        profileUrl: author.profileUrl ?? previous?.profileUrl,
        verified: author.verified,
        followers: author.followers ?? previous?.followers,
        firstSeenAt: previous?.firstSeenAt ?? at,
        lastSeenAt: previous && previous.lastSeenAt > at ? previous.lastSeenAt : at,
        commentCount: (previous?.commentCount ?? 0) + isNew,
      }),
    );
  });
  if (writes.length) await db.authors.bulkPut(writes);
}
