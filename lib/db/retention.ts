import Dexie from 'dexie';
import { handleKey, nameKey } from '../identity/keys';
import { watchlistEntryMatches, whoKeys } from '../identity/watchlist';
import { AuthorRowSchema, type AuthorRow } from '../schema/author';
import { BrandSchema, type WatchlistEntry } from '../schema/brand';
import { CommentRowSchema, toUtcIso, type CommentRow, type StoredComment } from '../schema/interaction';
import type { Platform } from '../schema/platform';
import { deleteComments, joinComment } from './comment-rows';
import type { RiposteDB } from './database';
import { forgottenHash, putForgotten } from './forgotten';
import { commentBrandIds, loggedBrandIds } from './log-brands';
import { dropQuarantined, quarantinedLastSeen } from './quarantine';
import { getSettings } from './settings';
import { keyField, parseRows } from './validate';

const DAY = 24 * 60 * 60 * 1000;

export interface PurgeResult {
  /** Rows older than this (UTC ISO) were removed. */
  cutoff: string;
  comments: number;
  interactions: number;
  authors: number;
}

/**
 * Retention: remove logged data older than `days` days before `now`, in one transaction:
 * - comments not seen (nor acted upon) since the cutoff, with all their log rows;
 * - every log row older than the cutoff (a comment still in view keeps its row and recent actions);
 * - authors not seen since the cutoff who have no comment left, unless the community manager
 *   gave them a note or a watch kind (deliberate curation, like the brands' watchlists).
 * Brands, templates, settings and meta are kept. `days` = 0 means "keep everything".
 */
export async function purgeOlderThan(db: RiposteDB, days: number, now: string | Date): Promise<PurgeResult> {
  if (!(Number.isInteger(days) && days >= 0)) throw new RangeError(`days must be a non-negative integer, got ${days}`);
  const cutoff = new Date(Date.parse(toUtcIso(now)) - days * DAY).toISOString();
  if (days === 0) return { cutoff, comments: 0, interactions: 0, authors: 0 };
  return db.transaction('rw', [db.comments, db.commentStates, db.interactions, db.authors, db.meta], async () => {
    // The comments keep no `lastSeenAt` index (schema v9): one last seen before the cutoff was first
    // seen before it too, so the comments first seen before it are read, brand by brand on
    // [brandId+firstSeenAt], and those last seen before it go.
    const rows: CommentRow[] = [];
    for (const brandId of await commentBrandIds(db)) {
      rows.push(...(await db.comments.where('[brandId+firstSeenAt]').between([brandId, Dexie.minKey], [brandId, cutoff], true, false).toArray()));
    }
    // Their states say when they were last acted upon, and list their log rows.
    const states = await db.commentStates.bulkGet(rows.map((row) => row.id));
    const firstSeenBefore = rows.map((row, i) => joinComment(row, states[i]) as StoredComment);
    const isStale = (c: StoredComment) => typeof c.lastSeenAt === 'string' && c.lastSeenAt < cutoff;
    const stale = firstSeenBefore.filter(isStale);
    const staleComments = stale.map((c) => c.id);
    let interactions = 0;
    for (const brandId of await loggedBrandIds(db)) {
      interactions += await db.interactions.where('[brandId+at]').between([brandId, Dexie.minKey], [brandId, cutoff], true, false).delete();
    }
    // The log has no index on `commentId` (schema v9): a comment's rows are the ids it lists.
    const staleLogIds = stale.flatMap((c) => (Array.isArray(c.logIds) ? c.logIds.filter((id) => typeof id === 'string') : []));
    if (staleLogIds.length > 0) interactions += await db.interactions.where(':id').anyOf(staleLogIds).delete();
    await deleteComments(db, staleComments);

    const staleAuthors = parseRows(
      db,
      'authors',
      AuthorRowSchema,
      await db.authors.where('lastSeenAt').below(cutoff).toArray(),
      keyField('key'),
    );
    // An author row is written at the first sighting of each of their comments, so every comment of
    // an author last seen before the cutoff was first seen before it: if one is left, it is among
    // the comments read above (the comments keep no `authorKey` index, schema v9).
    const keptAuthors = new Set(firstSeenBefore.filter((c) => !isStale(c)).map((c) => c.authorKey));
    const removable = staleAuthors.filter((author) => !author.notes.trim() && !author.watch && !keptAuthors.has(author.key)).map((author) => author.key);
    await db.authors.bulkDelete(removable);
    // Rows an upgrade set aside age out like the rest (undated ones too: nothing says they are recent).
    await dropQuarantined(db, (row) => (quarantinedLastSeen(row) ?? '') < cutoff);
    await db.meta.put({ key: 'lastPurgeAt', value: toUtcIso(now) });
    return { cutoff, comments: staleComments.length, interactions, authors: removable.length };
  });
}

/**
 * The automatic purge: applies `settings.retentionDays` at most once a day. Call it when the
 * background wakes up (an alarm, browser start-up). Returns undefined when nothing was due.
 */
export async function purgeIfDue(db: RiposteDB, now: string | Date): Promise<PurgeResult | undefined> {
  const { retentionDays } = await getSettings(db);
  if (retentionDays === 0) return undefined;
  const last = (await db.meta.get('lastPurgeAt'))?.value;
  if (typeof last === 'string' && Date.parse(toUtcIso(now)) - Date.parse(last) < DAY) return undefined;
  return purgeOlderThan(db, retentionDays, now);
}

/** Replaces what identified a forgotten person in texts that stay. */
export const REDACTED = '[removed]';

export interface ForgetResult {
  comments: number;
  interactions: number;
  authors: number;
  /** Entries removed from brands' watchlists. */
  watchlistEntries: number;
  /** Other texts (other people's comments, replies, notes) where a mention was redacted. */
  redactedTexts: number;
}

/**
 * "Forget this author" (GDPR erasure), in one transaction over every table that can hold them:
 * - their comments, every log row about those comments (including the brand's replies to them,
 *   which usually greet them by name), and their author row (notes included);
 * - watchlist entries in any brand that name them (handle, profile URL or display name, by the
 *   rule the panel and the reports use: lib/identity/watchlist.ts);
 * - mentions of them in texts that stay (other people's comments, replies and notes on other
 *   comments, other authors' notes) are replaced by REDACTED: `@handle` always; the bare handle
 *   and the display name when they cannot be mistaken for ordinary words (a handle of 4+
 *   characters; a display name of two words or more — "Marie" alone is left, "Marie Dubois" is
 *   not). Matching is case-insensitive, on whole words, accents as written.
 * Templates, settings and other brand fields are not about people and are not scanned.
 * Their author key is then kept as a hash only (lib/db/forgotten.ts), so that the pages that still
 * show them log nothing about them again.
 */
export async function forgetAuthor(db: RiposteDB, authorKey: string, now: string | Date = new Date()): Promise<ForgetResult> {
  const at = toUtcIso(now);
  const hash = await forgottenHash(authorKey);
  return db.transaction('rw', [db.comments, db.commentStates, db.interactions, db.authors, db.brands, db.meta, db.forgottenAuthors], async () => {
    // Remembered one-way, in the same transaction, so the next page that shows them logs nothing.
    await putForgotten(db, hash, at);
    const authorRow = parseRows(db, 'authors', AuthorRowSchema, [await db.authors.get(authorKey)], keyField('key'))[0];
    const theirComments = parseRows(
      db,
      'comments',
      CommentRowSchema,
      // No `authorKey` index on the comments (schema v9): erasure is rare and reads the whole log anyway.
      await db.comments.filter((c) => c.authorKey === authorKey).toArray(),
      keyField('id'),
    );
    // Identity from the author row, else from their comments (an author row may be missing).
    const identity = identityOf(authorKey, authorRow, theirComments.map((c) => c.author));
    const commentIds = theirComments.map((c) => c.id);

    await deleteComments(db, commentIds);
    const authors = authorRow ? 1 : 0;
    await db.authors.delete(authorKey);
    // A row an upgrade set aside that names them anywhere goes too (it is malformed: matched as text).
    const needles = [...identity.handles, ...identity.names].filter((n) => n.length >= 3);
    await dropQuarantined(db, (row) => {
      const text = (JSON.stringify(row.row) ?? '').normalize('NFC').toLowerCase();
      return needles.some((n) => text.includes(n));
    });

    let watchlistEntries = 0;
    for (const brand of parseRows(db, 'brands', BrandSchema, await db.brands.toArray(), keyField('id'))) {
      const kept = brand.watchlist.filter((entry) => !watchlistMatches(entry, identity));
      if (kept.length === brand.watchlist.length) continue;
      watchlistEntries += brand.watchlist.length - kept.length;
      await db.brands.put({ ...brand, watchlist: kept });
    }

    const redact = mentionRedactor(identity);
    // Dexie's modify() counts every row it visits, so changes are counted here.
    let redactedTexts = 0;
    const rewrite = (text: string): string => {
      const next = redact ? redact(text) : text;
      if (next !== text) redactedTexts += 1;
      return next;
    };
    // The log has no authorKey index (schema v8, so that each row is written with one entry less):
    // their rows, and every row about their comments, are found in one pass over the log, the pass
    // that redacts mentions of them in the rows that stay.
    const theirs = new Set(commentIds);
    let interactions = 0;
    await db.interactions
      .filter((r) => r.authorKey === authorKey || theirs.has(r.commentId) || (redact !== undefined && Boolean(r.finalText || r.note)))
      .modify((r, ctx) => {
        if (r.authorKey === authorKey || theirs.has(r.commentId)) {
          interactions += 1;
          delete (ctx as { value?: unknown }).value;
          return;
        }
        if (r.finalText) r.finalText = rewrite(r.finalText);
        if (r.note) r.note = rewrite(r.note);
      });
    if (redact) {
      await db.comments.toCollection().modify((c) => {
        c.text = rewrite(c.text);
      });
      await db.authors
        .filter((a) => a.notes !== '')
        .modify((a) => {
          a.notes = rewrite(a.notes);
        });
    }
    return { comments: commentIds.length, interactions, authors, watchlistEntries, redactedTexts };
  });
}

interface Identity {
  platform: Platform | undefined;
  /** Handles and display names as written on the page (lower-cased), for redacting mentions. */
  handles: Set<string>;
  names: Set<string>;
  /** Watchlist matching keys (lib/identity). */
  keys: Set<string>;
}

function identityOf(
  authorKey: string,
  row: AuthorRow | undefined,
  seen: readonly { name: string; handle?: string; profileUrl?: string }[],
): Identity {
  const platform = (row?.platform ?? authorKey.split(':')[0]) as Platform | undefined;
  const people = [...(row ? [row] : []), ...seen];
  const identity: Identity = { platform, handles: new Set(), names: new Set(), keys: whoKeys(people) };
  for (const a of people) {
    if (a.handle) identity.handles.add(handleKey(a.handle));
    identity.names.add(nameKey(a.name));
  }
  return identity;
}

function watchlistMatches(entry: WatchlistEntry, who: Identity): boolean {
  return watchlistEntryMatches(entry, who.keys, who.platform);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A function that redacts this person's mentions, or undefined when nothing is safe to look for. */
function mentionRedactor(who: Identity): ((text: string) => string) | undefined {
  const patterns: string[] = [];
  for (const handle of who.handles) {
    patterns.push(`@${escapeRegExp(handle)}`);
    if (handle.length >= 4) patterns.push(escapeRegExp(handle));
  }
  for (const name of who.names) if (/\s/.test(name)) patterns.push(escapeRegExp(name).replace(/\s+/g, '\\s+'));
  if (patterns.length === 0) return undefined;
  // Longest first so "@lea.martin" is taken whole before "lea.martin".
  patterns.sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}_@])(?:${patterns.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  return (text) => text.replace(re, REDACTED);
}
