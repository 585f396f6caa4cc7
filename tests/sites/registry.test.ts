import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/lib/schema/platform';
import { ADAPTERS, adapterForUrl } from '@/lib/sites';
import { platformOfUrl } from '@/lib/sites/hosts';
import { PAGES, pageUrl } from './expectations';
import { EVIDENCE_PAGES } from './evidence';
import { fixtureHtml, fixturePath, loadFixture, loadFixtureWithEditors } from './load-fixture';

/** Selectors allowed to match nothing in the fixtures, with the reason. */
const OPTIONAL_SELECTORS: Record<string, string> = {
  'x.dialog': 'the reply modal is mounted by clicking Reply (covered by the insertion tests)',
  'x.submitModal': 'the reply modal is mounted by clicking Reply (covered by the insertion tests)',
};

describe('adapter registry', () => {
  it('registers exactly one adapter per platform, under its own name', () => {
    expect(Object.keys(ADAPTERS).sort()).toEqual([...PLATFORMS].sort());
    for (const platform of PLATFORMS) expect(ADAPTERS[platform].platform).toBe(platform);
  });

  for (const platform of PLATFORMS) {
    it(`${platform} has a French and an English fixture, a post, a feed, a page without comments and profiles`, () => {
      const pages = PAGES.filter((p) => p.site === platform);
      expect(new Set(pages.map((p) => p.lang))).toEqual(new Set(['fr', 'en']));
      expect(new Set(pages.map((p) => p.kind))).toEqual(new Set(['post', 'feed', 'no-comments', 'profile']));
      expect(new Set(pages.filter((p) => p.kind === 'profile').map((p) => p.lang))).toEqual(new Set(['fr', 'en']));
    });

    it(`every ${platform} selector matches something in its fixtures`, () => {
      const adapter = ADAPTERS[platform];
      const counts = Object.fromEntries(Object.keys(adapter.selectors).map((k) => [k, 0]));
      // The pages built from captures count too: some hooks (the signed-out LinkedIn page) exist only there.
      for (const page of [...PAGES, ...EVIDENCE_PAGES].filter((p) => p.site === platform)) {
        loadFixture(page.file);
        for (const [key, selector] of Object.entries(adapter.selectors)) counts[key]! += document.querySelectorAll(selector).length;
      }
      const dead = Object.entries(counts).filter(([key, n]) => n === 0 && !OPTIONAL_SELECTORS[`${platform}.${key}`]).map(([key]) => key);
      expect(dead).toEqual([]);
    });
  }
});

describe('pages.json', () => {
  it('lists each fixture once, with a URL its adapter claims', () => {
    expect(new Set(PAGES.map((p) => p.file)).size).toBe(PAGES.length);
    for (const page of PAGES) {
      expect(platformOfUrl(pageUrl(page)), page.file).toBe(page.site);
      expect(adapterForUrl(pageUrl(page))?.platform).toBe(page.site);
      expect(page.file.startsWith(`${page.site}/`)).toBe(true);
      expect(page.title.length).toBeGreaterThan(0);
    }
  });

  for (const page of PAGES) {
    it(`${page.file} exists, is a complete self-contained page in ${page.lang}, and runs its editor script`, async () => {
      expect(existsSync(fixturePath(page.file))).toBe(true);
      const html = fixtureHtml(page.file);
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain(`<html lang="${page.lang}"`);
      // Served offline by the demo: nothing may load from the network.
      expect(html).not.toMatch(/<(script|img|link|iframe|source|video)\b[^>]*\s(src|href)="(https?:)?\/\//iu);
      expect(html).not.toMatch(/url\(\s*['"]?(https?:)?\/\//iu);
      const doc = await loadFixtureWithEditors(page.file);
      expect(doc.title).toBe(page.title);
      // Profile headers and X's timeline have no comment box.
      if (page.kind !== 'profile' && (page.kind !== 'feed' || page.site !== 'x')) expect(doc.querySelectorAll('[contenteditable="true"], textarea').length).toBeGreaterThan(0);
    });
  }
});

describe('cross-negatives', () => {
  // Every fixture is a negative for every other site's adapter: none may read a comment there.
  for (const platform of PLATFORMS) {
    it(`the ${platform} adapter reads nothing on the other sites' pages`, () => {
      const adapter = ADAPTERS[platform];
      for (const page of PAGES.filter((p) => p.site !== platform)) {
        loadFixture(page.file);
        const read = adapter.findCommentElements(document).filter((el) => {
          const ctx = { url: pageUrl(page), postUrl: pageUrl(page), now: 0, lang: page.lang };
          return adapter.readComment(el, ctx) !== undefined;
        });
        expect(read, page.file).toEqual([]);
      }
    });
  }
});
