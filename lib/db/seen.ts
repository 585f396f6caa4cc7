import { authorKeyOf } from '../identity/keys';
import { AuthorRowSchema, type AuthorRow } from '../schema/author';
import {
  InteractionSchema,
  SeenCommentSchema,
  StoredCommentSchema,
  toUtcIso,
  type Interaction,
  type SeenCommentInput,
  type StoredComment,
} from '../schema/interaction';
import type { z } from 'zod';
import type { RiposteDB } from './database';
import { forgottenHash, withoutForgotten } from './forgotten';
import { keyField, parseInput, parseRows } from './validate';

type SeenComment = z.infer<typeof SeenCommentSchema>;

export interface RecordSeenResult {
  /** Ids logged for the first time by this call (a `seen` interaction was written for each). */
  added: string[];
  /** Ids already logged whose row changed (text edited, new like count, new snapshot…). */
  updated: string[];
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
  // People forgotten on request are left out: hashed here, outside the transaction (Web Crypto).
  const hashes = await Promise.all(parsed.map((c) => forgottenHash(authorKeyOf(c.platform, c.author))));
  return db.transaction('rw', [db.comments, db.interactions, db.authors, db.forgottenAuthors], async () =>
    recordSeenInTransaction(db, brandId, await withoutForgotten(db, parsed, hashes), at),
  );
}

/** The body of `recordSeen`; callers must already hold a rw transaction on comments, interactions, authors. */
export async function recordSeenInTransaction(
  db: RiposteDB,
  brandId: string,
  comments: readonly SeenComment[],
  at: string,
): Promise<RecordSeenResult> {
  // The same comment twice in one report: the later copy wins.
  const byId = new Map(comments.map((c) => [c.id, c]));
  const ids = [...byId.keys()];
  const storedRaw = await db.comments.bulkGet(ids);
  const stored = new Map<string, StoredComment>();
  storedRaw.forEach((row, i) => {
    if (!row) return;
    const [valid] = parseRows(db, 'comments', StoredCommentSchema, [row], keyField('id'));
    // An unreadable stored row is replaced by a fresh one rather than blocking the log forever.
    if (valid) stored.set(ids[i] as string, valid);
  });

  const result: RecordSeenResult = { added: [], updated: [] };
  const commentWrites: StoredComment[] = [];
  const seenRows: Interaction[] = [];
  const authorSightings = new Map<string, { comment: SeenComment; isNew: number }>();

  for (const comment of byId.values()) {
    const authorKey = authorKeyOf(comment.platform, comment.author);
    const previous = stored.get(comment.id);
    const { labels, sentiment, ...visible } = comment;
    if (!previous) {
      result.added.push(comment.id);
      commentWrites.push(
        StoredCommentSchema.parse({
          ...visible,
          ...(labels ? { labels } : {}),
          ...(sentiment ? { sentiment } : {}),
          brandId,
          authorKey,
          firstSeenAt: at,
          lastSeenAt: at,
          status: 'new',
          interactionCount: 1,
        }),
      );
      seenRows.push(
        InteractionSchema.parse({
          id: crypto.randomUUID(),
          brandId,
          commentId: comment.id,
          platform: comment.platform,
          postUrl: comment.postUrl,
          authorKey,
          kind: 'seen',
          at,
          ...(labels ? { labels } : {}),
          ...(sentiment ? { sentiment } : {}),
        }),
      );
    } else {
      const next: StoredComment = StoredCommentSchema.parse({
        ...previous,
        ...visible,
        authorKey,
        // First snapshot wins: later ones must not undo a community manager's correction.
        labels: previous.labels ?? labels,
        sentiment: previous.sentiment ?? sentiment,
        lastSeenAt: at > previous.lastSeenAt ? at : previous.lastSeenAt,
      });
      const changed = visibleChanged(previous, next);
      if (changed) result.updated.push(comment.id);
      const stale = Date.parse(at) - Date.parse(previous.lastSeenAt) >= LAST_SEEN_RESOLUTION_MS;
      if (changed || stale) commentWrites.push(next);
    }
    const sighting = authorSightings.get(authorKey);
    authorSightings.set(authorKey, {
      comment,
      isNew: (sighting?.isNew ?? 0) + (previous ? 0 : 1),
    });
  }

  await upsertAuthors(db, authorSightings, at);
  if (commentWrites.length) await db.comments.bulkPut(commentWrites);
  if (seenRows.length) await db.interactions.bulkAdd(seenRows);
  return result;
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
  const existing = await db.authors.bulkGet(keys);
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
