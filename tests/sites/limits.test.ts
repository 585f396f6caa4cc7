import { describe, expect, it } from 'vitest';
import { CommentSchema } from '@/lib/schema/comment';
import { scanPage } from '@/lib/sites';
import { checkComment } from '@/lib/sites/comment-check';
import { clipText, PAGE_TEXT_LIMITS } from '@/lib/sites/limits';
import { readProfile } from '@/lib/sites/profile';
import { PAGES, pageUrl, SCAN_NOW } from './expectations';
import { loadFixture } from './load-fixture';

/** Issue 19: a page can put 10 MB in a comment, a name or a profile header; Riposte keeps a bounded part and says so. */
const TEN_MB = 10_000_000;
const page = (file: string) => PAGES.find((p) => p.file === file)!;

function read(file: string) {
  return scanPage(document, pageUrl(page(file)), { now: SCAN_NOW }).comments;
}

describe('page-sourced strings are capped, with the full length kept', () => {
  it('a 10 MB comment text is cut, marked truncated, and its full length kept (Facebook)', () => {
    loadFixture('facebook/post-fr.html');
    const body = document.querySelector('span[lang] div[dir="auto"]')!;
    body.textContent = `Toujours rien reçu ${'a'.repeat(TEN_MB)}`;
    const comment = read('facebook/post-fr.html')[0]!;
    expect(comment.text.length).toBeLessThanOrEqual(PAGE_TEXT_LIMITS.text);
    expect(comment.text.startsWith('Toujours rien reçu')).toBe(true);
    expect(comment.truncated).toBe(true);
    expect(comment.textLength).toBeGreaterThan(TEN_MB);
    // Both checks accept what the reader gives.
    expect(CommentSchema.safeParse(comment).success).toBe(true);
    expect(checkComment(comment)).toBeDefined();
  });

  it('a 10 MB author name and headline are cut (X, LinkedIn)', () => {
    loadFixture('x/post-fr.html');
    const name = document.querySelector('[data-testid="User-Name"] a span')!;
    name.textContent = 'N'.repeat(TEN_MB);
    const x = read('x/post-fr.html');
    expect(Math.max(...x.map((c) => c.author.name.length))).toBeLessThanOrEqual(PAGE_TEXT_LIMITS.name);

    loadFixture('linkedin/post-fr.html');
    const link = Array.from(document.querySelectorAll('a[href*="/in/ines-morel-deco/"]')).find((a) => a.querySelectorAll('p').length > 1)!;
    const lines = link.querySelectorAll('p');
    lines[lines.length - 1]!.textContent = 'H'.repeat(TEN_MB);
    lines[0]!.querySelector('span')!.textContent = 'I'.repeat(TEN_MB);
    const li = read('linkedin/post-fr.html').find((c) => c.author.handle === 'ines-morel-deco')!;
    expect(li.author.name.length).toBeLessThanOrEqual(PAGE_TEXT_LIMITS.name);
    expect(li.author.headline!.length).toBeLessThanOrEqual(PAGE_TEXT_LIMITS.headline);
  });

  it('a 10 MB profile name in a page header is cut', () => {
    loadFixture('x/profile-fr.html');
    const name = document.querySelector('[data-testid="UserName"] span')!;
    name.textContent = 'P'.repeat(TEN_MB);
    const profile = readProfile(document, pageUrl(page('x/profile-fr.html')))!;
    expect(profile.name.length).toBeLessThanOrEqual(PAGE_TEXT_LIMITS.name);
  });

  it('clipText never cuts an emoji in two', () => {
    const clipped = clipText('😡'.repeat(300), PAGE_TEXT_LIMITS.name);
    expect(clipped.length).toBeLessThanOrEqual(PAGE_TEXT_LIMITS.name);
    expect(clipped).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
    expect(clipText('court', 200)).toBe('court');
  });
});
