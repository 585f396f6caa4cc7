import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/sites';
import { checkFixture, PAGES } from './expectations';
import { X_EXPECTED } from './x.expected';
import { loadFixture } from './load-fixture';

describe('x adapter', () => {
  it('has an expectation for each of its fixtures', () => {
    expect(Object.keys(X_EXPECTED).sort()).toEqual(PAGES.filter((p) => p.site === 'x').map((p) => p.file).sort());
  });

  for (const [file, expected] of Object.entries(X_EXPECTED)) {
    it(`reads ${file} field by field`, () => {
      checkFixture('x', file, expected);
    });
  }

  it('finds a reply button on every comment of its post fixtures', () => {
    for (const page of PAGES.filter((p) => p.site === 'x' && p.kind === 'post')) {
      loadFixture(page.file);
      const adapter = ADAPTERS.x;
      for (const el of adapter.findCommentElements(document)) expect(adapter.findReplyButton(el), page.file).toBeDefined();
    }
  });
});
