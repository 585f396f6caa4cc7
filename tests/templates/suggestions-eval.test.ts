import { describe, expect, it } from 'vitest';
import { scoreSuggestion, summarise } from '@/scripts/eval/suggestions';
import { ROWS } from '../fixtures/suggestions/comments';
import { MORE_ROWS } from '../fixtures/suggestions/more';
import { UNSEEN_ROWS } from '../fixtures/suggestions/unseen';
import { UNSEEN2_ROWS } from '../fixtures/suggestions/unseen2';
import { loadSuggestionItems, parseSuggestionRows } from '../fixtures/suggestions/load';

const items = parseSuggestionRows(ROWS);
// The second held-out set (unseen2.ts) is scored and printed by `npm run eval` on its own, and held
// below to a floor whose failure names no comment; the checks listing comments leave it out.
const all = loadSuggestionItems().filter((i) => i.heldOut !== 'unseen2');

describe('suggestions on the labelled comments', () => {
  it('has at least 300 French and English comments, each with acceptable starter templates, split about 60/40', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    expect(items.filter((i) => i.language === 'fr').length).toBeGreaterThanOrEqual(150);
    expect(items.filter((i) => i.language === 'en').length).toBeGreaterThanOrEqual(150);
    expect(new Set(items.map((i) => i.text)).size).toBe(items.length);
    const test = items.filter((i) => i.split === 'test').length / items.length;
    expect(test).toBeGreaterThan(0.3);
    expect(test).toBeLessThan(0.5);
  });

  it('adds the rows written to widen dev, all in dev, and the unseen ones, all in test, none repeating another', () => {
    expect(all.length).toBe(ROWS.length + MORE_ROWS.length + UNSEEN_ROWS.length);
    expect(new Set(all.map((i) => i.text)).size).toBe(all.length);
    expect(all.slice(ROWS.length, ROWS.length + MORE_ROWS.length).every((i) => i.split === 'dev')).toBe(true);
    expect(all.slice(ROWS.length + MORE_ROWS.length).every((i) => i.split === 'test')).toBe(true);
  });

  it('names only starter templates that exist', async () => {
    const { STARTER_SITUATIONS } = await import('@/lib/templates');
    const keys = new Set(STARTER_SITUATIONS.map((s) => s.key));
    for (const item of loadSuggestionItems()) for (const key of item.acceptable) expect(keys.has(key), `${key} in “${item.text}”`).toBe(true);
  });

  // Thresholds a little under the figures measured on the held-out part, so a regression fails. The
  // learned layer's seed alone moves top-1 here by ±2 points (six seeds, with the same data), and
  // top-3 by three comments of 137 (133 to 136 over seeds 1-5 and 15, with kinds or without), so
  // both hold a floor under that spread.
  it('meets the thresholds on the test part', () => {
    const scores = summarise(items.filter((i) => i.split === 'test').map(scoreSuggestion));
    expect(scores.top1).toBeGreaterThanOrEqual(0.92);
    expect(scores.top3).toBeGreaterThanOrEqual(0.97);
    expect(scores.language).toBe(1);
  });

  // The comments nobody tuned on: thresholds a little under what they measured (93.8 %, 98.8 %).
  it('meets the thresholds on the unseen comments', () => {
    const scores = summarise(parseSuggestionRows(UNSEEN_ROWS, 'test').map(scoreSuggestion));
    expect(scores.top1).toBeGreaterThanOrEqual(0.9);
    expect(scores.top3).toBeGreaterThanOrEqual(0.96);
    expect(scores.language).toBe(1);
  });

  // The second hand's set is a regression guard only: a threshold under its figure (85.8 %, 94.2 % with the learned layer),
  // and a failure names no comment, so its texts never turn into a tuning list.
  it('holds the second held-out set above a floor, in the comment’s language every time', () => {
    const scores = summarise(parseSuggestionRows(UNSEEN2_ROWS, 'test').map(scoreSuggestion));
    expect(scores.top1 >= 0.8 && scores.top3 >= 0.9 && scores.language === 1).toBe(true);
  });

  it('suggests in the comment’s language for every labelled comment', () => {
    const wrong = all.map(scoreSuggestion).filter((o) => !o.languageRight).map((o) => `${o.item.text} → ${o.got.join(' ')}`);
    expect(wrong).toEqual([]);
    // Nearly 4,000 comments ranked: seconds on a busy machine, over the default 5 s.
  }, 30_000);
});
