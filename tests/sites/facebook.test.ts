import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/sites';
import { checkFixture, PAGES } from './expectations';
import { FACEBOOK_EXPECTED } from './facebook.expected';
import { loadFixture } from './load-fixture';

describe('facebook adapter', () => {
  it('has an expectation for each of its fixtures', () => {
    expect(Object.keys(FACEBOOK_EXPECTED).sort()).toEqual(PAGES.filter((p) => p.site === 'facebook').map((p) => p.file).sort());
  });

  for (const [file, expected] of Object.entries(FACEBOOK_EXPECTED)) {
    it(`reads ${file} field by field`, () => {
      checkFixture('facebook', file, expected);
    });
  }

  it('finds a reply button on every comment of its post fixtures', () => {
    for (const page of PAGES.filter((p) => p.site === 'facebook' && p.kind === 'post')) {
      loadFixture(page.file);
      const adapter = ADAPTERS.facebook;
      for (const el of adapter.findCommentElements(document)) expect(adapter.findReplyButton(el), page.file).toBeDefined();
    }
  });
});
