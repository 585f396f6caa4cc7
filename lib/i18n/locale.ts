import type { Language } from '../schema/platform';

/**
 * The `Intl` locale of each UI language, for dates and numbers: French as written in France, and
 * British English (day-month order, 24-hour clock, like the French UI). The one mapping.
 */
export const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

export function localeOf(language: Language): string {
  return LOCALES[language];
}
