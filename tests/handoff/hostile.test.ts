import { describe, expect, it } from 'vitest';
import { buildHandoff, mailtoUrl, type HandoffComment } from '@/lib/handoff';
import type { Department } from '@/lib/schema/settings';

/** Issue 19: page-sourced text that is not well-formed UTF-16 never stops an escalation. */
const afterSales: Department = { id: 'after-sales', name: 'SAV', email: 'sav@riposte-demo.example' };

const comment = (text: string, name = 'Léa Martin'): HandoffComment => ({
  platform: 'facebook',
  id: 'c1',
  author: { name, verified: false },
  text,
  truncated: false,
  postUrl: 'https://www.facebook.com/riposte.demo/posts/100',
  labels: ['complaint'],
});

describe('escalating a comment holding an unpaired surrogate (half an emoji)', () => {
  for (const [what, text] of [
    ['a lone high surrogate', 'Toujours rien reçu \uD83D'],
    ['a lone low surrogate', '\uDE21 remboursez-moi'],
    ['both, reversed', 'colis \uDE21\uD83D perdu'],
  ] as const) {
    it(`${what} in the text or the name: the mail is made, the half shows as �`, () => {
      const handoff = buildHandoff(comment(text, `Léa ${text}`), [], afterSales, 'note \uD800', { language: 'fr', brandName: 'Maison Lumière' });
      expect(handoff.mailto).toMatch(/^mailto:sav@riposte-demo\.example\?subject=/u);
      const body = new URL(handoff.mailto!).searchParams.get('body')!;
      expect(body).toContain('\uFFFD');
      expect(handoff.ticket).toContain(text); // the clipboard text keeps what the page said
    });
  }

  it('a long body cut to fit the mailto limit stays encodable', () => {
    const handoff = buildHandoff(comment(`${'😡'.repeat(3_000)}\uD83D`), [], afterSales, '', { language: 'en', brandName: 'Maison Lumière', maxMailtoLength: 2_000 });
    expect(handoff.truncated).toBe(true);
    expect(handoff.mailto!.length).toBeLessThanOrEqual(2_000);
  });

  it('mailtoUrl itself never throws on a lone surrogate', () => {
    expect(() => mailtoUrl('sav@riposte-demo.example', 'a\uD83D', 'b\uDE21')).not.toThrow();
  });
});
