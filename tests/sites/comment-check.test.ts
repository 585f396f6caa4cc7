import { describe, expect, it } from 'vitest';
import { CommentSchema } from '@/lib/schema/comment';
import { checkComment } from '@/lib/sites/comment-check';
import { ADAPTERS, extractContext } from '@/lib/sites';
import { PAGES, pageUrl, SCAN_NOW } from './expectations';
import { loadFixture } from './load-fixture';

/** The zod-free check used in the content scripts must give CommentSchema's verdict, always. */
function sameVerdict(raw: unknown) {
  const zod = CommentSchema.safeParse(raw);
  const light = checkComment(raw);
  expect(light !== undefined, JSON.stringify(raw)).toBe(zod.success);
  if (zod.success) expect(light).toEqual(zod.data);
}

const GOOD = {
  platform: 'x',
  id: '1860000000000000011',
  author: { name: 'Léa', handle: 'lea', profileUrl: 'https://x.com/lea', verified: true, followers: 12_300, headline: 'Journaliste' },
  text: 'Toujours rien reçu 😡\nCommande 4521',
  createdAt: '2026-11-23T09:12:00.000Z',
  likes: 3,
  replies: 0,
  permalink: 'https://x.com/lea/status/1860000000000000011',
  parentId: '1860000000000000001',
  postUrl: 'https://x.com/maisonlumiere/status/1860000000000000001',
  isOwnBrand: false,
};

describe('checkComment mirrors CommentSchema', () => {
  it('on every comment every adapter reads from every fixture', () => {
    let seen = 0;
    for (const page of PAGES) {
      loadFixture(page.file);
      const adapter = ADAPTERS[page.site];
      const ctx = extractContext(adapter, document, pageUrl(page), SCAN_NOW);
      for (const el of adapter.findCommentElements(document)) {
        const raw = adapter.readComment(el, ctx);
        if (raw) {
          sameVerdict(raw);
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(50);
  });

  it('on well-formed and broken comments', () => {
    const cases: unknown[] = [
      GOOD,
      { ...GOOD, truncated: true },
      { ...GOOD, createdAt: '2026-11-23T09:12:00+01:00' },
      { ...GOOD, createdAt: '2026-11-23T09:12Z' },
      { ...GOOD, createdAt: 'yesterday' },
      { ...GOOD, createdAt: '2026-11-23T09:12:00+0100' },
      { ...GOOD, createdAt: '2026-11-23T09:12:00.123456789Z' },
      { ...GOOD, createdAt: '2026-02-31T00:00:00Z' },
      { ...GOOD, createdAt: '2028-02-29T00:00:00Z' },
      { ...GOOD, createdAt: '2026-02-29T00:00:00Z' },
      { ...GOOD, createdAt: '2026-11-23T24:00:00Z' },
      { ...GOOD, createdAt: '2026-11-23t09:12:00z' },
      { ...GOOD, createdAt: '2026-11-23' },
      { ...GOOD, permalink: 'javascript:alert(1)' },
      { ...GOOD, postUrl: 'data:text/html,hi' },
      { ...GOOD, postUrl: 'not a url' },
      { ...GOOD, likes: -1 },
      { ...GOOD, likes: 1.5 },
      { ...GOOD, likes: '3' },
      { ...GOOD, id: '' },
      { ...GOOD, parentId: '' },
      { ...GOOD, platform: 'tiktok' },
      { ...GOOD, text: 42 },
      { ...GOOD, isOwnBrand: 'yes' },
      { ...GOOD, author: { ...GOOD.author, name: '' } },
      { ...GOOD, author: { ...GOOD.author, verified: 'true' } },
      { ...GOOD, author: { ...GOOD.author, handle: '' } },
      { ...GOOD, author: { ...GOOD.author, profileUrl: 'ftp://x.com/lea' } },
      { ...GOOD, author: { ...GOOD.author, followers: -5 } },
      { ...GOOD, author: null },
      { ...GOOD, text: '', attachment: { kind: 'sticker', label: 'Sticker: chat qui applaudit' } },
      { ...GOOD, text: '', attachment: { kind: 'link', url: 'https://example.com/a', label: 'Guide' } },
      { ...GOOD, attachment: { kind: 'gif' } },
      { ...GOOD, attachment: { kind: 'audio' } },
      { ...GOOD, attachment: { kind: 'link', url: 'javascript:alert(1)' } },
      { ...GOOD, attachment: { kind: 'photo', label: 3 } },
      { ...GOOD, attachment: null },
      { ...GOOD, statedDate: { text: '3 h', withinMs: 3_600_000 } },
      { ...GOOD, statedDate: { text: '', withinMs: 3_600_000 } },
      { ...GOOD, statedDate: { text: '3 h', withinMs: -1 } },
      { ...GOOD, statedDate: { text: '3 h', withinMs: 1.5 } },
      { ...GOOD, statedDate: { text: '3 h' } },
      { ...GOOD, unread: ['profile', 'date'] },
      { ...GOOD, unread: [] },
      { ...GOOD, unread: ['colour'] },
      { ...GOOD, reader: 'generic' },
      { ...GOOD, reader: 'adapter' },
      { ...GOOD, unread: 'date' },
      null,
      'comment',
    ];
    for (const raw of cases) sameVerdict(raw);
  });
});
