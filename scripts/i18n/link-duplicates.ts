/**
 * Writes each UI text once per language: where several keys of a dictionary hold the same text, all
 * but one become links (`'@:key'`, resolved by the translator) to the one kept. Run after adding
 * strings when `tests/i18n/i18n.test.ts` reports the same text under several keys:
 *   npx tsx scripts/i18n/link-duplicates.ts
 * The key kept is the most general (a triage label, a status… before a screen's own key); review
 * the diff, and reword instead where two keys only happen to share a word today.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../../lib/i18n/en';
import { fr } from '../../lib/i18n/fr';

const DIR = join(import.meta.dirname, '../../lib/i18n');
const FILES = { fr: ['fr.ts', 'options-fr.ts', 'why-fr.ts', 'handoff-fr.ts'], en: ['en.ts', 'options-en.ts', 'why-en.ts', 'handoff-en.ts'] };
/** Families that name a thing everywhere come first; a screen's own key links to them. */
const GENERAL = ['label.', 'status.', 'sentiment.', 'watch.', 'tier.', 'site.', 'common.', 'category.', 'kind.', 'filter.', 'comment.', 'action.'];
const rank = (key: string) => {
  const i = GENERAL.findIndex((prefix) => key.startsWith(prefix));
  return i === -1 ? GENERAL.length : i;
};

for (const [language, dictionary] of [['fr', fr], ['en', en]] as const) {
  // Grouped by the text shown (links followed), so earlier links are re-pointed at the key kept.
  const byText = new Map<string, string[]>();
  for (const key of Object.keys(dictionary)) {
    const text = shown(dictionary, key);
    byText.set(text, [...(byText.get(text) ?? []), key]);
  }
  const values = new Map<string, string>();
  for (const [text, keys] of byText) {
    if (keys.length < 2) continue;
    const [kept, ...others] = [...keys].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    values.set(kept!, text);
    for (const key of others) values.set(key, `@:${kept!}`);
  }
  let changed = 0;
  for (const file of FILES[language]) {
    const path = join(DIR, file);
    const source = readFileSync(path, 'utf8');
    const next = source.replace(/^(\s*)'([\w.-]+)': .*,$/gmu, (line, indent: string, key: string) => {
      const value = values.get(key);
      if (value === undefined || (dictionary as Record<string, string>)[key] === value) return line;
      changed += 1;
      return `${indent}'${key}': ${quote(value)},`;
    });
    if (next !== source) writeFileSync(path, next);
  }
  console.log(`${language}: ${changed} keys rewritten`);
}

/** The text a key shows, following links however deep an earlier edit left them. */
function shown(dictionary: Readonly<Record<string, string>>, key: string): string {
  let value = dictionary[key] ?? key;
  for (let hops = 0; value.startsWith('@:') && hops < 10; hops++) value = dictionary[value.slice(2)] ?? value;
  return value;
}

/** A single-quoted TypeScript string, as the dictionaries write them. */
function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
