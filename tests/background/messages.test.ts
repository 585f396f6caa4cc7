import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classifierFor, reclassifyIfStale, watchClassificationSources } from '@/entrypoints/background/classification';
import { database } from '@/entrypoints/background/db';
import { handleMessage } from '@/entrypoints/background/messages';
import { logReportedComments, recordClassified, withClassifications } from '@/entrypoints/background/seen';
import { getBrand, saveBrand } from '@/lib/db/brands';
import { commentHistory, getComment } from '@/lib/db/interactions';
import { updateSettings } from '@/lib/db/settings';
import { LogReplySchema, type MessageOf } from '@/lib/messaging/protocol';
import type { Brand } from '@/lib/schema/brand';
import type { Comment } from '@/lib/schema/comment';
import type { StoredTriage } from '@/lib/schema/interaction';
import { correctionToLexiconEntry } from '@/lib/triage';

/**
 * The background's message handlers, on the fake browser: the panel's actions arrive as `bg/log`
 * and the background, the log's only writer, records them; page reports are classified once.
 */

const STAMP = '2026-11-23T09:00:00.000Z';
const POST = 'https://x.com/maisonlumiere/status/1860000000000000001';
let run = 0;

async function activeBrand(over: Partial<Brand> = {}): Promise<Brand> {
  const db = await database();
  const brand = await saveBrand(db, { id: `bg-brand-${++run}`, name: 'Maison Lumière', createdAt: STAMP, updatedAt: STAMP, ...over });
  await updateSettings(db, { activeBrandId: brand.id, onboarded: true });
  return brand;
}

const comment = (id: string, text = 'Toujours pas reçu ma commande, c’est inadmissible'): Comment => ({
  platform: 'x',
  id,
  author: { name: 'Camille Durand', handle: 'camilled', verified: false },
  text,
  truncated: false,
  postUrl: POST,
});

const report = (comments: Comment[]): MessageOf<'page/comments'> => ({
  type: 'page/comments',
  comments,
  reset: true,
  health: { platform: 'x', url: POST, status: 'ok', commentCount: comments.length, unreadable: 0, checkedAt: STAMP },
});

describe('background messages', () => {
  it('answers a ping with the extension’s version, through the fake browser', async () => {
    vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Riposte', version: '9.8.7' });
    fakeBrowser.runtime.onMessage.addListener((message) => handleMessage(message));
    expect(await handleMessage({ type: 'bg/ping' })).toEqual({ ok: true, version: '9.8.7' });
  });

  it('drops a malformed message, a bg/log carrying a field the log does not know included', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(handleMessage({ type: 'bg/log', interactions: [{ commentId: 'x', kind: 'resolved', at: STAMP, extra: 1 }] })).toBeUndefined();
    expect(handleMessage({ type: 'bg/log', interactions: [] })).toBeUndefined();
    expect(handleMessage({ type: 'nope' })).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('logs the panel’s action on a comment not logged yet: seen first, with the background’s classification', async () => {
    const brand = await activeBrand();
    const db = await database();
    const reply = LogReplySchema.parse(
      await handleMessage({ type: 'bg/log', interactions: [{ commentId: 'p1', kind: 'resolved', at: STAMP, comment: comment('p1'), brandId: brand.id, labels: ['complaint'] }] }),
    );
    expect(reply).toMatchObject({ ok: true, ids: [expect.any(String)] });
    expect((await commentHistory(db, 'p1')).map((r) => r.kind)).toEqual(['seen', 'resolved']);
    const row = await getComment(db, 'p1');
    expect(row).toMatchObject({ status: 'resolved', triage: { engine: (await classifierFor(brand)).engine } });
    expect(row?.labels).toEqual(row?.triage?.labels);
  });

  it('replies with the reason when nothing could be logged, and writes nothing', async () => {
    await activeBrand();
    const db = await database();
    const before = await db.interactions.count();
    const reply = LogReplySchema.parse(await handleMessage({ type: 'bg/log', interactions: [{ commentId: 'never-seen', kind: 'resolved', at: STAMP }] }));
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('never-seen') });
    expect(await db.interactions.count()).toBe(before);
  });
});

describe('background: page reports classify each comment once', () => {
  it('does not classify a logged comment again when nothing changed; does when its text or the engine did', async () => {
    const brand = await activeBrand();
    const db = await database();
    await logReportedComments(report([comment('s1'), comment('s2', 'Merci, super service !')]));
    const texts: string[] = [];
    const base = await classifierFor(brand);
    const counting = { engine: base.engine, classifyText: (text: string) => (texts.push(text), base.classifyText(text)) };

    await withClassifications(db, counting, [comment('s1'), comment('s2', 'Merci, super service !')]);
    expect(texts).toEqual([]);
    await withClassifications(db, counting, [comment('s1'), comment('s2', 'Merci, super service ! (modifié)')]);
    expect(texts).toEqual(['Merci, super service ! (modifié)']);
    await withClassifications(db, { ...counting, engine: 'another' }, [comment('s1')]);
    expect(texts).toHaveLength(2);
  });

  it('keeps the stored classification when the same comment is reported again', async () => {
    await activeBrand();
    const db = await database();
    await logReportedComments(report([comment('k1')]));
    const marked: StoredTriage = { ...(await getComment(db, 'k1'))!.triage!, reasons: [{ rule: 'marker', match: '', detail: 'kept' }] };
    await db.comments.update('k1', { triage: marked });
    await logReportedComments(report([comment('k1')]));
    expect((await getComment(db, 'k1'))?.triage?.reasons).toEqual([{ rule: 'marker', match: '', detail: 'kept' }]);
  });

  it('re-classifies the brand’s log once after a lexicon change, and not again', async () => {
    const brand = await activeBrand();
    const db = await database();
    await logReportedComments(report([comment('l1', 'Ce gâteau est une tuerie')]));
    // Classified when it was logged: the first pass finds nothing to do, and records the version.
    expect(await reclassifyIfStale(db, brand)).toBe(0);
    const before = (await getComment(db, 'l1'))!;
    expect(before.labels).toEqual(['praise']);

    const corrected = await saveBrand(db, { ...brand, lexicon: [correctionToLexiconEntry({ text: 'Ce gâteau est une tuerie', addLabels: ['complaint'], removeLabels: ['praise'], polarity: 'negative' })], updatedAt: '2026-11-24T09:00:00.000Z' });
    expect(await reclassifyIfStale(db, corrected)).toBe(1);
    const after = (await getComment(db, 'l1'))!;
    expect(after.labels).toEqual(['complaint']);
    expect(after.sentiment).toBe('negative');
    expect(after.triage?.engine).toBe((await classifierFor((await getBrand(db, brand.id))!)).engine);
    expect(await reclassifyIfStale(db, corrected)).toBe(0);
  });

  it('brings comments classified under a brand that changed meanwhile up to date with the rest of its log', async () => {
    const brand = await activeBrand();
    const db = await database();
    // A correction saved while a page report was being classified with the brand as it was.
    const entry = correctionToLexiconEntry({ text: 'Ce gâteau est une tuerie', addLabels: ['complaint'], removeLabels: ['praise'], polarity: 'negative' });
    const now = await saveBrand(db, { ...brand, lexicon: [entry], updatedAt: '2026-11-24T09:00:00.000Z' });
    await recordClassified(db, brand, [comment('m1', 'Ce gâteau est une tuerie')], STAMP);
    expect(await getComment(db, 'm1')).toMatchObject({ labels: ['complaint'], triage: { engine: (await classifierFor(now)).engine } });
  });

  it('watches the brands: a correction saved from any page re-classifies the brand’s log unasked', async () => {
    const brand = await activeBrand();
    const db = await database();
    await logReportedComments(report([comment('w1', 'Ce gâteau est une tuerie')]));
    watchClassificationSources();
    const entry = correctionToLexiconEntry({ text: 'Ce gâteau est une tuerie', addLabels: ['complaint'], removeLabels: ['praise'], polarity: 'negative' });
    await saveBrand(db, { ...brand, lexicon: [entry], updatedAt: '2026-11-24T09:00:00.000Z' });
    await vi.waitFor(async () => expect((await getComment(db, 'w1'))?.labels).toEqual(['complaint']), { timeout: 5_000 });
  });
});
