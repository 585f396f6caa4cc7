import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { readAllJoined } from '@/lib/db/comment-rows';
import { DB_SCHEMA_VERSION, openRiposteDb } from '@/lib/db/database';
import { declareSchema } from '@/lib/db/migrations';
import { commentHistory, statusesFor } from '@/lib/db/interactions';
import { authorKeyOf } from '@/lib/identity';
import { AuthorRowSchema } from '@/lib/schema/author';
import { InteractionSchema, StoredCommentSchema } from '@/lib/schema/interaction';
import { track, uniqueDbName } from './helpers';

/** Rows exactly as Riposte 0.1 (schema v1) wrote them: no authorKey, no summary fields. */
const V1_COMMENTS = [
  {
    platform: 'x',
    id: 'c1',
    author: { name: 'Hugo Bernard', handle: '@HugoB', verified: true, followers: 52000 },
    text: 'Colis perdu, personne ne répond',
    truncated: false,
    postUrl: 'https://x.com/riposte_demo/status/1',
    brandId: 'b1',
    firstSeenAt: '2026-03-02T08:00:00.000Z',
    lastSeenAt: '2026-03-02T08:00:00.000Z',
    status: 'replied',
    labels: ['complaint'],
    sentiment: 'negative',
  },
  {
    platform: 'x',
    id: 'c2',
    author: { name: 'Hugo B.', handle: 'hugob', verified: true, followers: 53000 },
    text: 'Merci pour la réponse rapide',
    truncated: false,
    postUrl: 'https://x.com/riposte_demo/status/1',
    brandId: 'b1',
    firstSeenAt: '2026-03-03T08:00:00.000Z',
    lastSeenAt: '2026-03-04T08:00:00.000Z',
    status: 'new',
  },
  {
    platform: 'facebook',
    id: 'c3',
    author: { name: 'Chloé Petit', verified: false },
    text: 'Vous livrez en Belgique ?',
    truncated: false,
    postUrl: 'https://www.facebook.com/riposte.demo/posts/7',
    brandId: 'b2',
    firstSeenAt: '2026-03-02T09:00:00.000Z',
    lastSeenAt: '2026-03-02T09:00:00.000Z',
    status: 'escalated',
  },
];

const V1_INTERACTIONS = [
  { id: 'i1', brandId: 'b1', commentId: 'c1', platform: 'x', postUrl: 'https://x.com/riposte_demo/status/1', kind: 'seen', at: '2026-03-02T08:00:00.000Z' },
  { id: 'i2', brandId: 'b1', commentId: 'c1', platform: 'x', postUrl: 'https://x.com/riposte_demo/status/1', kind: 'replied', at: '2026-03-02T08:30:00.000Z', templateId: 't1', finalText: 'Nous regardons.' },
  { id: 'i3', brandId: 'b1', commentId: 'c1', platform: 'x', postUrl: 'https://x.com/riposte_demo/status/1', kind: 'replied', at: '2026-03-02T09:30:00.000Z', templateId: 't2' },
  { id: 'i4', brandId: 'b2', commentId: 'c3', platform: 'facebook', postUrl: 'https://www.facebook.com/riposte.demo/posts/7', kind: 'escalated', at: '2026-03-02T09:10:00.000Z', department: 'sales', note: 'Question export' },
  // A log row whose comment is gone: v1 allowed it after a manual cleanup; it must survive.
  { id: 'i5', brandId: 'b2', commentId: 'gone', platform: 'facebook', postUrl: 'https://www.facebook.com/riposte.demo/posts/7', kind: 'seen', at: '2026-03-01T09:10:00.000Z' },
];

async function seedV1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  declareSchema(v1, 1);
  await v1.open();
  expect(v1.verno).toBe(1);
  await v1.table('comments').bulkAdd(V1_COMMENTS);
  await v1.table('interactions').bulkAdd(V1_INTERACTIONS);
  await v1.table('brands').add({ id: 'b1', name: 'Riposte Demo', createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:00:00.000Z' });
  await v1.table('settings').add({ key: 'settings', value: { slaMinutes: 30 } });
  v1.close();
}

describe('schema migrations', () => {
  it('upgrades a v1 database to v2, keeping every row and backfilling the derived fields', async () => {
    const name = uniqueDbName();
    await seedV1(name);
    const db = track(await openRiposteDb(name));
    expect(db.verno).toBe(DB_SCHEMA_VERSION);

    expect(await db.comments.count()).toBe(V1_COMMENTS.length);
    expect(await db.interactions.count()).toBe(V1_INTERACTIONS.length);
    expect(await db.brands.count()).toBe(1);
    expect((await db.settings.get('settings'))?.value).toEqual({ slaMinutes: 30 });

    // Every migrated row fits today's schemas.
    for (const row of await readAllJoined(db)) expect(StoredCommentSchema.safeParse(row).success).toBe(true);
    for (const row of await db.interactions.toArray()) expect(InteractionSchema.safeParse(row).success).toBe(true);
    for (const row of await db.authors.toArray()) expect(AuthorRowSchema.safeParse(row).success).toBe(true);

    // Original fields untouched, row by row, but for v4's renaming: a v1 `replied` was an inserted draft.
    const v4Status = (status: string) => (status === 'replied' ? 'drafted' : status);
    const v4Kind = (kind: string) => (kind === 'replied' ? 'inserted' : kind);
    const joined = new Map((await readAllJoined(db)).map((row) => [(row as { id: string }).id, row]));
    for (const original of V1_COMMENTS) expect(joined.get(original.id)).toMatchObject({ ...original, status: v4Status(original.status) });
    for (const original of V1_INTERACTIONS) expect(await db.interactions.get(original.id)).toMatchObject({ ...original, kind: v4Kind(original.kind) });
    const c1 = await db.comments.get('c1');

    // authorKey matches what the app computes today, and "@HugoB" / "hugob" are one person.
    expect(c1?.authorKey).toBe(authorKeyOf('x', V1_COMMENTS[0]!.author));
    expect((await db.comments.get('c2'))?.authorKey).toBe('x:hugob');
    expect((await db.comments.get('c3'))?.authorKey).toBe('facebook:name:chloé petit');
    expect((await db.interactions.get('i2'))?.authorKey).toBe('x:hugob');
    expect((await db.interactions.get('i5'))?.authorKey).toBe('facebook:comment:gone');

    // Summary fields from the log.
    const statuses = await statusesFor(db, ['c1', 'c2', 'c3']);
    expect(statuses.get('c1')).toMatchObject({ status: 'drafted', interactionCount: 3, draftInsertedAt: '2026-03-02T09:30:00.000Z', lastTemplateId: 't2' });
    expect(statuses.get('c1')?.firstRepliedAt).toBeUndefined();
    expect(statuses.get('c2')).toMatchObject({ status: 'new', interactionCount: 0 });
    expect(statuses.get('c3')).toMatchObject({ status: 'escalated', lastDepartment: 'sales', interactionCount: 1 });

    // The authors table, built from the comments: Hugo twice, latest name and followers.
    const hugo = await db.authors.get('x:hugob');
    expect(hugo).toMatchObject({
      name: 'Hugo B.',
      followers: 53000,
      commentCount: 2,
      firstSeenAt: '2026-03-02T08:00:00.000Z',
      lastSeenAt: '2026-03-04T08:00:00.000Z',
      notes: '',
    });
    expect(await db.authors.count()).toBe(2);

    // The new compound index answers the history query in time order.
    expect((await commentHistory(db, 'c1')).map((r) => r.id)).toEqual(['i1', 'i2', 'i3']);
  });

  it('opens an empty database straight at the latest version', async () => {
    const db = track(await openRiposteDb(uniqueDbName()));
    expect(db.verno).toBe(DB_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['authors', 'brands', 'commentStates', 'comments', 'forgottenAuthors', 'interactions', 'meta', 'profileSnapshots', 'settings', 'templates', 'threadAggregates'],
    );
  });
});

describe('migration code', () => {
  it('imports nothing from the app, so later app changes cannot alter a released step', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join, resolve } = await import('node:path');
    // Vitest runs from the project root.
    const dir = resolve('lib/db/migrations');
    const steps = readdirSync(dir).filter((f) => /^v\d+\.ts$/.test(f));
    expect(steps.length).toBeGreaterThanOrEqual(2);
    for (const file of steps) {
      const source = readFileSync(join(dir, file), 'utf8');
      const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
      expect(imports.every((path) => path === 'dexie'), `${file} imports ${imports.join(', ')}`).toBe(true);
    }
  });
});
