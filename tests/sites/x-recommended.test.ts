import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/sites';
import { newScanMemo } from '@/lib/sites/memo';

/**
 * X lists what it recommends after a conversation under a heading cell: those tweets are no
 * replies. The look-back from each tweet to that heading is remembered cell by cell during a scan;
 * it must keep every bound of the plain look-back (at most 40 cells, never past the focused post).
 */
const CELL = '[data-testid="cellInnerDiv"]';

function tweet(handle: string, id: number, focused = false): string {
  return `<div data-testid="cellInnerDiv"><article data-testid="tweet"${focused ? ' tabindex="-1"' : ''}>
    <div data-testid="User-Name"><a href="/${handle}"><span>${handle}</span></a></div>
    <a href="/${handle}/status/${id}"><time datetime="2026-11-23T10:00:00.000Z">1h</time></a>
    <div data-testid="tweetText" lang="en">Tweet ${id}</div>
  </article></div>`;
}

const heading = (text: string) => `<div data-testid="cellInnerDiv"><h2 role="heading">${text}</h2></div>`;
const spacer = '<div data-testid="cellInnerDiv"><div></div></div>';

/** The plain look-back, as written before it was remembered per cell. */
function recommendedByPlainLookBack(article: Element, focused: Element): boolean {
  let cell = article.closest(CELL);
  for (let i = 0; cell && i < 40; i++) {
    cell = cell.previousElementSibling;
    if (!cell) return false;
    if (cell.contains(focused)) return false;
    if (!cell.querySelector('article[data-testid="tweet"]') && cell.querySelector('h2, [role="heading"]')) return true;
  }
  return false;
}

describe('X: tweets recommended after a conversation', () => {
  it('leaves out exactly what the plain 40-cell look-back leaves out', () => {
    const cells = [
      heading('Post'),
      tweet('brand', 1, true),
      ...Array.from({ length: 30 }, (_, i) => tweet(`reply${i}`, 100 + i)),
      heading('Discover more'),
      ...Array.from({ length: 45 }, (_, i) => (i % 7 === 3 ? spacer : tweet(`rec${i}`, 200 + i))),
      heading('More posts'),
      ...Array.from({ length: 5 }, (_, i) => tweet(`more${i}`, 300 + i)),
    ];
    document.body.innerHTML = `<main><section><div>${cells.join('')}</div></section></main>`;
    const focused = document.querySelector('article[tabindex="-1"]')!;
    const all = Array.from(document.querySelectorAll('article[data-testid="tweet"]:not([tabindex="-1"])'));
    const expected = all.filter((a) => !recommendedByPlainLookBack(a, focused));
    const found = ADAPTERS.x.findCommentElements(document);
    expect(found).toEqual(expected);
    // The 30 replies, and the recommendations more than 40 cells after their heading.
    expect(found.length).toBe(30 + 5);
    // A subtree scan (what the watcher does for an appended batch) agrees too.
    const lastCells = Array.from(document.querySelectorAll(CELL)).slice(-3);
    for (const cell of lastCells) expect(ADAPTERS.x.findCommentElements(cell)).toEqual(all.filter((a) => cell.contains(a) && expected.includes(a)));
  });

  it('keeps them deep in a long thread, when the watcher finds each appended cell with one memo, in any order', () => {
    const cells = [
      heading('Post'),
      tweet('brand', 1, true),
      ...Array.from({ length: 120 }, (_, i) => (i % 11 === 5 ? spacer : tweet(`reply${i}`, 100 + i))),
      heading('Discover more'),
      ...Array.from({ length: 50 }, (_, i) => (i % 7 === 3 ? spacer : tweet(`rec${i}`, 300 + i))),
    ];
    document.body.innerHTML = `<main><section><div>${cells.join('')}</div></section></main>`;
    const focused = document.querySelector('article[tabindex="-1"]')!;
    const all = Array.from(document.querySelectorAll('article[data-testid="tweet"]:not([tabindex="-1"])'));
    const expected = all.filter((a) => !recommendedByPlainLookBack(a, focused));
    // Replies far past the look-back (no stop within 40 cells) are replies; so are the
    // recommendations more than 40 cells after their heading.
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.length).toBeLessThan(all.length);
    expect(ADAPTERS.x.findCommentElements(document)).toEqual(expected);
    const appended = Array.from(document.querySelectorAll(CELL)).slice(60);
    for (const order of [appended, [...appended].reverse(), appended.filter((_, i) => i % 2 === 0).concat(appended.filter((_, i) => i % 2 === 1))]) {
      const scan = { memo: newScanMemo() };
      const found = new Set(order.flatMap((cell) => ADAPTERS.x.findCommentElements(cell, scan)));
      expect(all.filter((a) => found.has(a))).toEqual(expected.filter((a) => appended.some((cell) => cell.contains(a))));
    }
  });
});
