import { describe, expect, it } from 'vitest';
import { ADAPTERS, extractComments } from '@/lib/sites';
import { checkFixture, PAGES } from './expectations';
import { INSTAGRAM_EXPECTED } from './instagram.expected';
import { loadFixture } from './load-fixture';

describe('instagram adapter', () => {
  it('has an expectation for each of its fixtures', () => {
    expect(Object.keys(INSTAGRAM_EXPECTED).sort()).toEqual(PAGES.filter((p) => p.site === 'instagram').map((p) => p.file).sort());
  });

  for (const [file, expected] of Object.entries(INSTAGRAM_EXPECTED)) {
    it(`reads ${file} field by field`, () => {
      checkFixture('instagram', file, expected);
    });
  }

  it('finds a permalink time the way its selector does: deeper in its link, and never one without a datetime', () => {
    for (const page of PAGES.filter((p) => p.site === 'instagram' && p.kind === 'post')) {
      loadFixture(page.file);
      const url = `https://${page.host}${page.path}`;
      const before = extractComments(document, url, { now: Date.parse('2026-12-01T00:00:00Z') });
      expect(before.length, page.file).toBeGreaterThan(0);
      for (const time of Array.from(document.querySelectorAll('a[href*="/c/"] time[datetime]'))) {
        // A wrapper between the link and its time, and a time with no datetime after the link.
        const wrapper = document.createElement('span');
        time.replaceWith(wrapper);
        wrapper.append(time);
        time.closest('a')?.after(document.createElement('time'));
      }
      expect(extractComments(document, url, { now: Date.parse('2026-12-01T00:00:00Z') }), page.file).toEqual(before);
    }
  });

  it('finds a reply button on every comment of its post fixtures', () => {
    for (const page of PAGES.filter((p) => p.site === 'instagram' && p.kind === 'post')) {
      loadFixture(page.file);
      const adapter = ADAPTERS.instagram;
      for (const el of adapter.findCommentElements(document)) expect(adapter.findReplyButton(el), page.file).toBeDefined();
    }
  });
});
