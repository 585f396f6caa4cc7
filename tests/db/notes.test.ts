import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { backupToJson, exportBackup, restoreBackup } from '@/lib/db/backup';
import { commentHistory, getComment, logInteraction, statusesFor } from '@/lib/db/interactions';
import { recordSeen } from '@/lib/db/seen';
import { exportRows, interactionsToCsv, type ExportRow } from '@/lib/export';
import { buildTimelines } from '@/lib/kpi/timeline';
import { InteractionSchema } from '@/lib/schema/interaction';
import { freshDb, makeComment } from './helpers';

const T0 = '2026-03-02T08:00:00.000Z';

async function collect(source: AsyncIterable<ExportRow>): Promise<ExportRow[]> {
  const out: ExportRow[] = [];
  for await (const row of source) out.push(row);
  return out;
}

describe('private notes (noted)', () => {
  it('keeps every note in the history, the latest on the comment, and never changes the status', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1')], T0);
    await logInteraction(db, { commentId: 'c1', kind: 'escalated', department: 'after-sales', at: '2026-03-02T08:05:00.000Z' });
    await logInteraction(db, { commentId: 'c1', kind: 'noted', note: 'client VIP', at: '2026-03-02T08:10:00.000Z' });
    await logInteraction(db, { commentId: 'c1', kind: 'noted', note: 'rappelé le 12', at: '2026-03-02T08:20:00.000Z' });

    const notes = (await commentHistory(db, 'c1')).filter((r) => r.kind === 'noted');
    expect(notes.map((n) => [n.at, n.note])).toEqual([
      ['2026-03-02T08:10:00.000Z', 'client VIP'],
      ['2026-03-02T08:20:00.000Z', 'rappelé le 12'],
    ]);
    expect(await getComment(db, 'c1')).toMatchObject({ status: 'escalated', lastNote: 'rappelé le 12' });
    expect((await statusesFor(db, ['c1'])).get('c1')).toMatchObject({ status: 'escalated', lastNote: 'rappelé le 12' });
    expect(buildTimelines(await commentHistory(db, 'c1')).get('c1')?.status).toBe('escalated');
  });

  it('is exported with its text in the note column', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1')], T0);
    await logInteraction(db, { commentId: 'c1', kind: 'noted', note: 'client VIP; rappelé le 12', at: '2026-03-02T08:10:00.000Z' });
    const [header, ...rows] = Papa.parse<string[]>(interactionsToCsv(await collect(exportRows(db)), { delimiter: ',' }).replace(/^\uFEFF/, ''), { delimiter: ',' }).data;
    const cell = (row: string[] | undefined, name: string) => row?.[header!.indexOf(name)];
    const noted = rows.find((row) => cell(row, 'action') === 'noted');
    expect(cell(noted, 'note')).toBe('client VIP; rappelé le 12');
    expect(cell(noted, 'comment_status')).toBe('new');
  });

  it('goes through a backup and its restore, next to rows written before notes existed', async () => {
    const source = await freshDb();
    await recordSeen(source, 'b1', [makeComment('c1'), makeComment('c2')], T0);
    await logInteraction(source, { commentId: 'c1', kind: 'noted', note: 'client VIP', at: '2026-03-02T08:10:00.000Z' });
    // A comment row from before notes: no lastNote.
    expect((await getComment(source, 'c2'))?.lastNote).toBeUndefined();
    const target = await freshDb();
    await restoreBackup(target, backupToJson(await exportBackup(source, '2026-03-10T12:00:00.000Z')));
    expect(await getComment(target, 'c1')).toMatchObject({ lastNote: 'client VIP' });
    expect(await getComment(target, 'c2')).toMatchObject({ status: 'new' });
    const history = await commentHistory(target, 'c1');
    expect(history.map((r) => r.kind)).toEqual(['seen', 'noted']);
    expect(history.every((r) => InteractionSchema.safeParse(r).success)).toBe(true);
  });
});
