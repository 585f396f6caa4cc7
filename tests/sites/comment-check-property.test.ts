import { describe, expect, it } from 'vitest';
import { CommentSchema } from '@/lib/schema/comment';
import { checkComment } from '@/lib/sites/comment-check';

/**
 * Issue 19: the content scripts' zod-free check and `CommentSchema` must agree on every input — a
 * comment the content script sends and the background then drops is lost. Generated comments (a
 * fixed seed, so a failure reproduces) mix valid and hostile values in every field.
 */

/** mulberry32: small, seeded, good enough to pick from pools. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTS: unknown[] = [0, 1, 12_300, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 1e20, -1, -0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3', null, true];
const URLS: unknown[] = [
  'https://x.com/lea/status/1',
  'http://www.facebook.com/profile.php?id=1',
  ' https://x.com/a ',
  'https://x.com/a\tb',
  'https://exa\nmple.com/',
  'HTTPS://X.COM/A',
  'https:x.com',
  'http:/x.com',
  'https:\\\\x.com\\a',
  'ftp://x.com',
  'javascript:alert(1)',
  'data:text/html,<script>',
  'https://',
  'https://[::1]/',
  'https://exa mple.com',
  'https://xn--e1afmkfd.xn--p1ai/',
  '//x.com/a',
  'https://x.com/%zz',
  'https://user:pw@x.com/',
  'https://x.com:99999/',
  '\u0000https://x.com',
  'https://x.com/\n',
  'http://1.2.3.4',
  'https://例え.jp/パス',
  '',
  42,
  null,
];
const DATES: unknown[] = [
  '2026-11-23T09:12:00.000Z',
  '2026-11-23T09:12:00+01:00',
  '0000-02-29T00:00:00Z',
  '1900-02-29T00:00:00Z',
  '2000-02-29T00:00:00Z',
  '0096-02-29T00:00:00Z',
  '2026-02-29T00:00:00Z',
  '2026-11-23T09:12:00.5+14:00',
  '2026-11-23T09:12:00+24:00',
  '2026-13-01T00:00:00Z',
  '2026-11-23T09:12Z',
  ' 2026-11-23T09:12:00Z',
  '2026-11-23t09:12:00z',
  'yesterday',
  1_700_000_000_000,
];
const TEXTS: unknown[] = ['', 'a', ' ', 'Léa', '😡\n', 0, null, ['a'], { toString: () => 'a' }];
const BOOLS: unknown[] = [true, false, 'true', 0, 1, null];

/** JSON with sorted keys: the same data whatever order the keys were built in (undefined values dropped, as JSON does). */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );

const pick = <T,>(next: () => number, pool: readonly T[]): T => pool[Math.floor(next() * pool.length)]!;

function generate(next: () => number): unknown {
  const maybe = (good: unknown, pool: readonly unknown[], optional = true): unknown => {
    const r = next();
    if (r < 0.85) return good;
    if (optional && r < 0.9) return undefined;
    return pick(next, pool);
  };
  const author: Record<string, unknown> = {
    name: maybe('Léa', TEXTS, false),
    handle: maybe('lea', TEXTS),
    profileUrl: maybe('https://x.com/lea', URLS),
    verified: maybe(true, BOOLS, false),
    followers: maybe(12_300, COUNTS),
    headline: maybe('Journaliste', TEXTS),
  };
  if (next() < 0.1) author.extra = 'dropped by zod';
  const comment: Record<string, unknown> = {
    platform: maybe('x', ['facebook', 'X', 'mastodon', '', null], false),
    id: maybe('1860000000000000011', TEXTS, false),
    author: next() < 0.05 ? pick(next, [null, 'Léa', [author]]) : author,
    text: maybe('Toujours rien reçu 😡', TEXTS, false),
    truncated: maybe(true, BOOLS),
    createdAt: maybe('2026-11-23T09:12:00.000Z', DATES),
    likes: maybe(3, COUNTS),
    replies: maybe(0, COUNTS),
    permalink: maybe('https://x.com/lea/status/1860000000000000011', URLS),
    parentId: maybe('1860000000000000001', TEXTS),
    postUrl: maybe('https://x.com/maisonlumiere/status/1860000000000000001', URLS, false),
    isOwnBrand: maybe(false, BOOLS),
    attachment: maybe({ kind: 'link', url: 'https://ateliernova.example/a', label: 'Lampe' }, [
      { kind: 'gif' },
      { kind: 'sticker', label: 1 },
      { kind: 'link', url: pick(next, URLS) },
      { kind: 'banner' },
      { kind: 'photo', extra: true },
      [],
      null,
    ]),
    statedDate: maybe({ text: '3 h', withinMs: 3_600_000 }, [{ text: '', withinMs: 1 }, { text: '2 j', withinMs: pick(next, COUNTS) }, { text: '1 h' }, null]),
    unread: maybe(['date'], [['likes', 'id'], ['nope'], 'date', [], null]),
    reader: maybe('generic', ['adapter', '', null, 1]),
  };
  for (const key of Object.keys(comment)) if (comment[key] === undefined && next() < 0.5) delete comment[key];
  if (next() < 0.1) comment.evil = { __proto__: { polluted: true } };
  return comment;
}

describe('checkComment and CommentSchema agree on generated comments (issue 19)', () => {
  it('gives the same verdict and the same parsed comment on 10,000 generated inputs', () => {
    const next = random(19);
    const disagreements: string[] = [];
    let accepted = 0;
    for (let i = 0; i < 10_000; i++) {
      const raw = generate(next);
      const zod = CommentSchema.safeParse(raw);
      const light = checkComment(raw);
      if (zod.success) accepted++;
      const same = zod.success ? light !== undefined && canonical(light) === canonical(zod.data) : light === undefined;
      if (!same && disagreements.length < 10) disagreements.push(`${JSON.stringify(raw)} → zod ${zod.success ? JSON.stringify(zod.data) : 'rejects'}, check ${light ? JSON.stringify(light) : 'rejects'}`);
    }
    expect(disagreements).toEqual([]);
    // The generator reaches both sides.
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(9_900);
  });

  it('a Facebook comment whose reaction count reads 10^20 is rejected at the source, as the background would', () => {
    const raw = { platform: 'facebook', id: 'c1', author: { name: 'Léa', verified: false }, text: 'x', likes: 1e20, postUrl: 'https://www.facebook.com/p/posts/1' };
    expect(CommentSchema.safeParse(raw).success).toBe(false);
    expect(checkComment(raw)).toBeUndefined();
  });
});
