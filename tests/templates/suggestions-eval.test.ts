import { describe, expect, it } from 'vitest';
import { scoreSuggestion, summarise } from '@/scripts/eval/suggestions';
import { ROWS } from '../fixtures/suggestions/comments';
import { MORE_ROWS } from '../fixtures/suggestions/more';
import { UNSEEN_ROWS } from '../fixtures/suggestions/unseen';
import { loadSuggestionItems, parseSuggestionRows } from '../fixtures/suggestions/load';

const items = parseSuggestionRows(ROWS);
// The second held-out set (unseen2.ts) is scored and printed by `npm run eval` on its own: held to no
// threshold nor to the every-comment language check, only its starter keys are checked.
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

  // Thresholds a little under the figures measured on the held-out part, so a regression fails.
  it('meets the thresholds on the test part', () => {
    const scores = summarise(items.filter((i) => i.split === 'test').map(scoreSuggestion));
    expect(scores.top1).toBeGreaterThanOrEqual(0.92);
    expect(scores.top3).toBeGreaterThanOrEqual(0.97);
    expect(scores.language).toBe(1);
  });

  // The comments nobody tuned on: thresholds a little under what they measured (85.0 %, 93.8 %).
  it('meets the thresholds on the unseen comments', () => {
    const scores = summarise(parseSuggestionRows(UNSEEN_ROWS, 'test').map(scoreSuggestion));
    expect(scores.top1).toBeGreaterThanOrEqual(0.82);
    expect(scores.top3).toBeGreaterThanOrEqual(0.9);
    expect(scores.language).toBe(1);
  });

  it('suggests in the comment’s language for every labelled comment', () => {
    const wrong = all.map(scoreSuggestion).filter((o) => !o.languageRight).map((o) => `${o.item.text} → ${o.got.join(' ')}`);
    expect(wrong).toEqual([]);
  });
});
