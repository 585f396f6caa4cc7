import { authorKeyOf, handleFromInput } from '../identity/keys';
import { ForgottenAuthorSchema } from '../schema/author';
import type { Platform } from '../schema/platform';
import type { RiposteDB } from './database';

/**
 * A one-way record of the people forgotten on request. Only a SHA-256 hash of the author key is
 * kept: enough to recognise the same handle, profile or name when a page shows it again, not
 * enough to list who was forgotten. (Someone who already knows a handle can check it against the
 * table; that is what recognising them again requires.) The rows outlive retention and are not in
 * backups: they name nobody, and neither a purge nor a restore may lift the promise that a
 * forgotten person is not logged again (a backup made before the forget still holds their rows).
 */

/** Keeps these hashes apart from any other SHA-256 of the same text. */
const HASH_CONTEXT = 'riposte:forgotten-author:';

/** Hex SHA-256 of an author key (`authorKeyOf`). Async: Web Crypto, available in browsers and Node. */
export async function forgottenHash(authorKey: string): Promise<string> {
  const bytes = new TextEncoder().encode(HASH_CONTEXT + authorKey);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Record that this author key is forgotten. Writes to `forgottenAuthors` only, so it can join the
 * caller's transaction (the hash is computed before it, since Web Crypto is not a Dexie promise).
 */
export async function putForgotten(db: RiposteDB, hash: string, at: string): Promise<void> {
  await db.forgottenAuthors.put(ForgottenAuthorSchema.parse({ hash, at }));
}

/** Thrown inside a transaction that finds someone forgotten after it skipped hashing: run again with the hashes. */
export class StaleForgottenCheckError extends Error {
  constructor() {
    super('Someone was forgotten while this write was being prepared.');
    this.name = 'StaleForgottenCheckError';
  }
}

const hashAll = (keys: readonly string[]) => Promise.all(keys.map(forgottenHash));

/**
 * Runs `write` with the hashes of these author keys, for `withoutForgotten` inside its transaction.
 * Web Crypto cannot run inside a Dexie transaction, so the hashes are made before it; and they are
 * not made at all while nobody is forgotten (the usual case: a few hundred digests per page report
 * saved). Should someone be forgotten in between, `withoutForgotten` throws and `write` runs again
 * with the hashes.
 */
export async function withForgottenHashes<R>(db: RiposteDB, keys: readonly string[], write: (hashes: readonly string[] | undefined) => Promise<R>): Promise<R> {
  const hashes = (await db.forgottenAuthors.count()) === 0 ? undefined : await hashAll(keys);
  try {
    return await write(hashes);
  } catch (error) {
    if (hashes !== undefined || !(error instanceof StaleForgottenCheckError)) throw error;
    return write(await hashAll(keys));
  }
}

/**
 * The items whose author is not forgotten, in order. `hashes` are the items' author-key hashes
 * (same order) from `withForgottenHashes`; reads inside the caller's transaction.
 */
export async function withoutForgotten<T>(db: RiposteDB, items: readonly T[], hashes: readonly string[] | undefined): Promise<T[]> {
  if (items.length === 0) return [];
  if ((await db.forgottenAuthors.count()) === 0) return [...items];
  if (hashes === undefined) throw new StaleForgottenCheckError();
  const found = await db.forgottenAuthors.bulkGet([...hashes]);
  return items.filter((_, i) => found[i] === undefined);
}

/** How many people are forgotten (the options page says so; no one can be listed). */
export async function countForgotten(db: RiposteDB): Promise<number> {
  return db.forgottenAuthors.count();
}

/**
 * The author keys a person typed by hand may have been logged under on one site: as a handle
 * (also the last segment of a pasted profile link), as a profile link, or as a display name.
 */
function keysTyped(platform: Platform, typed: string): string[] {
  const text = typed.trim();
  if (!text) return [];
  const keys = new Set<string>();
  const handle = handleFromInput(text);
  if (handle && !/\s/u.test(handle)) keys.add(authorKeyOf(platform, { name: text, handle }));
  if (/^https?:\/\//iu.test(text)) {
    try {
      keys.add(authorKeyOf(platform, { name: text, profileUrl: text }));
    } catch {
      // Not a URL after all: the other readings stand.
    }
  }
  keys.add(authorKeyOf(platform, { name: text }));
  return [...keys];
}

/**
 * Let a forgotten person be logged again, named by the community manager as the page shows them
 * (handle, profile link or display name, on one site). Returns how many records were lifted: 0
 * when nobody by that name was forgotten there.
 */
export async function unforgetAuthor(db: RiposteDB, platform: Platform, typed: string): Promise<number> {
  const hashes = await Promise.all(keysTyped(platform, typed).map(forgottenHash));
  if (hashes.length === 0) return 0;
  return db.transaction('rw', db.forgottenAuthors, async () => {
    const found = (await db.forgottenAuthors.bulkGet(hashes)).filter((row) => row !== undefined);
    await db.forgottenAuthors.bulkDelete(found.map((row) => row.hash));
    return found.length;
  });
}
