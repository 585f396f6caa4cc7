/** Period navigation and number formatting for the reports section. */
import { addDays, addMonths, localDayOf, monthStart, weekStart } from '@/lib/calendar';
import { LOCALES } from '@/lib/i18n/locale';
import type { ReportPeriod } from '@/lib/reports';
import type { Language } from '@/lib/schema/platform';


/** First day (local `YYYY-MM-DD`) of the week (Monday-based, as in France) or month containing `today`. */
export function periodStartFor(period: ReportPeriod, today: Date): string {
  const day = localDayOf(today);
  return period === 'month' ? monthStart(day) : weekStart(day);
}

/** The start of the period `steps` periods after (negative: before) the one starting at `start`. */
export function shiftPeriod(start: string, period: ReportPeriod, steps: number): string {
  return period === 'month' ? addMonths(monthStart(start), steps) : addDays(start, 7 * steps);
}

/** "42 %" / "42%". */
export function formatShare(share: number | null, language: Language): string {
  if (share === null) return '—';
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** "45 s", "12 min", "1 h 05", "2 j 3 h" / "2 d 3 h". */
export function formatDuration(ms: number | null, language: Language): string {
  if (ms === null) return '—';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${String(minutes % 60).padStart(2, '0')}`;
  const days = Math.floor(hours / 24);
  return `${days} ${language === 'fr' ? 'j' : 'd'} ${hours % 24} h`;
}

/** "+25 %", "−3 pts"… relative change, or difference in share points; empty when unknown. */
export function formatChange(value: number | null, kind: 'relative' | 'points', language: Language): string {
  if (value === null || !Number.isFinite(value)) return '';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  const abs = Math.abs(value) * 100;
  const number = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 }).format(abs);
  return kind === 'relative' ? `${sign}${number} %` : `${sign}${number} pts`;
}

/** Short day label for chart axes: "2 mars" / "2 Mar". */
export function shortDay(key: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${key}T00:00:00Z`));
}

export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}
