import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RiposteDB } from '@/lib/db/database';
import { triageComments } from '@/lib/panel/triage-comments';
import { renderTemplate } from '@/lib/templates';
import { makeBrand, makeTemplate } from '../../templates/fixtures';
import { comment, fakeActions, freshDbPerTest, renderPanel, setUpBrand, tabOf } from './fixtures';

/**
 * Issue 19: a name holding an unterminated right-to-left override (U+202E) reordered the panel's
 * text after it. Every page-sourced string is bidi-isolated: inside an element with `dir` (which
 * browsers isolate: `unicode-bidi: isolate`) or a `<bdi>`, of its own — not the whole card.
 */
const RLO = '\u202E';
const HOSTILE = comment('c-rlo', `Commande perdue ${RLO}exe.gnp, remboursez-moi`, {
  author: { name: `Eve ${RLO}tnetnoc`, handle: `eve${RLO}x`, headline: `CEO ${RLO}olleh`, verified: false },
});

/** Text nodes holding a directional control, each with its nearest isolating ancestor. */
function controlled(root: Element): Array<{ text: string; isolate: Element | null }> {
  const out: Array<{ text: string; isolate: Element | null }> = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/[\u202A-\u202E\u2066-\u2069]/u.test(node.textContent ?? '')) continue;
    out.push({ text: node.textContent ?? '', isolate: node.parentElement?.closest('[dir], bdi') ?? null });
  }
  return out;
}

describe('page-sourced strings are bidi-isolated in the panel', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  it('name, handle, headline and text each sit in an isolate of their own', async () => {
    await setUpBrand(db);
    renderPanel(db, tabOf([HOSTILE]), triageComments, fakeActions());
    const feed = await screen.findByRole('feed');
    await waitFor(() => expect(within(feed).getAllByRole('article')).toHaveLength(1));
    const card = within(feed).getAllByRole('article')[0]!;
    const nodes = controlled(card);
    expect(nodes.length).toBeGreaterThanOrEqual(4);
    for (const { text, isolate } of nodes) {
      expect(isolate, text).not.toBeNull();
      // The isolate holds that string only, not Riposte's labels around it.
      expect(card.contains(isolate!) && isolate !== card, text).toBe(true);
      expect(isolate!.textContent!.length, text).toBeLessThanOrEqual(text.length + 1);
    }
  });

  it('a reply rendered for that author carries no directional control from the name', () => {
    const result = renderTemplate(makeTemplate({ body: 'Bonjour {{author}} ({{handle}}), nous regardons.', language: 'fr' }), {
      comment: HOSTILE,
      brand: makeBrand(),
      now: new Date('2026-11-23T10:00:00Z'),
    });
    expect(result.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
    expect(result.text).toContain('Eve tnetnoc');
  });
});
