import { describe, expect, it } from 'vitest';
import type { Comment } from '@/lib/schema/comment';
import { CommentSchema } from '@/lib/schema/comment';
import { adapterForUrl, scanPage } from '@/lib/sites';
import { withGenericReader } from '@/lib/sites/generic';
import { assessPageHealth } from '@/lib/sites/health';
import { extractContext, readComments } from '@/lib/sites/read';
import { EVIDENCE_PAGES, evidenceUrl } from './evidence';
import { PAGES, pageUrl, SCAN_NOW } from './expectations';
import { loadFixture, setPageUrl } from './load-fixture';

const POSTS = [
  ...PAGES.filter((p) => p.kind === 'post').map((p) => ({ file: p.file, url: pageUrl(p) })),
  ...EVIDENCE_PAGES.map((p) => ({ file: p.file, url: evidenceUrl(p) })),
];

/** A site's new build: every class name and test id replaced by a meaningless one. */
function scramble(doc: Document): void {
  let n = 0;
  for (const el of Array.from(doc.querySelectorAll('[class], [data-testid]'))) {
    if (el.hasAttribute('class')) el.setAttribute('class', `z${(n++).toString(36)}q`);
    if (el.hasAttribute('data-testid')) el.setAttribute('data-testid', `t${(n++).toString(36)}`);
  }
}

function readWithGeneric(url: string): { comments: Comment[]; health: ReturnType<typeof assessPageHealth> } {
  const adapter = withGenericReader(adapterForUrl(url)!);
  const ctx = extractContext(adapter, document, url, SCAN_NOW);
  const { comments, unreadable } = readComments(adapter, adapter.findCommentElements(document), ctx, (raw) => {
    const parsed = CommentSchema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  });
  return { comments, health: assessPageHealth(adapter, document, url, comments, unreadable, SCAN_NOW) };
}

describe('generic reader: pages whose class names and test ids were scrambled', () => {
  const rows: string[] = [];
  for (const { file, url } of POSTS) {
    it(`${file}: still lists the comments, by structure when the adapter finds none`, () => {
      loadFixture(file);
      setPageUrl(url);
      const original = scanPage(document, url, { now: SCAN_NOW }).comments;
      scramble(document);
      const byAdapter = scanPage(document, url, { now: SCAN_NOW }).comments;
      const { comments, health } = readWithGeneric(url);
      rows.push(`${file}: ${original.length} read before, ${byAdapter.length} by the adapter after, ${comments.length} with the generic reader`);
      expect(health.status).toBe('ok');
      if (byAdapter.length > 0) {
        // The adapter still reads the page: its comments, untouched.
        expect(comments).toEqual(byAdapter);
        return;
      }
      expect(comments.length).toBeGreaterThan(0);
      expect(comments.every((c) => c.reader === 'generic')).toBe(true);
      // Authors and texts are the page's: most comments the adapter read before are found again, by
      // the same person with the same words, and every author listed is someone the page links to.
      const found = original.filter((before) =>
        comments.some((c) => c.author.handle?.toLowerCase() === before.author.handle?.toLowerCase() && (before.text === '' || c.text.includes(before.text.split('\n')[0]!.slice(0, 20)))),
      );
      expect(found.length / original.length, `${found.length} of ${original.length} found again`).toBeGreaterThanOrEqual(0.6);
      const linked = new Set(Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href')!.toLowerCase()));
      for (const c of comments) expect([...linked].some((href) => href.includes(c.author.handle!.toLowerCase())), c.author.handle).toBe(true);
    });
  }

  it('pages stripped of roles, aria-labels and data- attributes too: the thread is still read where it has Reply controls', () => {
    const lines: string[] = [];
    for (const { file, url } of POSTS) {
      loadFixture(file);
      setPageUrl(url);
      const original = scanPage(document, url, { now: SCAN_NOW }).comments;
      scramble(document);
      for (const el of Array.from(document.querySelectorAll('*'))) {
        for (const attr of Array.from(el.attributes)) if (attr.name === 'role' || attr.name.startsWith('aria-') || attr.name.startsWith('data-') || attr.name === 'componentkey') el.removeAttribute(attr.name);
      }
      const { comments, health } = readWithGeneric(url);
      lines.push(`${file}: ${original.length} → ${comments.length} (${health.status}, ${comments[0]?.reader ?? 'adapter'})`);
      expect(['ok', 'layout-not-recognised', 'no-comments']).toContain(health.status);
      // One reader per page: the adapter when it still reads something, else the generic reader.
      expect(new Set(comments.map((c) => c.reader ?? 'adapter')).size).toBeLessThanOrEqual(1);
    }
    console.log(lines.join('\n'));
    // Most pages keep a thread the generic reader can list.
    expect(lines.filter((l) => / → [1-9]/u.test(l)).length).toBeGreaterThanOrEqual(Math.ceil(POSTS.length * 0.6));
  });

  it('a link that is no URL at all (a page’s broken href) does not stop the reading', () => {
    const { file, url } = POSTS.find((p) => p.file.startsWith('x/'))!;
    loadFixture(file);
    setPageUrl(url);
    scramble(document);
    const before = readWithGeneric(url).comments.length;
    expect(before).toBeGreaterThan(0);
    // In every block the reader found: a link a URL parser refuses.
    for (const a of Array.from(document.querySelectorAll('a[href]')).slice(0, 40)) a.insertAdjacentHTML('afterend', '<a href="http://[broken">x</a>');
    expect(() => readWithGeneric(url)).not.toThrow();
    expect(readWithGeneric(url).comments.length).toBe(before);
  });

  it('says nothing on a page with no thread (a post without comments, a profile)', () => {
    for (const page of PAGES.filter((p) => p.kind === 'no-comments' || p.kind === 'profile')) {
      loadFixture(page.file);
      setPageUrl(pageUrl(page));
      scramble(document);
      const { comments } = readWithGeneric(pageUrl(page));
      expect(comments.filter((c) => c.reader === 'generic'), page.file).toEqual([]);
    }
  });

  it('leaves a page the adapter reads to the adapter', () => {
    const page = PAGES.find((p) => p.file === 'x/post-fr.html')!;
    loadFixture(page.file);
    setPageUrl(pageUrl(page));
    const { comments } = readWithGeneric(pageUrl(page));
    expect(comments.length).toBeGreaterThan(0);
    expect(comments.some((c) => c.reader)).toBe(false);
    expect(comments).toEqual(scanPage(document, pageUrl(page), { now: SCAN_NOW }).comments);
  });

  it('summary', () => {
    console.log(rows.join('\n'));
  });
});

describe('generic reader: a giveaway-sized thread', () => {
  it('2,000 replies on a scrambled X page are listed in time linear in the page', { timeout: 120_000 }, () => {
    const url = 'https://x.com/maisonlumiere/status/1860000000000000001';
    loadFixture('x/post-fr.html');
    setPageUrl(url);
    const cell = Array.from(document.querySelectorAll('[data-testid="cellInnerDiv"]')).find((c) => c.querySelector('article[tabindex="0"]'))!;
    const html = cell.outerHTML;
    const handle = cell.querySelector('a[href^="/"]')!.getAttribute('href')!.slice(1);
    const id = /status\/(\d+)/u.exec(cell.querySelector('a[href*="/status/"]')!.getAttribute('href')!)![1]!;
    const parts: string[] = [];
    for (let i = 0; i < 2000; i++) parts.push(html.replaceAll(id, `18700000000000${String(i).padStart(5, '0')}`).replaceAll(handle, `p${i}q${handle}`).replace(/(data-testid="tweetText"[^>]*>)/u, `$1n°${i} `));
    cell.insertAdjacentHTML('afterend', parts.join(''));
    scramble(document);
    const started = performance.now();
    const { comments, health } = readWithGeneric(url);
    const ms = performance.now() - started;
    console.log(`generic reader, 2,000 scrambled replies: ${comments.length} comments in ${Math.round(ms)} ms`);
    expect(health.status).toBe('ok');
    expect(comments.length).toBeGreaterThanOrEqual(2000);
    expect(comments.every((c) => c.reader === 'generic')).toBe(true);
    expect(ms).toBeLessThan(60_000);
  });
});
