import { describe, expect, it } from 'vitest';
import { ADAPTERS, extractContext } from '@/lib/sites';
import { postAuthorsOf } from '@/lib/sites/post-author';
import { PAGES, pageUrl, SCAN_NOW } from './expectations';
import { loadFixture } from './load-fixture';

describe('postAuthorsOf', () => {
  for (const page of PAGES.filter((p) => p.kind === 'post')) {
    it(`finds the brand as the author of the post in ${page.file}, whatever the order of the comments given`, () => {
      loadFixture(page.file);
      const adapter = ADAPTERS[page.site];
      const url = pageUrl(page);
      const ctx = extractContext(adapter, document, url, SCAN_NOW);
      const byId = new Map<string, Element>();
      const comments: { id: string; postUrl: string; author: { handle?: string } }[] = [];
      for (const el of adapter.findCommentElements(document)) {
        const c = adapter.readComment(el, ctx);
        if (!c) continue;
        byId.set(c.id, el);
        comments.push({ id: c.id, postUrl: c.postUrl, author: { ...(c.author.handle ? { handle: c.author.handle } : {}) } });
      }
      expect(comments.length).toBeGreaterThan(1);
      const authors = postAuthorsOf(adapter, [...comments].reverse(), (id) => byId.get(id), url);
      expect(Object.values(authors)).toEqual(['maisonlumiere']);
      expect(Object.keys(authors)).toEqual([comments[0]!.postUrl]);
    });
  }
});
