import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { backupToJson, BackupError, exportBackup, parseBackup, restoreBackup } from '@/lib/db/backup';
import { saveBrand } from '@/lib/db/brands';
import { readAllJoined } from '@/lib/db/comment-rows';
import { getComment, logInteraction } from '@/lib/db/interactions';
import { recordSeen } from '@/lib/db/seen';
import { getSettings, saveSettings } from '@/lib/db/settings';
import { saveTemplate } from '@/lib/db/templates';
import { DB_SCHEMA_VERSION, type RiposteDB } from '@/lib/db/database';
import { freshDb, makeBrand, makeComment, makeTemplate } from './helpers';

const NOW = '2026-03-10T12:00:00.000Z';

async function populate(db: RiposteDB, prefix: string): Promise<void> {
  await saveBrand(db, makeBrand(`${prefix}-brand`));
  await saveTemplate(db, makeTemplate(`${prefix}-t1`, `${prefix}-brand`));
  await saveSettings(db, { slaMinutes: prefix === 'old' ? 30 : 90, agentName: prefix });
  await recordSeen(db, `${prefix}-brand`, [makeComment(`${prefix}-c1`), makeComment(`${prefix}-c2`, { author: { name: 'Marc Dupont', verified: true } })], '2026-03-02T08:00:00.000Z');
  await logInteraction(db, { commentId: `${prefix}-c1`, kind: 'inserted', templateId: `${prefix}-t1`, at: '2026-03-02T08:10:00.000Z', finalText: 'Bonjour 👋 "merci"' });
  await logInteraction(db, { commentId: `${prefix}-c1`, kind: 'replied', source: 'page', at: '2026-03-02T08:20:00.000Z' });
  await db.meta.put({ key: 'lastPurgeAt', value: '2026-03-01T00:00:00.000Z' });
}

/** Every row of every table, for before/after comparisons. */
/** Every table's rows, comments joined with their states (a state's latest action is folded into `lastSeenAt`, as a backup carries it). */
async function snapshot(db: RiposteDB) {
  const out: Record<string, unknown[]> = {};
  for (const table of db.allTables) if (table !== db.commentStates) out[table.name] = await table.toArray();
  out.comments = await readAllJoined(db);
  return out;
}

describe('backup and restore', () => {
  it('round-trips the whole database through JSON', async () => {
    const source = await freshDb();
    await populate(source, 'old');
    const json = backupToJson(await exportBackup(source, NOW));
    const target = await freshDb();
    await populate(target, 'new');

    const result = await restoreBackup(target, json);
    expect(result).toEqual({ brands: 1, templates: 1, settings: 1, authors: 2, comments: 2, interactions: 4, meta: 1, profileSnapshots: 0, threadAggregates: 0 });
    // Same content as the source (JSON drops undefined properties: compare through JSON too).
    expect(JSON.parse(JSON.stringify(await snapshot(target)))).toEqual(JSON.parse(JSON.stringify(await snapshot(source))));
    expect((await getSettings(target)).agentName).toBe('old');
    const doc = parseBackup(json);
    expect(doc).toMatchObject({ format: 'riposte-backup', version: 1, dbSchemaVersion: DB_SCHEMA_VERSION, exportedAt: NOW });
  });

  it.each([
    ['not JSON', '{"format": "riposte-backup", ', /not valid JSON/],
    ['another file', JSON.stringify({ hello: 'world' }), /not a Riposte backup/],
    ['a truncated table', 'TRUNCATE', /damaged or incomplete/],
    ['a bad row', 'BAD_ROW', /damaged or incomplete[\s\S]*interactions/],
    ['a duplicate id', 'DUPLICATE', /comment old-c1 twice/],
    ['a newer schema', 'NEWER', /newer Riposte/],
  ])('refuses %s and leaves the database untouched', async (_what, variant, message) => {
    const source = await freshDb();
    await populate(source, 'old');
    const doc = await exportBackup(source, NOW);
    let input: string = variant;
    if (variant === 'TRUNCATE') input = JSON.stringify({ ...doc, data: { ...doc.data, comments: undefined } });
    if (variant === 'BAD_ROW') input = JSON.stringify({ ...doc, data: { ...doc.data, interactions: [...doc.data.interactions, { id: 'x', kind: 'hugged' }] } });
    if (variant === 'DUPLICATE') input = JSON.stringify({ ...doc, data: { ...doc.data, comments: [...doc.data.comments, doc.data.comments[0]] } });
    if (variant === 'NEWER') input = JSON.stringify({ ...doc, dbSchemaVersion: 99 });
    if (!['TRUNCATE', 'BAD_ROW', 'DUPLICATE', 'NEWER'].includes(variant)) input = variant;

    const target = await freshDb();
    await populate(target, 'new');
    const before = await snapshot(target);
    await expect(restoreBackup(target, input)).rejects.toThrow(BackupError);
    await expect(restoreBackup(target, input)).rejects.toThrow(message);
    expect(await snapshot(target)).toEqual(before);
  });

  it('rolls everything back when a write fails half-way through the restore', async () => {
    const source = await freshDb();
    await populate(source, 'old');
    const json = backupToJson(await exportBackup(source, NOW));
    const target = await freshDb();
    await populate(target, 'new');
    const before = await snapshot(target);

    // Tables are cleared and brands, templates, settings, authors and comments already written
    // when the interactions write fails (a quota error, say).
    const spy = vi.spyOn(target.interactions, 'bulkPut').mockImplementation(() => Dexie.Promise.reject(new Error('QuotaExceededError')));
    await expect(restoreBackup(target, json)).rejects.toThrow('QuotaExceededError');
    expect(spy).toHaveBeenCalledOnce();
    spy.mockRestore();
    expect(await snapshot(target)).toEqual(before);
  });

  it('backs up an empty database and restores it', async () => {
    const empty = await freshDb();
    const doc = await exportBackup(empty, NOW);
    expect(doc.data.settings).toBeNull();
    const target = await freshDb();
    await populate(target, 'new');
    await restoreBackup(target, doc);
    expect(await target.comments.count()).toBe(0);
    expect((await getSettings(target)).slaMinutes).toBe(60);
  });

  it('reads a backup from before schema v4 as the v4 upgrade reads the database: its "replied" were drafts', async () => {
    const source = await freshDb();
    await populate(source, 'old');
    const doc = JSON.parse(backupToJson(await exportBackup(source, NOW))) as {
      dbSchemaVersion: number;
      data: { comments: Array<Record<string, unknown>>; interactions: Array<Record<string, unknown>> };
    };
    // As Riposte 0.1 wrote it: the insert logged as `replied`, the comment `replied` since then.
    doc.dbSchemaVersion = 3;
    doc.data.interactions = doc.data.interactions.filter((r) => r.kind !== 'replied').map((r) => (r.kind === 'inserted' ? { ...r, kind: 'replied' } : r));
    doc.data.comments = doc.data.comments.map((c) =>
      c.id === 'old-c1' ? { ...c, status: 'replied', firstRepliedAt: '2026-03-02T08:10:00.000Z', draftInsertedAt: undefined, interactionCount: 2 } : c,
    );
    const target = await freshDb();
    await restoreBackup(target, JSON.stringify(doc));
    expect(await getComment(target, 'old-c1')).toMatchObject({ status: 'drafted', draftInsertedAt: '2026-03-02T08:10:00.000Z' });
    expect((await getComment(target, 'old-c1'))?.firstRepliedAt).toBeUndefined();
    expect((await target.interactions.toArray()).map((r) => r.kind).sort()).toEqual(['inserted', 'seen', 'seen']);
  });
});
