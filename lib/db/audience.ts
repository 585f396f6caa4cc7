import { aggregateThread, threadShares, type ThreadComment, type ThreadMeta } from '../audience/aggregate';
import { watchedAccount } from '../audience/accounts';
import { localDayOf } from '../calendar';
import { ProfileReadingSchema, ProfileSnapshotSchema, ThreadAggregateSchema, type ProfileSnapshot, type ThreadAggregate } from '../schema/audience';
import type { Brand } from '../schema/brand';
import type { RiposteDB } from './database';
import { parseInput, parseRow, parseRows } from './validate';

export type RecordSnapshotResult =
  | { status: 'stored'; snapshot: ProfileSnapshot }
  | { status: 'already-today'; snapshot: ProfileSnapshot }
  | { status: 'not-watched' };

const snapshotKey = (row: unknown): unknown => {
  const r = row as Partial<ProfileSnapshot> | undefined;
  return [r?.brandId, r?.platform, r?.handle, r?.day];
};

/**
 * Stores what a profile header shows, at most once per account, day and brand, and only for the
 * brand's own accounts and its competitors' (anyone else's profile is not Riposte's business).
 * `force` (the panel's "take a snapshot now") replaces today's snapshot with the fresh figures.
 */
export async function recordProfileSnapshot(
  db: RiposteDB,
  brand: Brand,
  reading: unknown,
  now: Date,
  options: { force?: boolean } = {},
): Promise<RecordSnapshotResult> {
  const profile = parseInput(ProfileReadingSchema, reading, 'profile');
  const watched = watchedAccount(brand, profile.platform, profile.handle);
  if (!watched) return { status: 'not-watched' };
  const snapshot = parseInput(
    ProfileSnapshotSchema,
    { ...profile, brandId: brand.id, day: localDayOf(now), at: now.toISOString(), ...watched },
    'profile snapshot',
  );
  return db.transaction('rw', db.profileSnapshots, async () => {
    const existing = await db.profileSnapshots.get([snapshot.brandId, snapshot.platform, snapshot.handle, snapshot.day]);
    const valid = existing && parseRow(db, 'profileSnapshots', ProfileSnapshotSchema, existing, snapshotKey);
    if (valid && !options.force) return { status: 'already-today', snapshot: valid } as const;
    await db.profileSnapshots.put(snapshot);
    return { status: 'stored', snapshot } as const;
  });
}

/** A brand's snapshots, oldest day first, optionally from `fromDay` (inclusive). */
export async function listProfileSnapshots(db: RiposteDB, brandId: string, fromDay = '0000-00-00'): Promise<ProfileSnapshot[]> {
  const rows = await db.profileSnapshots.where('[brandId+day]').between([brandId, fromDay], [brandId, '9999-99-99'], true, true).toArray();
  return parseRows(db, 'profileSnapshots', ProfileSnapshotSchema, rows, snapshotKey);
}

/** Adds a competitor thread's newly seen comments to today's aggregate for that post. */
export async function recordThreadComments(db: RiposteDB, comments: readonly ThreadComment[], meta: ThreadMeta): Promise<ThreadAggregate> {
  const id = `${meta.brandId}|${meta.postUrl}|${meta.day}`;
  return db.transaction('rw', db.threadAggregates, async () => {
    const stored = await db.threadAggregates.get(id);
    const previous = stored && parseRow(db, 'threadAggregates', ThreadAggregateSchema, stored, (r) => (r as { id?: unknown }).id);
    const next = parseInput(ThreadAggregateSchema, aggregateThread(previous, comments, meta), 'thread aggregate');
    await db.threadAggregates.put(next);
    return next;
  });
}

/** A brand's competitor thread aggregates, oldest day first, optionally from `fromDay`. */
export async function listThreadAggregates(db: RiposteDB, brandId: string, fromDay = '0000-00-00'): Promise<ThreadAggregate[]> {
  const rows = await db.threadAggregates.where('[brandId+day]').between([brandId, fromDay], [brandId, '9999-99-99'], true, true).toArray();
  return parseRows(db, 'threadAggregates', ThreadAggregateSchema, rows, (r) => (r as { id?: unknown }).id);
}

/**
 * The brand's own comment health since `fromIso` (first seen), in the same shape as a competitor
 * thread's, so the two compare side by side. The brand's own replies are not counted.
 */
export async function brandCommentShares(db: RiposteDB, brandId: string, fromIso: string): Promise<ReturnType<typeof threadShares>> {
  const labels = { complaint: 0, question: 0, praise: 0 };
  const sentiment = { negative: 0, neutral: 0, positive: 0 };
  let volume = 0;
  await db.comments
    .where('[brandId+firstSeenAt]')
    .between([brandId, fromIso], [brandId, '\uffff'], true, true)
    .each((row) => {
      if (row.isOwnBrand) return;
      volume += 1;
      for (const label of row.labels ?? []) if (label === 'complaint' || label === 'question' || label === 'praise') labels[label] += 1;
      if (row.sentiment) sentiment[row.sentiment] += 1;
    });
  return threadShares([{ volume, labels, sentiment }]);
}
