import type { Language } from '../schema/platform';
import { en, type MessageKey } from './en';
import { fr } from './fr';
import { localeOf } from './locale';

export type { MessageKey };
export { LOCALES, localeOf } from './locale';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { en, fr };

/**
 * Picks the UI language: an explicit setting wins, else the browser's language when it is French,
 * else English (our users write French first, but anyone else reads English better than French).
 */
export function resolveLanguage(setting: 'auto' | Language, browserLanguage: string | undefined): Language {
  if (setting !== 'auto') return setting;
  return browserLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

// One formatter per language: building an Intl object costs far more than using one, and every
// card shows several numbers.
const numberFormats = new Map<Language, Intl.NumberFormat>();

function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(localeOf(language))));
  return format.format(value);
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/**
 * The one plural rule of the UI: `one` or `other` for `count` in `language`, by the language's own
 * rules (French: 0 and 1 are singular, "0 commentaire lu"; English: only 1).
 */
export function plural(language: Language, count: number, one: string, other: string): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(localeOf(language))));
  return rules.select(count) === 'one' ? one : other;
}

/** A label's colon in `language`'s typography: French puts a (non-breaking) space before it, "Erreur : …". */
export function colon(language: Language): string {
  return language === 'fr' ? '\u00a0: ' : ': ';
}

/** A value `@:other.key` links to that key's text: a text shown under several keys is written once. */
const LINK = '@:';

/** The text of `key` in `dictionary`, following one link; the key itself when it has none. */
export function textOf(dictionary: Readonly<Record<string, string>>, key: string): string {
  const value = dictionary[key];
  if (value === undefined) return key;
  return value.startsWith(LINK) ? (dictionary[value.slice(LINK.length)] ?? key) : value;
}

/** `{count|singular|plural}` in a string: the form for that parameter's number (see `plural`). */
const PLURAL = /(?<!\{)\{(\w+)\|([^|{}]*)\|([^|{}]*)\}(?!\})/g;

/**
 * A translator bound to one language. Missing placeholders are left visible, never "undefined".
 * `{{name}}` is template syntax quoted in a help text, not a placeholder: it is left as written.
 * `{count|commentaire lu|commentaires lus}` picks the singular or plural form by `count`.
 */
export function translator(language: Language): Translate {
  const dictionary = DICTIONARIES[language];
  return (key, params) =>
    textOf(dictionary, key)
      .replace(PLURAL, (_whole, name: string, one: string, other: string) => {
        // Without a number (a missing or textual parameter), the plural form: "{count} comments read".
        const value = params?.[name];
        const count = typeof value === 'number' ? value : Number(value);
        return Number.isFinite(count) && value !== undefined && value !== '' ? plural(language, count, one, other) : other;
      })
      .replace(/(?<!\{)\{(\w+)\}(?!\})/g, (whole, name: string) => {
        const value = params?.[name];
        if (value === undefined) return whole;
        return typeof value === 'number' ? formatNumber(value, language) : value;
      });
}
