import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/triage';
import { loadBundledModel } from '@/lib/triage/model/bundled';
import { loadSpamUnseen, parseSpamUnseen, spamScores, SPAM_UNSEEN_PATH } from '@/scripts/eval/spam-unseen';

// The file's shape, and a floor under what rules + model measure on it (91.4 macro-F1): a failure
// names no comment and no figure, so the set never turns into a tuning list.
describe('held-out spam set (tests/fixtures/triage/spam-unseen.txt)', () => {
  const items = loadSpamUnseen();

  it('has a header comment and every other line is s| or -|', () => {
    const lines = readFileSync(SPAM_UNSEEN_PATH, 'utf8').split('\n').filter((l) => l.trim() !== '');
    expect(lines[0]?.startsWith('# ')).toBe(true);
    for (const line of lines.slice(1)) expect(line.slice(0, 2), line).toMatch(/^[s-]\|$/u);
    expect(items).toHaveLength(lines.length - 1);
  });

  it('holds at least 200 distinct comments, spam and not spam', () => {
    expect(items.length).toBeGreaterThanOrEqual(200);
    const texts = items.map((i) => i.text.trim().toLowerCase());
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
    expect(items.some((i) => i.spam)).toBe(true);
    expect(items.some((i) => !i.spam)).toBe(true);
  });

  it('has French and English comments', () => {
    const languages = new Set(items.map((i) => classify({ text: i.text }).language));
    expect(languages.has('fr')).toBe(true);
    expect(languages.has('en')).toBe(true);
  });

  it('stays above a floor with the rules and the model, without a false alarm in ten', () => {
    const model = loadBundledModel();
    const scores = spamScores(
      items.map((i) => i.spam),
      items.map((i) => classify({ text: i.text }, { model }).labels.includes('spam')),
    );
    expect(scores.macroF1 >= 0.88 && scores.falseAlarms / scores.negatives <= 0.1).toBe(true);
  });

  it('rejects a line without a label', () => {
    expect(() => parseSpamUnseen('# header\ns|fine\nno label here')).toThrow(/:3:/u);
  });
});
