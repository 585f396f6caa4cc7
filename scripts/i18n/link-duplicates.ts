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
  const byText = new Map<string, string[]>();
  for (const [key, value] of Object.entries(dictionary) as [string, string][]) {
    if (!value.startsWith('@:')) byText.set(value, [...(byText.get(value) ?? []), key]);
  }
  const links = new Map<string, string>();
  for (const keys of byText.values()) {
    if (keys.length < 2) continue;
    const [kept, ...others] = [...keys].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    for (const key of others) links.set(key, kept!);
  }
  for (const file of FILES[language]) {
    const path = join(DIR, file);
    const source = readFileSync(path, 'utf8');
    const next = source.replace(/^(\s*)'([\w.-]+)': .*,$/gmu, (line, indent: string, key: string) =>
      links.has(key) ? `${indent}'${key}': '@:${links.get(key)}',` : line,
    );
    if (next !== source) writeFileSync(path, next);
  }
  console.log(`${language}: ${links.size} keys linked`);
}
