import { describe, expect, it } from 'vitest';
import {
  deleteBrand,
  deleteTemplate,
  getAuthor,
  getBrand,
  getSettings,
  getTemplate,
  InvalidInputError,
  listBrands,
  listTemplates,
  listWatchedAuthors,
  logInteraction,
  recordSeen,
  recordTemplateUse,
  saveBrand,
  saveSettings,
  saveTemplate,
  saveTemplates,
  updateAuthor,
  updateSettings,
} from '@/lib/db';
import { DEFAULT_SETTINGS } from '@/lib/schema/settings';
import { freshDb, makeBrand, makeComment, makeTemplate } from './helpers';

describe('settings', () => {
  it('returns defaults when empty or unreadable, and saves validated settings', async () => {
    const db = await freshDb();
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    await saveSettings(db, { slaMinutes: 30, agentName: 'Camille' });
    expect(await getSettings(db)).toMatchObject({ slaMinutes: 30, agentName: 'Camille', retentionDays: 365 });
    expect(await updateSettings(db, { retentionDays: 90 })).toMatchObject({ slaMinutes: 30, retentionDays: 90 });
    await expect(saveSettings(db, { slaMinutes: -5 })).rejects.toThrow(InvalidInputError);
    expect((await getSettings(db)).slaMinutes).toBe(30);

    await db.settings.put({ key: 'settings', value: { slaMinutes: 'soon' } as never });
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(db.invalid).toHaveLength(1);
  });
});

describe('brands', () => {
  it('lists by name, validates, and deletes with an explicit cascade', async () => {
    const db = await freshDb();
    await saveBrand(db, makeBrand('b2', { name: 'Zèbre' }));
    await saveBrand(db, makeBrand('b1', { name: 'Élan' }));
    await saveBrand(db, makeBrand('b3', { name: 'alpaga' }));
    expect((await listBrands(db)).map((b) => b.name)).toEqual(['alpaga', 'Élan', 'Zèbre']);
    await expect(saveBrand(db, makeBrand('', {}))).rejects.toThrow(/Invalid brand/);

    await saveTemplate(db, makeTemplate('t1', 'b1'));
    await saveTemplate(db, makeTemplate('t2', 'b2'));
    await saveSettings(db, { activeBrandId: 'b1' });
    await recordSeen(db, 'b1', [makeComment('c1')], '2026-03-02T08:00:00.000Z');
    await recordSeen(db, 'b2', [makeComment('c2')], '2026-03-02T08:00:00.000Z');
    await logInteraction(db, { commentId: 'c1', kind: 'replied', at: '2026-03-02T08:10:00.000Z' });

    expect(await deleteBrand(db, 'b1')).toEqual({ brands: 1, templates: 1, comments: 1, interactions: 2, profileSnapshots: 0, threadAggregates: 0 });
    expect(await getBrand(db, 'b1')).toBeUndefined();
    expect((await getSettings(db)).activeBrandId).toBeUndefined();
    expect(await db.templates.count()).toBe(1);
    expect(await db.comments.count()).toBe(1);
    expect(await db.authors.count()).toBe(1); // shared between brands: kept
    expect(await deleteBrand(db, 'b1')).toEqual({ brands: 0, templates: 0, comments: 0, interactions: 0, profileSnapshots: 0, threadAggregates: 0 });
  });
});

describe('templates', () => {
  it('saves one, lists a brand’s by use, counts uses and deletes', async () => {
    const db = await freshDb();
    await saveTemplate(db, makeTemplate('t1', 'b1', { title: 'B merci' }));
    await saveTemplate(db, makeTemplate('t2', 'b1', { title: 'A retard' }));
    await saveTemplate(db, makeTemplate('t3', 'b2'));
    expect((await listTemplates(db, 'b1')).map((t) => t.id)).toEqual(['t2', 't1']);
    expect(await recordTemplateUse(db, 't1', '2026-03-02T09:00:00+01:00')).toMatchObject({ usageCount: 1, lastUsedAt: '2026-03-02T08:00:00.000Z' });
    expect((await listTemplates(db, 'b1')).map((t) => t.id)).toEqual(['t1', 't2']);
    expect(await recordTemplateUse(db, 'nope', '2026-03-02T09:00:00Z')).toBeUndefined();
    expect(await deleteTemplate(db, 't1')).toBe(true);
    expect(await deleteTemplate(db, 't1')).toBe(false);
    expect(await getTemplate(db, 't1')).toBeUndefined();
  });

  it('imports many all-or-nothing', async () => {
    const db = await freshDb();
    await saveTemplates(db, [makeTemplate('t1', 'b1'), makeTemplate('t2', 'b1')]);
    expect(await db.templates.count()).toBe(2);
    await expect(saveTemplates(db, [makeTemplate('t3', 'b1'), makeTemplate('t4', 'b1', { body: '' })])).rejects.toThrow(/template #1 \(t4\)/);
    await expect(saveTemplates(db, [makeTemplate('t5', 'b1'), makeTemplate('t5', 'b1')])).rejects.toThrow(/twice/);
    expect((await db.templates.toCollection().primaryKeys()).sort()).toEqual(['t1', 't2']);
  });
});

describe('authors', () => {
  it('keeps notes and watch kinds, and lists the watched', async () => {
    const db = await freshDb();
    await recordSeen(db, 'b1', [makeComment('c1'), makeComment('c2', { author: { name: 'Marc Dupont', handle: 'marcd', verified: false } })], '2026-03-02T08:00:00.000Z');
    expect(await updateAuthor(db, 'facebook:marcd', { notes: 'Blogueur tech', watch: 'influencer' })).toMatchObject({ notes: 'Blogueur tech', watch: 'influencer' });
    expect((await listWatchedAuthors(db)).map((a) => a.key)).toEqual(['facebook:marcd']);
    await updateAuthor(db, 'facebook:marcd', { watch: null });
    expect(await getAuthor(db, 'facebook:marcd')).toMatchObject({ notes: 'Blogueur tech' });
    expect((await getAuthor(db, 'facebook:marcd'))?.watch).toBeUndefined();
    expect(await listWatchedAuthors(db)).toEqual([]);
    expect(await updateAuthor(db, 'facebook:nobody', { notes: 'x' })).toBeUndefined();
    await expect(updateAuthor(db, 'facebook:marcd', { watch: 'stalker' as 'vip' })).rejects.toThrow(InvalidInputError);
  });
});
