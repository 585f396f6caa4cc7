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

function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language)).format(value);
}

/**
 * A translator bound to one language. Missing placeholders are left visible, never "undefined".
 * `{{name}}` is template syntax quoted in a help text, not a placeholder: it is left as written.
 */
export function translator(language: Language): Translate {
  const dictionary = DICTIONARIES[language];
  return (key, params) =>
    (dictionary[key] ?? key).replace(/(?<!\{)\{(\w+)\}(?!\})/g, (whole, name: string) => {
      const value = params?.[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(value, language) : value;
    });
}
