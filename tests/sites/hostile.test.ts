import { describe, expect, it } from 'vitest';
import { assessHealth, scanPage } from '@/lib/sites';
import { PAGES, pageUrl, SCAN_NOW } from './expectations';
import { EVIDENCE_PAGES, evidenceUrl } from './evidence';
import { loadFixture } from './load-fixture';

const POSTS = [
  ...PAGES.filter((p) => p.kind === 'post').map((p) => ({ file: p.file, url: pageUrl(p) })),
  ...EVIDENCE_PAGES.map((p) => ({ file: p.file, url: evidenceUrl(p) })),
];

/** Break a page the way a hostile or half-rendered page would, keeping its comments' shape. */
function vandalise(doc: Document): void {
  const links = Array.from(doc.querySelectorAll('a[href]'));
  links.forEach((a, i) => {
    if (i % 5 === 1) a.setAttribute('href', 'javascript:alert(1)');
    if (i % 5 === 3) a.setAttribute('href', 'http://[broken');
  });
  for (const el of Array.from(doc.querySelectorAll('time')).slice(0, 2)) el.setAttribute('datetime', 'not a date');
  for (const el of Array.from(doc.querySelectorAll('[aria-label]')).slice(0, 3)) el.setAttribute('aria-label', '"><script>alert(1)</script>');
  // Script-like text is text.
  const text = doc.querySelector('[dir="auto"], [data-testid="tweetText"], .comment__text, [data-testid="expandable-text-box"]');
  text?.appendChild(doc.createTextNode(' <img src=x onerror=alert(1)>'));
  // A comment buried under very deep nesting.
  const body = doc.body;
  let deep: HTMLElement = body;
  for (let i = 0; i < 1500; i++) {
    const div = doc.createElement('div');
    deep.appendChild(div);
    deep = div;
  }
  deep.textContent = 'Répondre';
}

describe('hostile and broken pages', () => {
  for (const { file, url } of POSTS) {
    it(`${file}: broken links, dates and labels, script-like text and deep nesting give comments or a clear status, never an exception`, () => {
      loadFixture(file);
      vandalise(document);
      const { comments, unreadable } = scanPage(document, url, { now: SCAN_NOW });
      for (const c of comments) {
        expect(c.permalink ?? '').not.toMatch(/^javascript:/iu);
        expect(c.author.profileUrl ?? '').not.toMatch(/^javascript:/iu);
        expect(c.attachment?.url ?? '').not.toMatch(/^javascript:/iu);
      }
      const health = assessHealth(document, url, comments, { unreadable });
      expect(['ok', 'layout-not-recognised']).toContain(health.status);
    });
  }

  // happy-dom is far slower than a browser (bench: 112 ms for 2,000 comments in Chromium); the
  // timeout only guards against a quadratic scan on a shared 2-core machine.
  it('a giveaway-sized thread (2,000+ Instagram comments and replies) is read in one pass', { timeout: 120_000 }, () => {
    loadFixture('instagram/post-pt.html');
    const list = document.querySelector('.ig-list')!;
    // The thread with two expanded replies, repeated with fresh ids.
    const template = document.querySelector('a[href*="/c/17912000000000002/"]')!.closest('.ig-thread')!;
    const html = template.outerHTML;
    const parts: string[] = [];
    for (let i = 0; i < 700; i++) parts.push(html.replaceAll('17912000000000002', `190${String(i).padStart(14, '0')}`).replaceAll('17912000000000003', `191${String(i).padStart(14, '0')}`).replaceAll('17912000000000004', `192${String(i).padStart(14, '0')}`));
    list.insertAdjacentHTML('beforeend', parts.join(''));
    const started = performance.now();
    const { comments } = scanPage(document, 'https://www.instagram.com/p/DQm7LuMi2Ab/', { now: SCAN_NOW });
    const ms = performance.now() - started;
    expect(comments).toHaveLength(7 + 3 * 700);
    expect(comments.filter((c) => c.parentId === '19000000000000699')).toHaveLength(2);
    expect(ms).toBeLessThan(60_000);
  });
});
