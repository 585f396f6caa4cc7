import { localeOf } from '../i18n/locale';
import type { Language } from '../schema/platform';
import type { ReportPeriod } from './types';

const WORDS = {
  fr: { week: 'Rapport hebdomadaire', month: 'Rapport mensuel', locale: localeOf('fr') },
  en: { week: 'Weekly report', month: 'Monthly report', locale: localeOf('en') },
} as const;

/** "Rapport mensuel · mars 2026", "Weekly report · 2–8 March 2026" (days inclusive). */
export function reportTitle(period: ReportPeriod, firstDay: string, lastDay: string, language: Language): string {
  const w = WORDS[language];
  // Day keys are calendar dates: format them at UTC midnight in UTC so no zone shifts the day.
  const first = new Date(`${firstDay}T00:00:00Z`);
  const last = new Date(`${lastDay}T00:00:00Z`);
  const wholeMonth = period === 'month' && firstDay.endsWith('-01');
  const range = wholeMonth
    ? new Intl.DateTimeFormat(w.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(first)
    : new Intl.DateTimeFormat(w.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(first, last);
  return `${w[period]} · ${range}`;
}
