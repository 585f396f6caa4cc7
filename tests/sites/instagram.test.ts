import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/sites';
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

  it('finds a reply button on every comment of its post fixtures', () => {
    for (const page of PAGES.filter((p) => p.site === 'instagram' && p.kind === 'post')) {
      loadFixture(page.file);
      const adapter = ADAPTERS.instagram;
      for (const el of adapter.findCommentElements(document)) expect(adapter.findReplyButton(el), page.file).toBeDefined();
    }
  });
});
