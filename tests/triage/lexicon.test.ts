import { describe, expect, it } from 'vitest';
import { parseSpec, termKeys } from '@/lib/triage/compile';
import { EN } from '@/lib/triage/lexicon/en';
import { FR } from '@/lib/triage/lexicon/fr';
import { SHARED_SOURCE, SHARED_TERMS } from '@/lib/triage/lexicon/shared';
import { LEXICON_SOURCES } from '@/lib/triage';
import { loadTriageFixtures, splitOf } from '@/tests/fixtures/triage/load';

describe('rule tables', () => {
  it.each([
    ['fr', FR.terms],
    ['en', EN.terms],
    ['shared', SHARED_TERMS],
  ] as const)('%s: every spec parses and no term is listed twice', (lang, terms) => {
    const seen = new Map<string, string>();
    for (const [term, spec] of terms) {
      expect(() => parseSpec(term, spec, lang)).not.toThrow();
      const key = termKeys(term.replace(/\*$/, '')).join(' ') + (term.endsWith('*') ? '*' : '');
      expect(seen.get(key), `"${term}" duplicates "${seen.get(key)}"`).toBeUndefined();
      seen.set(key, term);
    }
  });

  it('notes the source and licence of every table', () => {
    for (const s of [FR.source, EN.source, SHARED_SOURCE]) expect(s).toMatch(/Riposte|licen[cs]e|MIT/i);
    expect(LEXICON_SOURCES.map((s) => s.table)).toHaveLength(3);
  });

  it('rejects a typo in a spec', () => {
    expect(() => parseSpec('x', 'p=1 z=2', 'fr')).toThrow(/Bad spec/);
  });
});

describe('evaluation fixtures', () => {
  const items = loadTriageFixtures();

  it('has at least 300 comments per language file, with valid labels', () => {
    expect(items.filter((i) => i.file === 'fr').length).toBeGreaterThanOrEqual(300);
    expect(items.filter((i) => i.file === 'en').length).toBeGreaterThanOrEqual(300);
    for (const file of ['fr', 'en'] as const) {
      const texts = items.filter((i) => i.file === file).map((i) => i.text);
      expect(new Set(texts).size, `duplicate comment in ${file}.txt`).toBe(texts.length);
    }
  });

  it('splits about 30 % into test with the fixed hash rule', () => {
    const share = items.filter((i) => i.split === 'test').length / items.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.35);
    expect(splitOf('a fixed text')).toBe(splitOf('a fixed text'));
  });
});
