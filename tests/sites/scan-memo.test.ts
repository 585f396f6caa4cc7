import { describe, expect, it } from 'vitest';
import { extractComments, extractContext, ADAPTERS } from '@/lib/sites';
import { memoized, newScanMemo } from '@/lib/sites/memo';
import { setPageUrl } from './load-fixture';

const POST = 'https://www.facebook.com/maisonlumiere/posts/pfbid02Xk7QmZ9vTqL4rJ8nB3cW1yH6sD5fG2pA7uE9oK3iN1mR4tV8xZl';
const NOW = Date.parse('2026-11-23T12:00:00Z');

const idOf = (n: number): string => btoa(`comment:122108456789012345_${5000000000000000 + n}`).replace(/=+$/u, '');

/** A Facebook comment as the site draws it, with its reactions label. */
function comment(n: number, text: string, reactions: number, parent?: number): string {
  const query = parent === undefined ? `comment_id=${idOf(n)}` : `comment_id=${idOf(parent)}&amp;reply_comment_id=${idOf(n)}`;
  return `<div role="article" aria-label="Commentaire de Client ${n} il y a 1 heure">
    <a href="https://www.facebook.com/client.${n}?${query}" role="link"><span>Client ${n}</span></a>
    <span lang="fr-FR"><div dir="auto" class="text">${text}</div></span>
    <div aria-label="${reactions} réactions ; voir qui a réagi" role="button"><span>${reactions}</span></div>
    <ul><li><div role="button">Répondre</div></li><li><a href="${POST}?${query}"><span>1 h</span></a></li></ul>
  </div>`;
}

function thread(): void {
  setPageUrl(POST);
  document.body.innerHTML = `<div class="thread">${comment(1, 'Premier', 2)}<div class="replies"><div>${comment(2, 'Une réponse', 0, 1)}</div></div></div>`;
}

const byText = (text: string) => extractComments(document, POST, { now: NOW }).find((c) => c.text === text);

describe('answers kept for one scan only', () => {
  it('computes once per key with a memo, every time without one', () => {
    const table = {};
    const key = {};
    let calls = 0;
    const compute = () => ++calls;
    expect([memoized(undefined, table, key, compute), memoized(undefined, table, key, compute)]).toEqual([1, 2]);
    const ctx = { memo: newScanMemo() };
    expect([memoized(ctx, table, key, compute), memoized(ctx, table, key, compute)]).toEqual([3, 3]);
    // Another scan starts from nothing.
    expect(memoized({ memo: newScanMemo() }, table, key, compute)).toBe(4);
  });

  it('a later scan reads an edited text, a new like count and a new reply', () => {
    thread();
    expect(byText('Premier')).toMatchObject({ likes: 2, replies: 1 });
    const first = document.querySelector('.text') as HTMLElement;
    first.textContent = 'Premier, modifié';
    document.querySelector('[aria-label^="2 réactions"]')?.setAttribute('aria-label', '3 réactions ; voir qui a réagi');
    document.querySelector('.replies')?.insertAdjacentHTML('beforeend', `<div>${comment(3, 'Une autre réponse', 0, 1)}</div>`);
    expect(byText('Premier')).toBeUndefined();
    expect(byText('Premier, modifié')).toMatchObject({ likes: 3, replies: 2 });
    expect(byText('Une autre réponse')?.parentId).toBe(byText('Premier, modifié')?.id);
  });

  it('an adapter called with a plain context reads the page as it is now', () => {
    thread();
    const adapter = ADAPTERS.facebook;
    const ctx = extractContext(adapter, document, POST, NOW);
    const el = adapter.findCommentElements(document)[0] as Element;
    expect(adapter.readComment(el, ctx)?.replies).toBe(1);
    document.querySelector('.replies')?.insertAdjacentHTML('beforeend', `<div>${comment(3, 'Une autre réponse', 0, 1)}</div>`);
    expect(adapter.readComment(el, ctx)?.replies).toBe(2);
  });
});
