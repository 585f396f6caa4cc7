import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/lib/schema/platform';
import { ADAPTERS, assessHealth, scanPage } from '@/lib/sites';
import { checkFixture, SCAN_NOW } from './expectations';
import { EVIDENCE_PAGES, evidenceUrl } from './evidence';
import { EVIDENCE_EXPECTED } from './evidence.expected';
import { fixtureHtml, loadFixture } from './load-fixture';

describe('pages built from captures of the live sites', () => {
  it('has an expectation for each page, at the page URL', () => {
    expect(Object.keys(EVIDENCE_EXPECTED).sort()).toEqual(EVIDENCE_PAGES.map((p) => p.file).sort());
    for (const page of EVIDENCE_PAGES) expect(EVIDENCE_EXPECTED[page.file]?.url, page.file).toBe(evidenceUrl(page));
  });

  for (const page of EVIDENCE_PAGES) {
    it(`${page.file} (${page.lang}, ${page.loggedIn ? 'logged in' : 'logged out'}) is a self-contained page in its UI language`, () => {
      const html = fixtureHtml(page.file);
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain(`<html lang="${page.lang}"`);
      expect(html).not.toMatch(/<(script|img|link|iframe|source|video)\b[^>]*\s(src|href)="(https?:)?\/\//iu);
      expect(html).not.toMatch(/url\(\s*['"]?(https?:)?\/\//iu);
      expect(loadFixture(page.file).title).toBe(page.title);
    });

    it(`reads ${page.file} field by field`, () => {
      checkFixture(page.site, page.file, EVIDENCE_EXPECTED[page.file]!);
    });
  }

  it('covers every site in at least two UI languages, one neither French nor English, logged in and out', () => {
    const covered = new Set(EVIDENCE_PAGES.map((p) => p.site));
    const other = new Set(EVIDENCE_PAGES.filter((p) => p.lang !== 'fr' && p.lang !== 'en').map((p) => p.site));
    expect(covered.size).toBeGreaterThan(0);
    for (const site of covered) {
      expect(other.has(site), site).toBe(true);
      expect(new Set(EVIDENCE_PAGES.filter((p) => p.site === site).map((p) => p.lang)).size, site).toBeGreaterThanOrEqual(2);
    }
    expect(covered).toEqual(new Set(PLATFORMS));
    expect(new Set(EVIDENCE_PAGES.map((p) => p.loggedIn))).toEqual(new Set([true, false]));
  });

  it('no other adapter reads a comment on these pages', () => {
    for (const page of EVIDENCE_PAGES) {
      loadFixture(page.file);
      for (const platform of PLATFORMS.filter((p) => p !== page.site)) {
        const adapter = ADAPTERS[platform];
        const ctx = { url: evidenceUrl(page), postUrl: evidenceUrl(page), now: SCAN_NOW, lang: 'en' as const };
        const read = adapter.findCommentElements(document).filter((el) => adapter.readComment(el, ctx) !== undefined);
        expect(read, `${platform} on ${page.file}`).toEqual([]);
      }
    }
  });

  it('says the thread is there, not "no comments", when every hook is stripped', () => {
    for (const page of EVIDENCE_PAGES) {
      loadFixture(page.file);
      for (const el of document.body.querySelectorAll('*')) {
        for (const attr of ['data-testid', 'aria-label', 'componentkey', 'data-id', 'data-urn', 'class', 'href', 'datetime', 'id', 'lang', 'data-semaphore-content-urn']) el.removeAttribute(attr);
      }
      const url = evidenceUrl(page);
      const { comments, unreadable } = scanPage(document, url, { now: SCAN_NOW });
      expect(comments, page.file).toEqual([]);
      expect(assessHealth(document, url, comments, { unreadable }).status, page.file).toBe('layout-not-recognised');
    }
  });
});
