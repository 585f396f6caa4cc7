import { describe, expect, it } from 'vitest';
import { parseContentMessage } from '@/lib/content/messages';
import { MessageSchema } from '@/lib/messaging/protocol';

const LABELS = { title: 'Complétez', ok: 'Insérer', cancel: 'Annuler' };

/** The content scripts' zod-free parser must accept exactly what MessageSchema accepts for content/*. */
describe('parseContentMessage mirrors MessageSchema', () => {
  const cases: unknown[] = [
    { type: 'content/snapshot' },
    { type: 'content/profile' },
    { type: 'content/profile', extra: true },
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
  ];
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
