import { describe, expect, it } from 'vitest';
import { scanPage } from '@/lib/sites';
import { PAGES, SCAN_NOW, pageUrl } from './expectations';
import { loadFixture } from './load-fixture';

/**
 * Translated comments (issue 12): the sites show a comment translated into the reader's language
 * with their own line under it — X's "Translated from French by Google · Show original", Facebook's
 * "See original · Rate this translation". The comment is what the page shows; the site's
 * translation line is never part of its text.
 */
function read(file: string) {
  const page = PAGES.find((p) => p.file === file)!;
  return scanPage(document, pageUrl(page), { now: SCAN_NOW }).comments;
}

describe('translated comments', () => {
  it('X: the translation line and "Show original" are not the reply’s text', () => {
    loadFixture('x/post-en.html');
    const before = read('x/post-en.html');
    const tweetText = document.querySelectorAll('article [data-testid="tweetText"]')[1]!;
    const line = document.createElement('div');
    line.className = 'css-175oi2r r-1awozwy';
    line.innerHTML =
      '<div dir="ltr" class="css-146c3p1"><span class="css-1jxf684">Translated from French by </span><a href="https://translate.google.com/" rel="noopener noreferrer nofollow" target="_blank" role="link"><span>Google</span></a></div>' +
      '<button role="button" type="button" class="css-175oi2r"><span>Show original</span></button>';
    tweetText.after(line);
    const after = read('x/post-en.html');
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
    expect(after.map((c) => c.text)).toEqual(before.map((c) => c.text));
    for (const c of after) expect(c.text).not.toMatch(/Translated from|Show original|Google/u);
  });

  it('Facebook: "Voir l’original · Noter cette traduction" is not the comment’s text', () => {
    loadFixture('facebook/post-fr.html');
    const before = read('facebook/post-fr.html');
    const body = document.querySelector('[role="article"] span[lang]')!;
    const line = document.createElement('div');
    line.className = 'x1n2onr6';
    line.innerHTML = '<div role="button" tabindex="0" class="x1i10hfl"><span>Voir l’original</span></div><span> · </span><div role="button" tabindex="0" class="x1i10hfl"><span>Noter cette traduction</span></div>';
    body.after(line);
    const after = read('facebook/post-fr.html');
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
    expect(after.map((c) => c.text)).toEqual(before.map((c) => c.text));
    for (const c of after) expect(c.text).not.toMatch(/original|traduction/u);
  });
});
