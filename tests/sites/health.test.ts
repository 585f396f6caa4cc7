import { describe, expect, it } from 'vitest';
import { assessHealth, extractComments, scanPage } from '@/lib/sites';
import { PAGES, pageUrl, SCAN_NOW } from './expectations';
import { loadFixture } from './load-fixture';

/**
 * Simulate a site redesign: every hook an adapter may rely on (test ids, labels, component keys,
 * URN ids, class names, link targets, datetimes) disappears, while what a person sees — the text,
 * the "Reply" buttons, the nesting — stays.
 */
function stripHooks(root: ParentNode): void {
  const hooks = ['data-testid', 'aria-label', 'componentkey', 'data-id', 'data-urn', 'class', 'href', 'datetime', 'id', 'lang'];
  for (const el of root.querySelectorAll('*')) for (const attr of hooks) el.removeAttribute(attr);
}

describe('layout drift report', () => {
  for (const page of PAGES.filter((p) => p.kind !== 'no-comments' && p.kind !== 'profile')) {
    it(`says "layout-not-recognised", not "no comments", for ${page.file} with its hooks stripped`, () => {
      loadFixture(page.file);
      stripHooks(document.body);
      const url = pageUrl(page);
      const comments = extractComments(document, url, { now: SCAN_NOW });
      expect(comments).toEqual([]);
      const health = assessHealth(document, url, comments);
      expect(health.status).toBe('layout-not-recognised');
      expect(health.detail).toMatch(/layout/u);
      expect(health.platform).toBe(page.site);
    });
  }

  for (const page of PAGES.filter((p) => p.kind === 'no-comments' || p.kind === 'profile')) {
    it(`says "no-comments" for ${page.file}`, () => {
      loadFixture(page.file);
      const health = assessHealth(document, pageUrl(page), []);
      expect(health).toMatchObject({ status: 'no-comments', commentCount: 0, unreadable: 0 });
    });
  }

  it('keeps a comment that lost one field, and names the field', () => {
    const page = PAGES.find((p) => p.file === 'facebook/post-fr.html')!;
    loadFixture(page.file);
    // One comment loses its body, another its timestamp link: both are kept with what is left.
    const comments0 = document.querySelectorAll('div[role="article"][aria-label]');
    comments0[3]!.querySelector('span[lang]')?.remove();
    for (const a of comments0[4]!.querySelectorAll('a[href*="comment_id="]')) if (!a.closest('span')?.matches('.fb-name, [class*="name"]') && /^\d/u.test(a.textContent?.trim() ?? '')) a.remove();
    const { comments, unreadable } = scanPage(document, pageUrl(page), { now: SCAN_NOW });
    expect(unreadable).toBe(0);
    expect(comments).toHaveLength(7);
    const bodiless = comments.find((c) => c.unread?.includes('text'))!;
    expect(bodiless).toMatchObject({ text: '', unread: ['text'] });
    expect(comments.filter((c) => c.unread?.includes('date'))).toHaveLength(1);
    const health = assessHealth(document, pageUrl(page), comments, { unreadable });
    expect(health).toMatchObject({ status: 'ok', commentCount: 7, unreadable: 0 });
    expect(health.detail).toMatch(/1 without text/u);
    expect(health.detail).toMatch(/1 without date/u);
  });

  it('counts containers it could not read while still reporting the rest', () => {
    const page = PAGES.find((p) => p.file === 'facebook/post-fr.html')!;
    loadFixture(page.file);
    // One comment loses its body, its links and the name in its label: neither its author nor
    // its text can be read, so it is the one container dropped.
    const broken = document.querySelectorAll('div[role="article"][aria-label]')[3]!;
    broken.querySelector('span[lang]')?.remove();
    for (const a of broken.querySelectorAll('a')) a.remove();
    broken.setAttribute('aria-label', '…');
    const { comments, unreadable } = scanPage(document, pageUrl(page), { now: SCAN_NOW });
    expect(unreadable).toBe(1);
    const health = assessHealth(document, pageUrl(page), comments, { unreadable });
    expect(health).toMatchObject({ status: 'ok', commentCount: 6, unreadable: 1 });
    expect(health.detail).toMatch(/1 comment container/u);
  });

  it('refuses a URL that is none of the four sites', () => {
    expect(() => extractComments(document, 'https://example.com/post/1')).toThrow(/Facebook, LinkedIn, Instagram and X/u);
  });
});
