import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AuthorRowSchema } from '@/lib/schema/author';
import { KpiRowSchema } from '@/lib/schema/interaction';
import { parseManyRows, plainStringCheck, rowChecker } from '@/lib/db/rows';
import { HttpUrlSchema, IsoDateSchema } from '@/lib/schema/comment';
import { UtcDateSchema } from '@/lib/schema/interaction';
import { freshDb } from '../db/helpers';

const row = (over: Record<string, unknown> = {}) => ({
  id: 'r1',
  brandId: 'b1',
  commentId: 'c1',
  platform: 'x',
  postUrl: 'https://x.com/maisonlumiere/status/1',
  authorKey: 'x:hugob',
  kind: 'replied',
  at: '2026-03-02T08:20:00.000Z',
  finalText: 'Bonjour',
  ...over,
});

/** Rows that fit KpiRowSchema, rows that do not, and rows the fast path leaves to the schema. */
const CASES: Record<string, unknown>[] = [
  row(),
  row({ id: 'r2', kind: 'seen', labels: ['complaint', 'question'], sentiment: 'negative' }),
  row({ id: 'r3', kind: 'corrected', labels: ['complaint', 'question'], sentiment: 'positive' }),
  row({ id: 'r4', kind: 'inserted', templateId: 't1', passedOver: ['t2', 't3'], edited: true }),
  row({ id: 'r5', kind: 'shouted' }),
  row({ id: 'r6', kind: 'shouted' }),
  row({ id: 'r7', at: '2026-03-02T08:20:00+02:00' }),
  row({ id: 'r8', at: '2026-02-30T08:20:00.000Z' }),
  row({ id: 'r9', platform: 'myspace' }),
  row({ id: 'r10', labels: ['', 'complaint'] }),
  row({ id: 'r11', labels: Array.from({ length: 40 }, (_, i) => `l${i}`) }),
  row({ id: 'r12', edited: false }),
  row({ id: 'r13', templateId: undefined }),
  row({ id: '' }),
  row({ id: 'r15', authorKey: 42 }),
  row({ id: 'r16', sentiment: null }),
  { id: 'r17', brandId: 'b1' },
  row({ id: 'r18', kind: 'escalated', department: 'press' }),
  row({ id: 'r19', kind: 'escalated', department: 'press' }),
];

describe('rowChecker', () => {
  it('keeps exactly the rows the schema keeps, with the values and fields it returns, and leaves the others to it', () => {
    const check = rowChecker(KpiRowSchema);
    // Twice over, so that the remembered verdicts are used too.
    for (const input of [...CASES, ...CASES]) {
      const parsed = KpiRowSchema.safeParse(input);
      const fast = check(input);
      if (fast !== undefined) expect(parsed.success && fast).toStrictEqual(parsed.success && parsed.data);
      if (!parsed.success) expect(fast).toBeUndefined();
    }
    const kept = CASES.map((c) => check(c)).filter((r) => r !== undefined);
    expect(kept.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r18', 'r19']);
    for (const r of kept) for (const field of ['postUrl', 'finalText']) expect(r).not.toHaveProperty(field);
  });

  it('keeps the row itself when asked, with the same verdicts', () => {
    const check = rowChecker(KpiRowSchema, 'row');
    for (const input of CASES) {
      const fast = check(input);
      if (fast !== undefined) expect(fast).toBe(input);
      if (!KpiRowSchema.safeParse(input).success) expect(fast).toBeUndefined();
    }
    const author = { key: 'x:hugob', platform: 'x', name: 'Hugo', firstSeenAt: '2026-03-02T08:00:00.000Z', lastSeenAt: '2026-03-02T08:00:00.000Z' };
    expect(rowChecker(AuthorRowSchema, 'row')(author)).toBeUndefined();
    expect(rowChecker(AuthorRowSchema, 'row')({ ...author, verified: true, notes: '', commentCount: 1 })).toBeDefined();
  });

  it('fills a default the schema would fill, and leaves strict objects and transforms to the schema', () => {
    const author = { key: 'x:hugob', platform: 'x', name: 'Hugo', firstSeenAt: '2026-03-02T08:00:00.000Z', lastSeenAt: '2026-03-02T08:00:00.000Z', extra: 1 };
    expect(rowChecker(AuthorRowSchema)(author)).toStrictEqual(AuthorRowSchema.parse(author));
    expect(rowChecker(AuthorRowSchema.strict())(author)).toBeUndefined();
    const trimmed = z.object({ name: z.string().trim() });
    expect(rowChecker(trimmed)({ name: ' Hugo ' })).toBeUndefined();
    expect(rowChecker(trimmed)({ name: 'Hugo' })).toEqual({ name: 'Hugo' });
    expect(rowChecker(z.object({ tags: z.array(z.string()).default([]) }))({})).toBeUndefined();
  });

  it('leaves a refinement of the whole row to the schema: it never keeps a row the schema rejects', () => {
    const ordered = z.object({ from: z.string(), to: z.string() }).refine((r) => r.from <= r.to);
    expect(ordered.safeParse({ from: 'b', to: 'a' }).success).toBe(false);
    expect(rowChecker(ordered)({ from: 'b', to: 'a' })).toBeUndefined();
  });
});

describe('plainStringCheck', () => {
  const VALUES: unknown[] = [
    '', 'a', 'ab', 'abcdef', 'x'.repeat(65), 'é😡', '😡', '😡😡', '😡😡😡', 'a😡😡', '\uD83D', 'ab\uDE21cd', '😡'.repeat(32), '😡'.repeat(33), ' b1 ', 1, 0, null, undefined, true, {}, ['a'], new String('a'),
    '2026-03-02T08:20:00.000Z', '2026-03-02T08:20:00Z', '2026-03-02T08:20:00.000+02:00', '2026-03-02T08:20:00+02:00', '2026-02-30T08:20:00.000Z',
    '2024-02-29T00:00:00.000Z', '2025-02-29T00:00:00.000Z', '2026-03-02T24:00:00.000Z', '2026-03-02', '2026-03-02T08:20:00.000Z\n', ' 2026-03-02T08:20:00.000Z',
    '+010000-01-01T00:00:00.000Z', 'abc-123', 'ABC',
  ];
  const KNOWN = [...Object.values(KpiRowSchema.shape), ...Object.values(AuthorRowSchema.shape), UtcDateSchema, IsoDateSchema];
  const BUILT = [z.string(), z.string().min(2).max(5), z.string().min(3), z.string().max(3), z.string().max(64), z.string().regex(/^[a-z]+-\d+$/u), z.iso.datetime({ offset: true }).min(20), z.iso.date(), z.string().min(1, 'needed').optional()];

  it('gives zod\'s verdict on every value, for each plain string schema of the log and author rows and others', () => {
    let checked = 0;
    for (const schema of [...KNOWN, ...BUILT]) {
      const check = plainStringCheck(schema);
      if (!check) continue;
      checked += 1;
      for (const value of VALUES) {
        if (value === undefined) continue; // an absent optional field is decided before the field's check
        expect(check(value), `${JSON.stringify(schema._zod.def.type)} on ${JSON.stringify(value)}`).toBe(schema.safeParse(value).success);
      }
    }
    // ids, keys, names and handles, the log's and the authors' dates, and every built one.
    expect(checked).toBeGreaterThanOrEqual(12 + BUILT.length);
  });

  it('leaves other schemas to zod: an exact length, coercion, trimming, refinements, URLs, enums', () => {
    for (const schema of [z.string().length(3), z.coerce.string(), z.string().trim(), z.string().refine((v) => v !== 'x'), HttpUrlSchema, z.url(), z.email(), z.enum(['a', 'b']), z.number(), z.string().nullable()]) {
      expect(plainStringCheck(schema)).toBeUndefined();
    }
  });
});

describe('parseManyRows', () => {
  it('keeps what parseRows keeps and reports each row that does not fit, with the schema’s message', async () => {
    const db = await freshDb();
    const kept = parseManyRows(db, 'interactions', KpiRowSchema, [...CASES, undefined], (r) => (r as { id?: unknown }).id);
    const expected = CASES.flatMap((c) => {
      const parsed = KpiRowSchema.safeParse(c);
      return parsed.success ? [parsed.data] : [];
    });
    expect(kept).toStrictEqual(expected);
    expect(kept.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r13', 'r18', 'r19']);
    expect(db.invalid.map((i) => i.key)).toEqual(['r5', 'r6', 'r7', 'r8', 'r9', 'r10', 'r11', 'r12', '', 'r15', 'r16', 'r17']);
    expect(db.invalid.every((i) => i.table === 'interactions' && i.message.length > 0)).toBe(true);
  });
});
