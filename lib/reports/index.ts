import { RiposteDB } from '../db/database';
import { computeReport } from './compute';
import { loadReportData } from './load';
import type { Report, ReportData, ReportOptions } from './types';

/**
 * A weekly or monthly report for one brand, compared with the previous period. Pass the database
 * (it reads what it needs through the indexes) or data already in memory (tests, demos).
 */
export async function buildReport(source: RiposteDB | ReportData, options: ReportOptions): Promise<Report> {
  const data = source instanceof RiposteDB ? await loadReportData(source, options) : source;
  return computeReport(data, options);
}

export { computeReport, DEFAULT_INFLUENCER_FOLLOWERS, FOLLOW_UP_DAYS, periodBounds, type PeriodBounds } from './compute';
export { loadReportData } from './load';
export { reportTitle } from './title';
export type * from './types';
