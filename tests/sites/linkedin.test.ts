import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/sites';
import { checkFixture, PAGES } from './expectations';
import { LINKEDIN_EXPECTED } from './linkedin.expected';
import { loadFixture } from './load-fixture';

describe('linkedin adapter', () => {
  it('has an expectation for each of its fixtures', () => {
    expect(Object.keys(LINKEDIN_EXPECTED).sort()).toEqual(PAGES.filter((p) => p.site === 'linkedin').map((p) => p.file).sort());
  });

  for (const [file, expected] of Object.entries(LINKEDIN_EXPECTED)) {
    it(`reads ${file} field by field`, () => {
      checkFixture('linkedin', file, expected);
    });
  }

  it('finds a reply button on every comment of its post fixtures', () => {
    for (const page of PAGES.filter((p) => p.site === 'linkedin' && p.kind === 'post')) {
      loadFixture(page.file);
      const adapter = ADAPTERS.linkedin;
      for (const el of adapter.findCommentElements(document)) expect(adapter.findReplyButton(el), page.file).toBeDefined();
    }
  });
});
