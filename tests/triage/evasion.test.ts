import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/triage';
import { MAX_TEXT_LENGTH, normalise, sampleText, unmask } from '@/lib/triage/normalise';
import { FIXTURE_BRAND_LANGUAGE, loadTriageFixtures } from '../fixtures/triage/load';
import { makeBrand } from './helpers';
import { loadBundledModel } from '@/lib/triage/model/bundled';

const MODEL = loadBundledModel();

/**
 * Issue 19, classifier evasion: the same flagged comment written to slip past the rules — zero-width
 * characters inside words, Cyrillic look-alikes, full-width letters, 5,000 characters of padding
 * before it — keeps every label the plain comment gets. Run on every flagged comment of the test split.
 */

const ZWSP = '\u200B';
const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', A: 'А', E: 'Е', O: 'О', P: 'Р', C: 'С', X: 'Х' };

const EVASIONS: Record<string, (text: string) => string> = {
  'zero-width characters inside words': (t) => t.replace(/[\p{L}\p{N}]{2,}/gu, (w) => Array.from(w).join(ZWSP)),
  'a word joiner and a soft hyphen inside words': (t) => t.replace(/[\p{L}]{4,}/gu, (w) => `${w.slice(0, 2)}\u2060${w.slice(2, 3)}\u00AD${w.slice(3)}`),
  'Cyrillic look-alikes (а е о р с х)': (t) => t.replace(/[aeopcxAEOPCX]/gu, (c) => CYRILLIC[c] ?? c),
  'full-width letters': (t) => t.replace(/[!-~]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  '5,000 spaces of padding before': (t) => `${' '.repeat(5_000)}${t}`,
  '5,000 zero-width spaces before': (t) => `${ZWSP.repeat(5_000)}${t}`,
  '5,000 characters of harmless text before': (t) => `${'lorem ipsum '.repeat(417)}\n${t}`,
  'all of them at once': (t) => `${' '.repeat(5_000)}${t.replace(/[aeopcx]/gu, (c) => CYRILLIC[c] ?? c).replace(/[\p{L}\p{N}]{2,}/gu, (w) => Array.from(w).join(ZWSP))}`,
};

const FLAGGED = loadTriageFixtures().filter((c) => c.split === 'test' && c.labels.length > 0);
const brands = new Map<string, ReturnType<typeof makeBrand>>();
const brandOf = (name: string) => {
  let brand = brands.get(name);
  if (!brand) brands.set(name, (brand = makeBrand({ id: name, name, language: FIXTURE_BRAND_LANGUAGE[name] ?? 'fr' })));
  return brand;
};
const labels = (text: string, brand: string) => classify({ text }, { brand: brandOf(brand) }).labels;
/** The same with the learned layer, as the background and the panel classify. */
const labelsWithModel = (text: string, brand: string) => classify({ text }, { brand: brandOf(brand), model: MODEL }).labels;

describe('classifier evasion (issue 19): the flagged test comments keep their labels', () => {
  it('has flagged comments to test', () => {
    expect(FLAGGED.length).toBeGreaterThan(100);
  });

  // With the learned layer too (it can veto a lone rule word): every evasion but padding made of
  // real words, which shifts the model's language and sentiment reading (left to the model's tuning).
  const cases = Object.entries(EVASIONS).flatMap(([name, evade]) => [
    { name, evade, classifyWith: labels },
    ...(name.includes('harmless') ? [] : [{ name: `${name} (with the learned layer)`, evade, classifyWith: labelsWithModel }]),
  ]);
  for (const { name, evade, classifyWith } of cases) {
    it(name, () => {
      const lost: string[] = [];
      let flagged = 0;
      for (const comment of FLAGGED) {
        const plain = classifyWith(comment.text, comment.brand);
        if (plain.length === 0) continue;
        flagged++;
        const evaded = classifyWith(evade(comment.text), comment.brand);
        const missing = plain.filter((l) => !evaded.includes(l));
        if (missing.length > 0) lost.push(`${comment.file}.txt:${comment.line} lost ${missing.join(', ')}: ${comment.text}`);
      }
      expect(flagged).toBeGreaterThan(100);
      expect(lost).toEqual([]);
    });
  }
});

describe('unmask: what a reader sees', () => {
  it('removes invisible characters, unstyles full-width and mathematical letters, and turns look-alikes into Latin', () => {
    expect(unmask('i\u200Bd\u200Ci\u2060o\uFEFFt')).toBe('idiot');
    expect(unmask('ｉｄｉｏｔ　！')).toBe('idiot !');
    expect(unmask('𝐢𝐝𝐢𝐨𝐭')).toBe('idiot');
    expect(unmask('аrnаquе')).toBe('arnaque');
    expect(unmask('ΑRΝΑQUΕ')).toBe('ARNAQUE');
  });

  it('keeps real Cyrillic and Greek text, emoji sequences, keycaps and flags as they are', () => {
    for (const text of ['Привет, как дела? Спасибо', 'Καλημέρα σας, ευχαριστώ', '👨‍👩‍👧 ❤️ 1️⃣ 🇫🇷 👍🏽']) expect(unmask(text)).toBe(text);
  });

  it('in a Cyrillic text, still unmasks a Latin word with a look-alike inside', () => {
    expect(unmask('Привет, vous êtes des vоleurs')).toBe('Привет, vous êtes des voleurs');
  });

  it('leaves a plain comment untouched (same string)', () => {
    const text = 'Commande ML-48213 passée le 2 novembre, toujours rien reçu 😡';
    expect(unmask(text)).toBe(text);
  });
});

describe('long comments: read whole, or head and tail, in linear time', () => {
  it('reads an insult after 30,000 characters of padding (whole text)', () => {
    expect(labels(`${'bonjour '.repeat(3_750)}vous êtes des escrocs, bande de connards`, 'teleonde')).toContain('toxic');
  });

  it('reads the head and the tail of a 2 MB comment, without freezing', () => {
    const padding = 'a '.repeat(1_000_000);
    const started = performance.now();
    expect(labels(`${padding}vous êtes des escrocs, bande de connards`, 'teleonde')).toContain('toxic');
    expect(labels(`vous êtes des escrocs, bande de connards ${padding}`, 'teleonde')).toContain('toxic');
    expect(labels(`${'\u200B'.repeat(2_000_000)}ferme ta gueule`, 'teleonde')).toContain('toxic');
    // Bounded work: the read part is at most MAX_TEXT_LENGTH characters, whatever the input.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(sampleText(padding).length).toBeLessThanOrEqual(MAX_TEXT_LENGTH + 3);
  });

  it('never cuts a character in two at the head/tail seam', () => {
    const text = '😡'.repeat(MAX_TEXT_LENGTH);
    const sample = sampleText(text);
    expect(sample).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
    expect(normalise(text).emoji).toBeGreaterThan(0);
  });
});

describe('combining marks (zalgo)', () => {
  it('a comment of 40,000 alternating combining marks is classified in linear time, its insult still read', () => {
    const zalgo = `Camille ${Array.from({ length: 200_000 }, (_, i) => (i % 2 ? '\u0301' : '\u0316')).join('')} bande de connards`;
    const started = performance.now();
    expect(labels(zalgo, 'teleonde')).toContain('toxic');
    expect(performance.now() - started).toBeLessThan(100);
    expect(labels('b̷a̷n̷d̷e̷ d̷e̷ c̷o̷n̷n̷a̷r̷d̷s̷', 'teleonde')).toContain('toxic');
  });
});
