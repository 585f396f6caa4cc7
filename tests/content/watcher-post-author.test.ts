import { afterEach, describe, expect, it } from 'vitest';
import { createWatcher, type CommentsReport, type Watcher } from '@/lib/content/watcher';
import { ADAPTERS } from '@/lib/sites';
import { setPageUrl } from '../sites/load-fixture';

const POST = 'https://www.facebook.com/maisonlumiere/posts/pfbid02Xk7QmZ9vTqL4rJ8nB3cW1yH6sD5fG2pA7uE9oK3iN1mR4tV8xZl';

function fbThread(n: number): string {
  const id = btoa(`comment:122108456789012345_${5000000000000000 + n}`).replace(/=+$/u, '');
  return `<li><div role="article" aria-label="Commentaire de Client ${n} il y a 1 heure">
    <a href="https://www.facebook.com/client.${n}?comment_id=${id}" role="link"><span>Client ${n}</span></a>
    <span lang="fr-FR"><div dir="auto">Commentaire numéro ${n}</div></span>
    <a href="/maisonlumiere/posts/pfbid02Xk7QmZ9vTqL4rJ8nB3cW1yH6sD5fG2pA7uE9oK3iN1mR4tV8xZl?comment_id=${id}"><span>1 h</span></a>
  </div></li>`;
}

/** Runs the timers the watcher schedules until it has read `count` comments. */
async function readAll(w: Watcher, count: number): Promise<void> {
  for (let i = 0; i < 2_000 && w.comments().length < count; i++) await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => setTimeout(r, 50));
}

let watcher: Watcher | undefined;
afterEach(() => watcher?.stop());

describe("the post's author, on a long thread read in slices", () => {
  it('is not looked for again on every slice when the page does not show it', async () => {
    document.body.innerHTML = `<ul class="fb-comments">${Array.from({ length: 40 }, (_, i) => fbThread(i)).join('')}</ul>`;
    setPageUrl(POST);
    let lookups = 0;
    const adapter = { ...ADAPTERS.facebook, commentElementOf: (node: Node) => (lookups++, ADAPTERS.facebook.commentElementOf(node)) };
    const reports: CommentsReport[] = [];
    // One comment per slice: 40 slices, each with a comment of the same post.
    watcher = createWatcher({ adapter, document, window, report: (m) => reports.push(m), idleTimeoutMs: 10, sliceMs: 0 });
    watcher.start();
    await readAll(watcher, 40);
    expect(watcher.comments()).toHaveLength(40);
    // One look when the first slice is reported, one when the queue is drained: each goes over the
    // links before a comment (two per earlier comment). Looking on every slice costs ~1,600.
    expect(lookups).toBeLessThan(250);
    expect(reports.some((r) => r.postAuthors)).toBe(false);
  });

  it('is looked for again once the queue is drained, and found when the page shows it by then', async () => {
    document.body.innerHTML = `<div class="post"><h2><a href="https://www.facebook.com/maisonlumiere">Maison Lumière</a></h2></div>
      <ul class="fb-comments">${Array.from({ length: 5 }, (_, i) => fbThread(i)).join('')}</ul>`;
    const header = document.querySelector('.post a')!;
    header.remove();
    setPageUrl(POST);
    const reports: CommentsReport[] = [];
    watcher = createWatcher({ adapter: ADAPTERS.facebook, document, window, report: (m) => reports.push(m), idleTimeoutMs: 10, sliceMs: 0 });
    watcher.start();
    expect(reports[0]?.postAuthors).toBeUndefined();
    // The header renders while the thread is still being read.
    document.querySelector('.post h2')!.appendChild(header);
    await readAll(watcher, 5);
    expect(reports.flatMap((r) => Object.values(r.postAuthors ?? {}))).toContain('maisonlumiere');
  });
});
