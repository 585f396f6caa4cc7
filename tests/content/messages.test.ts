import { describe, expect, it } from 'vitest';
import { parseContentMessage } from '@/lib/content/messages';
import { MessageSchema } from '@/lib/messaging/protocol';

const LABELS = { title: 'Complétez', ok: 'Insérer', cancel: 'Annuler' };

/** Messages carrying a key the protocol does not name: the schemas are strict, so is the mirror. */
const UNKNOWN_KEYS: unknown[] = [
  { type: 'content/snapshot', extra: 1 },
  { type: 'content/profile', extra: true },
  { type: 'content/layout-report', html: '<b>x</b>' },
  { type: 'content/read-more', times: 100 },
  { type: 'content/insert', text: 'Bonjour', html: '<b>x</b>' },
  { type: 'content/locate', commentId: 'c1', selector: 'body' },
  { type: 'content/insert-at-caret', text: 'Bonjour', gaps: [], labels: LABELS, html: '<b>x</b>' },
  { type: 'content/insert-at-caret', text: 'Bonjour [n]', gaps: [{ name: 'n', kind: 'fill-in', start: 8, end: 11, extra: true }], labels: LABELS },
  { type: 'content/insert-at-caret', text: 'Bonjour', gaps: [], labels: { ...LABELS, html: '<b>x</b>' } },
];

/** The content scripts' zod-free parser must accept exactly what MessageSchema accepts for content/*. */
describe('parseContentMessage mirrors MessageSchema', () => {
  const cases: unknown[] = [
    { type: 'content/snapshot' },
    { type: 'content/profile' },
    { type: 'content/layout-report' },
    { type: 'content/read-more' },
    { type: 'content/insert', text: 'Bonjour' },
    { type: 'content/insert', text: 'Bonjour', commentId: 'c1' },
    { type: 'content/insert', text: '' },
    { type: 'content/insert', text: 3 },
    { type: 'content/insert', text: 'x', commentId: 4 },
    { type: 'content/locate', commentId: 'c1' },
    { type: 'content/locate' },
    { type: 'content/insert-at-caret', text: 'Bonjour [n]', gaps: [{ name: 'n', kind: 'fill-in', start: 8, end: 11 }], labels: LABELS },
    { type: 'content/insert-at-caret', text: 'Bonjour', gaps: [], labels: LABELS },
    { type: 'content/insert-at-caret', text: 'Bonjour', gaps: [{ name: 'n', kind: 'other', start: 0, end: 1 }], labels: LABELS },
    { type: 'content/insert-at-caret', text: 'Bonjour', gaps: [{ name: 'n', kind: 'missing', start: 0.5, end: 1 }], labels: LABELS },
    { type: 'content/insert-at-caret', text: 'Bonjour', gaps: [], labels: { title: 'x' } },
    { type: 'content/insert-at-caret', text: '', gaps: [], labels: LABELS },
    { type: 'content/insert-at-caret', text: 'Voir [faq_link]', gaps: [{ name: 'faq_link', kind: 'fill-in', start: 5, end: 15 }], labels: { ...LABELS, fields: { faq_link: 'Lien vers la FAQ' } } },
    { type: 'content/insert-at-caret', text: 'Bonjour', gaps: [], labels: { ...LABELS, fields: { faq_link: 3 } } },
    { type: 'content/insert-at-caret', text: 'Bonjour', gaps: [], labels: { ...LABELS, fields: ['Lien'] } },
    { type: 'content/insert', text: 'Bonjour', commentId: undefined },
    ...UNKNOWN_KEYS,
  ];

  it('rejects unknown keys, as the schema does', () => {
    for (const raw of UNKNOWN_KEYS) {
      expect(parseContentMessage(raw)).toBeUndefined();
      expect(MessageSchema.safeParse(raw).success).toBe(false);
    }
  });

  for (const raw of cases) {
    it(JSON.stringify(raw), () => {
      const zod = MessageSchema.safeParse(raw);
      const light = parseContentMessage(raw);
      expect(light !== undefined).toBe(zod.success);
      if (zod.success) expect(light).toEqual(zod.data);
    });
  }

  it('ignores messages meant for other contexts', () => {
    expect(parseContentMessage({ type: 'bg/ping' })).toBeUndefined();
    expect(parseContentMessage({ type: 'page/comments', comments: [] })).toBeUndefined();
    expect(parseContentMessage(null)).toBeUndefined();
  });
});
