import { localeOf, translator } from '../i18n';
import type { Language } from '../schema/platform';
import type { ReportPeriod } from './types';

/** "Rapport mensuel · mars 2026", "Weekly report · 2–8 March 2026" (days inclusive). */
export function reportTitle(period: ReportPeriod, firstDay: string, lastDay: string, language: Language): string {
  const locale = localeOf(language);
  // Day keys are calendar dates: format them at UTC midnight in UTC so no zone shifts the day.
  const first = new Date(`${firstDay}T00:00:00Z`);
  const last = new Date(`${lastDay}T00:00:00Z`);
  const wholeMonth = period === 'month' && firstDay.endsWith('-01');
  const range = wholeMonth
    ? new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(first)
    : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(first, last);
  return `${translator(language)(period === 'week' ? 'report.title.week' : 'report.title.month')} · ${range}`;
}
