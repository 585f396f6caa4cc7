import { afterEach, describe, expect, it } from 'vitest';
import { createWatcher, type CommentsReport, type Watcher } from '@/lib/content/watcher';
import { ADAPTERS } from '@/lib/sites';
import { fixtureHtml, loadFixture, loadFixtureWithEditors, setPageUrl } from '../sites/load-fixture';

const POST = 'https://www.facebook.com/maisonlumiere/posts/pfbid02Xk7QmZ9vTqL4rJ8nB3cW1yH6sD5fG2pA7uE9oK3iN1mR4tV8xZl';

/** A Facebook comment thread as the site appends it while the user scrolls. */
function fbThread(n: number): string {
  const id = btoa(`comment:122108456789012345_${5000000000000000 + n}`).replace(/=+$/u, '');
  return `<div class="fb-thread"><div role="article" aria-label="Commentaire de Client ${n} il y a 1 heure">
    <a href="https://www.facebook.com/client.${n}?comment_id=${id}" role="link"><span>Client ${n}</span></a>
    <span lang="fr-FR"><div dir="auto">Commentaire numéro ${n}</div></span>
    <ul><li><div role="button">Répondre</div></li><li><a href="${POST.replace('https://www.facebook.com', '')}?comment_id=${id}"><span>1 h</span></a></li></ul>
  </div><div class="fb-replies"></div><div class="fb-reply-slot"></div></div>`;
}

/** Let the MutationObserver deliver its records (a microtask in happy-dom). */
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

let watcher: Watcher | undefined;
afterEach(() => watcher?.stop());

function start(url: string): CommentsReport[] {
  setPageUrl(url);
  const reports: CommentsReport[] = [];
  // One slice holds the whole page here (happy-dom is slow); slicing has its own tests below.
  watcher = createWatcher({ adapter: ADAPTERS.facebook, document, window, report: (m) => reports.push(m), idleTimeoutMs: 10_000, sliceMs: 60_000 });
  watcher.start();
  return reports;
}

describe('comment watcher', () => {
  it('says who wrote the post, read from its header, where the URL does not (Instagram)', () => {
    loadFixture('instagram/post-fr.html');
    setPageUrl('https://www.instagram.com/p/C8xYz12AbCd/');
    const reports: CommentsReport[] = [];
    watcher = createWatcher({ adapter: ADAPTERS.instagram, document, window, report: (m) => reports.push(m), idleTimeoutMs: 10_000, sliceMs: 60_000 });
    watcher.start();
    expect(Object.values(reports[0]?.postAuthors ?? {})).toEqual(['maisonlumiere']);
  });

  it('reads a row again when a like count is re-rendered inside it, whatever the site (Instagram)', async () => {
    loadFixture('instagram/post-fr.html');
    setPageUrl('https://www.instagram.com/p/C8xYz12AbCd/');
    const reports: CommentsReport[] = [];
    watcher = createWatcher({ adapter: ADAPTERS.instagram, document, window, report: (m) => reports.push(m), idleTimeoutMs: 10_000, sliceMs: 60_000 });
    watcher.start();
    const old = Array.from(document.querySelectorAll('.ig-actions span[role="button"]')).find((b) => b.textContent === '14 J’aime')!;
    const liked = reports[0]!.comments.find((c) => c.likes === 14)!;
    // The site swaps the count's element for a new one: an added node without a permalink of its own.
    const fresh = old.cloneNode(true) as Element;
    fresh.textContent = '15 J’aime';
    old.replaceWith(fresh);
    await settle();
    watcher.flush();
    expect(reports.slice(1).flatMap((r) => r.comments).map((c) => [c.id, c.likes])).toEqual([[liked.id, 15]]);
  });

  it('reports every comment once on start, as a reset', () => {
    loadFixture('facebook/post-fr.html');
    const reports = start(POST);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ type: 'page/comments', reset: true, health: { status: 'ok', commentCount: 7 } });
    expect(reports[0]!.comments).toHaveLength(7);
  });

  it('reports 50 appended comments exactly once each', async () => {
    loadFixture('facebook/post-fr.html');
    const reports = start(POST);
    const list = document.querySelector('ul.fb-comments')!;
    for (let i = 0; i < 50; i++) {
      const li = document.createElement('li');
      li.innerHTML = fbThread(i);
      list.appendChild(li);
      // Re-render noise inside an already known comment must not re-report it.
      if (i % 10 === 0) list.querySelector('.fb-actions')?.appendChild(document.createElement('span'));
    }
    await settle();
    watcher!.flush();
    await settle();
    watcher!.flush();
    const incremental = reports.slice(1).flatMap((r) => r.comments);
    expect(incremental).toHaveLength(50);
    expect(new Set(incremental.map((c) => c.id)).size).toBe(50);
    expect(incremental.map((c) => c.text)).toEqual(Array.from({ length: 50 }, (_, i) => `Commentaire numéro ${i}`));
    expect(reports.slice(1).every((r) => !r.reset)).toBe(true);
    expect(watcher!.comments()).toHaveLength(57);
    expect(reports.at(-1)!.health.commentCount).toBe(57);
  });

  it('reports a comment again, once, when its text is expanded after "Voir plus"', async () => {
    await loadFixtureWithEditors('facebook/post-fr.html');
    const reports = start(POST);
    const more = Array.from(document.querySelectorAll<HTMLElement>('[role="button"]')).find((b) => b.textContent === 'Voir plus')!;
    more.click();
    await settle();
    watcher!.flush();
    watcher!.flush();
    const changed = reports.slice(1).flatMap((r) => r.comments);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ author: { name: 'Élodie Fabre' }, truncated: false });
    expect(changed[0]!.text).toContain('le montage a pris dix minutes');
  });

  it('reports a changed like count', async () => {
    loadFixture('facebook/post-fr.html');
    const reports = start(POST);
    const pill = document.querySelector('[aria-label^="12 réactions"]')!;
    pill.setAttribute('aria-label', '13 réactions ; voir qui a réagi à ceci');
    await settle();
    watcher!.flush();
    expect(reports.slice(1).flatMap((r) => r.comments).map((c) => [c.author.name, c.likes])).toEqual([['Camille Roux', 13]]);
  });

  it('reports a comment again when its text is edited in place', async () => {
    loadFixture('facebook/post-fr.html');
    const reports = start(POST);
    const camille = reports[0]!.comments.find((c) => c.author.name === 'Camille Roux')!;
    const body = watcher!.elementOf(camille.id)!.querySelector('[dir="auto"][style]')!;
    // The site edits the text node itself (a characterData record), not the element around it.
    body.firstChild!.nodeValue = 'Commande ML-48213 reçue, merci !';
    await settle();
    watcher!.flush();
    const changed = reports.slice(1).flatMap((r) => r.comments);
    expect(changed.map((c) => c.id)).toEqual([camille.id]);
    expect(changed[0]!.text).toMatch(/^Commande ML-48213 reçue, merci !/u);
    expect(changed[0]!.text).not.toBe(camille.text);
    expect(watcher!.comments().find((c) => c.id === camille.id)!.text).toBe(changed[0]!.text);
  });

  it('reports a new reply under a known comment, with its parent', async () => {
    loadFixture('facebook/post-fr.html');
    const reports = start(POST);
    const known = new Set(reports[0]!.comments.map((c) => c.id));
    const first = reports[0]!.comments.find((c) => c.parentId !== undefined)!;
    const reply = watcher!.elementOf(first.id)!.closest('.fb-thread')!;
    // A copy of that reply with a fresh reply id and text, added after it as the site would.
    const fresh = btoa('comment:122108456789012345_1000000000009999').replace(/=+$/u, '');
    const copy = reply.cloneNode(true) as Element;
    for (const a of copy.querySelectorAll('a[href*="reply_comment_id"]')) a.setAttribute('href', a.getAttribute('href')!.replace(/reply_comment_id=[^&]+/u, `reply_comment_id=${fresh}`));
    copy.querySelector('[dir="auto"][style]')!.textContent = 'Une nouvelle réponse';
    reply.after(copy);
    await settle();
    watcher!.flush();
    const changed = reports.slice(1).flatMap((r) => r.comments);
    const added = changed.filter((c) => !known.has(c.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ text: 'Une nouvelle réponse', parentId: first.parentId });
    // Its parent is read again: it counts the replies it shows.
    const parentBefore = reports[0]!.comments.find((c) => c.id === first.parentId)!;
    expect(changed.filter((c) => known.has(c.id)).map((c) => [c.id, c.replies])).toEqual([[parentBefore.id, (parentBefore.replies ?? 0) + 1]]);
    expect(watcher!.comments()).toHaveLength(8);
  });

  it('drops a removed comment from what it points at and never reports it again', async () => {
    loadFixture('facebook/post-fr.html');
    const reports = start(POST);
    const gone = reports[0]!.comments.find((c) => c.author.name === 'Camille Roux')!;
    const el = watcher!.elementOf(gone.id)!;
    el.closest('li')!.remove();
    await settle();
    watcher!.flush();
    expect(watcher!.elementOf(gone.id)).toBeUndefined();
    expect(reports.slice(1).flatMap((r) => r.comments).map((c) => c.id)).not.toContain(gone.id);
    // Appending elsewhere afterwards does not bring it back either.
    const li = document.createElement('li');
    li.innerHTML = fbThread(7);
    document.querySelector('ul.fb-comments')!.appendChild(li);
    await settle();
    watcher!.flush();
    expect(reports.slice(1).flatMap((r) => r.comments).map((c) => c.text)).toEqual(['Commentaire numéro 7']);
    expect(watcher!.elementOf(gone.id)).toBeUndefined();
  });

  it("keeps the page's count of comments missing a field as comments are read and read again", async () => {
    loadFixture('facebook/post-fr.html');
    const reports = start(POST);
    const list = document.querySelector('ul.fb-comments')!;
    // A thread whose permalink shows no age: kept, without its date.
    const li = document.createElement('li');
    li.innerHTML = fbThread(1).replace('<span>1 h</span>', '<span></span>');
    list.appendChild(li);
    await settle();
    watcher!.flush();
    const added = reports.at(-1)!.comments[0]!;
    expect(added.unread).toContain('date');
    expect(reports.at(-1)!.health.detail).toContain('1 without date');
    // The age appears: the comment is read again, and the page no longer lacks anything.
    li.querySelector('a[href*="comment_id"] span:empty')!.textContent = '1 h';
    await settle();
    watcher!.flush();
    expect(reports.at(-1)!.comments.map((c) => c.id)).toEqual([added.id]);
    expect(reports.at(-1)!.health).toMatchObject({ commentCount: 8 });
    expect(reports.at(-1)!.health.detail ?? '').not.toContain('without date');
  });

  it('resets on SPA navigation and reads the new page', async () => {
    loadFixture('facebook/post-fr.html');
    const reports = start(POST);
    // The site swaps the page content and pushes a new URL (as Facebook does between posts).
    const next = 'https://www.facebook.com/maisonlumiere/posts/pfbid0Rt5YhW3nKq8LmZ2vXc7Bd4Fg9Js1Pu6Ae3Ni8Ko5Tm2Wx7Qy';
    const other = new DOMParser().parseFromString(fixtureHtml('facebook/post-en.html'), 'text/html');
    history.pushState(null, '', new URL(next).pathname);
    document.querySelector('[role="main"]')!.innerHTML = other.querySelector('[role="main"]')!.innerHTML;
    await settle();
    watcher!.flush();
    const last = reports.at(-1)!;
    expect(last.reset).toBe(true);
    expect(last.health.url).toBe(next);
    expect(last.comments.map((c) => c.author.name)).toEqual(['Hannah Price', 'Maison Lumière', 'Priya Shah', 'Marc Olivier', 'Oliver Grant']);
    expect(watcher!.comments()).toHaveLength(5);
  });

  it('follows back/forward (popstate) to a page without comments', async () => {
    loadFixture('facebook/post-fr.html');
    const reports = start(POST);
    history.pushState(null, '', '/maisonlumiere/posts/pfbid0Zq1');
    document.querySelector('ul.fb-comments')!.remove();
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    watcher!.flush();
    expect(reports.at(-1)).toMatchObject({ reset: true, comments: [], health: { status: 'no-comments' } });
  });

  it('batches a burst of mutations into one report without being flushed', async () => {
    loadFixture('facebook/post-fr.html');
    const reports = start(POST);
    const list = document.querySelector('ul.fb-comments')!;
    for (let i = 0; i < 5; i++) {
      const li = document.createElement('li');
      li.innerHTML = fbThread(100 + i);
      list.appendChild(li);
    }
    // No requestIdleCallback in happy-dom: the timer fallback fires on its own.
    await new Promise((r) => setTimeout(r, 200));
    expect(reports).toHaveLength(2);
    expect(reports[1]!.comments).toHaveLength(5);
  });

  it('stops observing when stopped', async () => {
    loadFixture('facebook/post-fr.html');
    const reports = start(POST);
    watcher!.stop();
    const li = document.createElement('li');
    li.innerHTML = fbThread(999);
    document.querySelector('ul.fb-comments')!.appendChild(li);
    await new Promise((r) => setTimeout(r, 200));
    expect(reports).toHaveLength(1);
  });
});

describe('comment watcher cost', () => {
  it('does not re-scan the page for a mutation outside any comment', async () => {
    loadFixture('facebook/post-fr.html');
    setPageUrl(POST);
    const adapter = ADAPTERS.facebook;
    const scanned: ParentNode[] = [];
    const spy = { ...adapter, findCommentElements: (root: ParentNode) => (scanned.push(root), adapter.findCommentElements(root)) };
    const reports: CommentsReport[] = [];
    watcher = createWatcher({ adapter: spy, document, window, report: (m) => reports.push(m), sliceMs: 60_000 });
    watcher.start();
    scanned.length = 0;
    // Facebook adds tooltips and layers to <body> all the time.
    const layer = document.createElement('div');
    document.body.appendChild(layer);
    layer.setAttribute('aria-label', 'tooltip');
    document.body.setAttribute('aria-label', 'x');
    await settle();
    watcher.flush();
    expect(scanned).toEqual([layer]);
    expect(reports).toHaveLength(1);
  });

  describe('in slices, never one long task', () => {
    /** The Facebook fixture post with 40 threads more: 47 comments. */
    function loadBigThread(): void {
      loadFixture('facebook/post-fr.html');
      const list = document.querySelector('ul.fb-comments')!;
      for (let i = 0; i < 40; i++) {
        const li = document.createElement('li');
        li.innerHTML = fbThread(i);
        list.appendChild(li);
      }
      setPageUrl(POST);
    }

    /** Runs the timers the watcher schedules until it has nothing left to read. */
    async function drain(): Promise<void> {
      for (let i = 0; i < 200; i++) await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => setTimeout(r, 150));
    }

    it('reads a big thread a little at a time, yielding between slices, and reports each comment once', async () => {
      loadBigThread();
      const reports: CommentsReport[] = [];
      // A zero budget: one comment per slice, the rest after yielding to the page.
      watcher = createWatcher({ adapter: ADAPTERS.facebook, document, window, report: (m) => reports.push(m), idleTimeoutMs: 10, sliceMs: 0 });
      watcher.start();
      expect(reports).toHaveLength(1);
      expect(reports[0]!.reset).toBe(true);
      expect(reports[0]!.comments).toHaveLength(1);
      for (let i = 0; i < 60 && (watcher.comments().length < 47); i++) await drain();
      const all = reports.flatMap((r) => r.comments.map((c) => c.id));
      expect(all).toHaveLength(47);
      expect(new Set(all).size).toBe(47);
      expect(reports.every((r) => r.comments.length <= 1)).toBe(true);
      expect(reports.filter((r) => r.reset)).toHaveLength(1);
      expect(reports.at(-1)!.health.commentCount).toBe(47);
    });

    it('a snapshot waits for everything, read in slices with the page given a turn between them', async () => {
      loadBigThread();
      const reports: CommentsReport[] = [];
      // Idle callbacks far away: only settle() reads the rest.
      watcher = createWatcher({ adapter: ADAPTERS.facebook, document, window, report: (m) => reports.push(m), idleTimeoutMs: 60_000, sliceMs: 0 });
      watcher.start();
      let pageTurns = 0;
      const ticking = setInterval(() => (pageTurns += 1), 0);
      await watcher.settle();
      clearInterval(ticking);
      expect(watcher.comments()).toHaveLength(47);
      expect(reports.length).toBeGreaterThan(10);
      expect(pageTurns).toBeGreaterThan(0);
      expect(reports.at(-1)!.health.commentCount).toBe(47);
    });

    it('a flush still gets everything at once', () => {
      loadFixture('facebook/post-fr.html');
      setPageUrl(POST);
      const reports: CommentsReport[] = [];
      watcher = createWatcher({ adapter: ADAPTERS.facebook, document, window, report: (m) => reports.push(m), idleTimeoutMs: 10_000, sliceMs: 0 });
      watcher.start();
      watcher.flush();
      expect(watcher.comments()).toHaveLength(7);
      expect(reports.at(-1)!.health).toMatchObject({ status: 'ok', commentCount: 7 });
    });
  });
});
