import Dexie from 'dexie';
import type { RiposteDB } from '@/lib/db/database';
import { readAllJoined } from '@/lib/db/comment-rows';
import { declareSchema } from '@/lib/db/migrations';
import { makeBrand, makeTemplate, rawCommentRow, rawLogRow, uniqueDbName, withoutLogIds } from './helpers';

type Rows = Record<string, Record<string, unknown>[]>;

/** A row or more for every table any schema version has had, as the upgrade tests start from. */
function defaultRows(): Rows {
  return {
    brands: [makeBrand('lumiere') as Record<string, unknown>],
    templates: [makeTemplate('t1', 'lumiere') as Record<string, unknown>],
    settings: [{ key: 'settings', value: { slaMinutes: 45 } }],
    meta: [{ key: 'lastPurgeAt', value: '2026-11-01T00:00:00.000Z' }],
    authors: [
      { key: 'x:hugob', platform: 'x', name: 'Hugo Bernard', handle: 'hugob', verified: false, firstSeenAt: '2026-11-02T08:00:00.000Z', lastSeenAt: '2026-11-02T09:00:00.000Z', commentCount: 2, notes: '' },
    ],
    comments: [rawCommentRow('c1', { status: 'replied', firstRepliedAt: '2026-11-02T08:10:00.000Z', interactionCount: 2 }), rawCommentRow('c2', { status: 'new' })],
    interactions: [
      rawLogRow('i1', 'c1', 'seen', '2026-11-02T08:00:00.000Z'),
      rawLogRow('i2', 'c1', 'replied', '2026-11-02T08:10:00.000Z', { finalText: 'Bonjour Hugo' }),
      rawLogRow('i3', 'c2', 'seen', '2026-11-02T08:00:00.000Z'),
    ],
    profileSnapshots: [
      { brandId: 'lumiere', platform: 'x', handle: 'maisonlumiere', name: 'Maison Lumière', followers: 1200, verified: false, url: 'https://x.com/maisonlumiere', day: '2026-11-02', at: '2026-11-02T08:00:00.000Z', relation: 'own' },
    ],
    threadAggregates: [
      {
        id: 'a1',
        brandId: 'lumiere',
        platform: 'x',
        postUrl: 'https://x.com/rival/status/9',
        handle: 'rival',
        competitor: 'Rival',
        day: '2026-11-02',
        updatedAt: '2026-11-02T08:00:00.000Z',
        volume: 4,
        labels: { complaint: 1, question: 1, praise: 0 },
        sentiment: { negative: 1, neutral: 3, positive: 0 },
        terms: [{ term: 'livraison', count: 2 }],
        commentHashes: [12, 34],
      },
    ],
    forgottenAuthors: [{ hash: 'a'.repeat(64), forgottenAt: '2026-11-01T00:00:00.000Z' }],
  };
}

/**
 * A database at schema `version` with a row or more in every table that version has, written raw
 * (no validation), then closed. `rows` replaces the default rows of the tables it names. Returns
 * the database's name and the rows written, table by table.
 */
export async function oldDatabase(version: number, rows: Rows = {}): Promise<{ name: string; tables: Rows }> {
  const name = uniqueDbName();
  const old = new Dexie(name);
  declareSchema(old, version);
  await old.open();
  const present = new Set(old.tables.map((t) => t.name));
  const tables = Object.fromEntries(Object.entries({ ...defaultRows(), ...rows }).filter(([table]) => present.has(table)));
  for (const [table, list] of Object.entries(tables)) await old.table(table).bulkAdd(list);
  old.close();
  return { name, tables };
}

/** Rows in a stable order, to compare tables whatever order they are read in. */
export const byKey = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/**
 * A table's rows after an upgrade, comparable with the rows an older version held: comments joined
 * with their state rows (apart since schema v10), without the `logIds` that v9 adds (the v9 test checks them).
 */
export async function rowsAsBefore(db: RiposteDB, table: string): Promise<Record<string, unknown>[]> {
  const rows = table === 'comments' ? ((await readAllJoined(db)) as Record<string, unknown>[]) : await db.table(table).toArray();
  return byKey(withoutLogIds(rows));
}
