import { describe, expect, it } from 'vitest';
import { commentHistory, getComment, logInteraction } from '@/lib/db/interactions';
import { buildTimelines } from '@/lib/kpi/timeline';
import { reclassifyBrand, recordSeen } from '@/lib/db/seen';
import { needsClassification } from '@/lib/triage/engine-version';
import type { StoredTriage } from '@/lib/schema/interaction';
import { freshDb, makeComment } from './helpers';

const AT = '2026-11-23T09:00:00.000Z';
const LATER = '2026-11-23T10:00:00.000Z';

/** A classification as the background stores it; `labels` decide the rest. */
function triage(engine: string, labels: string[]): StoredTriage {
  return { engine, labels, sentiment: labels.includes('complaint') ? 'negative' : 'neutral', sentimentScore: 0, language: 'fr', competitors: [], reasons: [] };
}

/** A classifier that says which engine it is and counts its calls. */
function counting(engine: string, labels: string[]) {
  const texts: string[] = [];
  return { texts, classify: (text: string) => (texts.push(text), triage(engine, labels)) };
}

describe('the log keeps one classification per comment', () => {
  it('stores the classification with its engine version when the comment is first seen', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [{ ...makeComment('c1'), triage: triage('e1', ['complaint']) }], AT);
    const row = await getComment(db, 'c1');
    expect(row).toMatchObject({ labels: ['complaint'], sentiment: 'negative', triage: { engine: 'e1', labels: ['complaint'] } });
    expect((await db.interactions.toArray()).map((r) => r.labels)).toEqual([['complaint']]);
  });

  it('keeps it when the comment is seen again under the same engine version and text', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [{ ...makeComment('c1'), triage: triage('e1', ['complaint']) }], AT);
    const logWrites: string[] = [];
    db.interactions.hook('updating', (_changes, key) => void logWrites.push(String(key)));
    const result = await recordSeen(db, 'b1', [{ ...makeComment('c1'), triage: triage('e1', ['praise']) }], LATER);
    expect(result.updated).toEqual([]);
    expect(logWrites).toEqual([]);
    expect(await getComment(db, 'c1')).toMatchObject({ labels: ['complaint'], triage: { labels: ['complaint'] } });
  });

  it('replaces it when the engine version changed, or the text', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [{ ...makeComment('c1'), triage: triage('e1', ['complaint']) }, { ...makeComment('c2'), triage: triage('e1', ['complaint']) }], AT);
    await recordSeen(db, 'b1', [{ ...makeComment('c1'), triage: triage('e2', ['praise']) }], LATER);
    await recordSeen(db, 'b1', [{ ...makeComment('c2', { text: 'Edited: merci !' }), triage: triage('e1', ['praise']) }], LATER);
    expect(await getComment(db, 'c1')).toMatchObject({ labels: ['praise'], triage: { engine: 'e2' } });
    expect(await getComment(db, 'c2')).toMatchObject({ labels: ['praise'], text: 'Edited: merci !' });
  });

  it('drops a classification that no longer describes the text when no new one comes with it', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [{ ...makeComment('c1'), triage: triage('e1', ['complaint']) }], AT);
    await recordSeen(db, 'b1', [makeComment('c1', { text: 'Edited' })], LATER);
    const row = await getComment(db, 'c1');
    expect(row?.triage).toBeUndefined();
    expect(needsClassification(row, 'e1', 'Edited')).toBe(true);
  });

  it('keeps the community manager’s correction over a new classification', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [{ ...makeComment('c1'), triage: triage('e1', ['complaint']) }], AT);
    await logInteraction(db, { commentId: 'c1', kind: 'corrected', labels: ['praise'], sentiment: 'positive', at: LATER });
    await recordSeen(db, 'b1', [{ ...makeComment('c1'), triage: triage('e2', ['spam']) }], LATER);
    expect(await getComment(db, 'c1')).toMatchObject({ labels: ['praise'], sentiment: 'positive', correctedAt: LATER, triage: { engine: 'e2', labels: ['spam'] } });
  });

  it('reads an unreadable stored classification as none, keeping the row', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [{ ...makeComment('c1'), triage: triage('e1', ['complaint']) }], AT);
    await db.comments.update('c1', { triage: { engine: 42 } as unknown as StoredTriage });
    const row = await getComment(db, 'c1');
    expect(row?.id).toBe('c1');
    expect(row?.triage).toBeUndefined();
    expect(db.invalid).toEqual([]);
  });
});

describe('reclassifyBrand: one pass when the engine version changes', () => {
  it('classifies again only the brand’s comments made under another version, in batches', async () => {
    const db = await freshDb();
    const comments = Array.from({ length: 600 }, (_, i) => ({ ...makeComment(`c${i}`, { text: `Commentaire ${i}` }), triage: triage(i < 10 ? 'e2' : 'e1', ['complaint']) }));
    await recordSeen(db, 'b1', comments, AT);
    await recordSeen(db, 'b2', [{ ...makeComment('other'), triage: triage('e1', ['complaint']) }], AT);
    const classifier = counting('e2', ['praise']);
    expect(await reclassifyBrand(db, 'b1', 'e2', classifier.classify)).toBe(590);
    expect(classifier.texts).toHaveLength(590);
    expect(await getComment(db, 'c599')).toMatchObject({ labels: ['praise'], triage: { engine: 'e2' } });
    expect(await getComment(db, 'other')).toMatchObject({ labels: ['complaint'], triage: { engine: 'e1' } });
    // Nothing changed since: nothing is classified again.
    const again = counting('e2', ['praise']);
    expect(await reclassifyBrand(db, 'b1', 'e2', again.classify)).toBe(0);
    expect(again.texts).toEqual([]);
  });

  it('keeps corrections, those of rows logged before classifications were stored included', async () => {
    const db = await freshDb();
    // A row from before: labels but no stored classification, corrected in the log.
    await recordSeen(db, 'b1', [{ ...makeComment('old'), labels: ['complaint'], sentiment: 'negative' }, { ...makeComment('plain'), labels: ['complaint'] }], AT);
    await logInteraction(db, { commentId: 'old', kind: 'corrected', labels: ['praise'], sentiment: 'positive', at: AT });
    await db.comments.update('old', { correctedAt: undefined });
    expect((await getComment(db, 'old'))?.correctedAt).toBeUndefined();

    expect(await reclassifyBrand(db, 'b1', 'e2', counting('e2', ['question']).classify)).toBe(2);
    expect(await getComment(db, 'old')).toMatchObject({ labels: ['praise'], sentiment: 'positive', correctedAt: AT, triage: { labels: ['question'] } });
    expect(await getComment(db, 'plain')).toMatchObject({ labels: ['question'], triage: { engine: 'e2' } });
  });

  it('gives the reports the new classification too (the seen row follows), corrections still winning', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [{ ...makeComment('r1'), triage: triage('e1', ['complaint']) }, { ...makeComment('r2'), triage: triage('e1', ['complaint']) }], AT);
    await logInteraction(db, { commentId: 'r2', kind: 'corrected', labels: ['lead'], at: LATER });
    await reclassifyBrand(db, 'b1', 'e2', counting('e2', ['praise']).classify);
    // A sighting under yet another version changes it again the same way.
    await recordSeen(db, 'b1', [{ ...makeComment('r1'), triage: triage('e3', ['question']) }], LATER);
    const timelines = buildTimelines([...(await commentHistory(db, 'r1')), ...(await commentHistory(db, 'r2'))]);
    expect(timelines.get('r1')?.labels).toEqual(['question']);
    expect((await getComment(db, 'r1'))?.labels).toEqual(['question']);
    expect(timelines.get('r2')?.labels).toEqual(['lead']);
    expect((await getComment(db, 'r2'))?.labels).toEqual(['lead']);
  });
});
