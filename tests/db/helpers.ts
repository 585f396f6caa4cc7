import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { openRiposteDb, type InvalidRow, type RiposteDB } from '@/lib/db/database';
import type { SeenCommentInput } from '@/lib/schema/interaction';
import type { BrandInput } from '@/lib/schema/brand';
import type { TemplateInput } from '@/lib/schema/template';

const opened: Dexie[] = [];
let counter = 0;

/** A fresh database with a unique name, closed and deleted after the test. */
export async function freshDb(): Promise<RiposteDB & { invalid: InvalidRow[] }> {
  const invalid: InvalidRow[] = [];
  const db = await openRiposteDb(uniqueDbName(), { onInvalidRow: (issue) => invalid.push(issue) });
  opened.push(db);
  return Object.assign(db, { invalid });
}

export function uniqueDbName(): string {
  counter += 1;
  return `riposte-test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** Register a database opened by hand so it is deleted after the test. */
export function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}

afterEach(async () => {
  while (opened.length) {
    const db = opened.pop() as Dexie;
    db.close();
    await Dexie.delete(db.name);
  }
});

/** An invented comment on an invented post. */
export function makeComment(id: string, over: Partial<SeenCommentInput> = {}): SeenCommentInput {
  return {
    platform: 'facebook',
    id,
    author: { name: 'Léa Martin', handle: 'lea.martin', verified: false },
    text: 'Toujours pas reçu ma commande 😡',
    postUrl: 'https://www.facebook.com/riposte.demo/posts/100',
    permalink: `https://www.facebook.com/riposte.demo/posts/100?comment_id=${id}`,
    ...over,
  };
}

export function makeBrand(id: string, over: Partial<BrandInput> = {}): BrandInput {
  return {
    id,
    name: `Marque ${id}`,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    ...over,
  };
}

export function makeTemplate(id: string, brandId: string, over: Partial<TemplateInput> = {}): TemplateInput {
  return {
    id,
    brandId,
    title: `Modèle ${id}`,
    body: 'Bonjour {{first_name}}, nous revenons vers vous en message privé.',
    category: 'complaint',
    language: 'fr',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    ...over,
  };
}

/** A comment row as an older schema stored it, written raw (no validation) before an upgrade. */
export const RAW_POST = 'https://x.com/maisonlumiere/status/1';
/** Rows as read back, without the comments' `logIds`, which the v9 upgrade adds (tests/db/migrations-v9.test.ts checks them). */
export const withoutLogIds = <T>(rows: T[]): T[] =>
  rows.map((row) => {
    if (typeof row !== 'object' || row === null || !('logIds' in row)) return row;
    const { logIds: _ids, ...rest } = row as Record<string, unknown>;
    return rest as T;
  });

export const rawCommentRow = (id: string, over: Record<string, unknown> = {}) => ({
  platform: 'x',
  id,
  author: { name: 'Hugo Bernard', handle: 'hugob', verified: false },
  authorKey: 'x:hugob',
  text: 'Colis perdu',
  truncated: false,
  postUrl: RAW_POST,
  brandId: 'lumiere',
  firstSeenAt: '2026-11-02T08:00:00.000Z',
  lastSeenAt: '2026-11-02T09:00:00.000Z',
  interactionCount: 1,
  ...over,
});

/** A log row as an older schema stored it, written raw before an upgrade. */
export const rawLogRow = (id: string, commentId: string, kind: string, at: string, over: Record<string, unknown> = {}) => ({
  id,
  brandId: 'lumiere',
  commentId,
  authorKey: 'x:hugob',
  platform: 'x',
  postUrl: RAW_POST,
  kind,
  at,
  ...over,
});
