import { audienceForPeriod } from '../audience/report';
import { listProfileSnapshots, listThreadAggregates } from '../db/audience';
import { RiposteDB } from '../db/database';
import { computeReport, periodBounds } from './compute';
import { loadReportData } from './load';
import type { Report, ReportData, ReportOptions } from './types';

/**
 * A weekly or monthly report for one brand, compared with the previous period. Pass the database
 * (it reads what it needs through the indexes) or data already in memory (tests, demos).
 */
export async function buildReport(source: RiposteDB | ReportData, options: ReportOptions): Promise<Report> {
  if (!(source instanceof RiposteDB)) return computeReport(source, options);
  const report = computeReport(await loadReportData(source, options), options);
  const { firstDay, endDay } = periodBounds(options);
  const [snapshots, threads] = await Promise.all([listProfileSnapshots(source, options.brandId), listThreadAggregates(source, options.brandId, firstDay)]);
  const audience = audienceForPeriod(snapshots, threads, firstDay, endDay);
  return audience.accounts.length > 0 || audience.competitors.length > 0 ? { ...report, audience } : report;
}

export { computeReport, FOLLOW_UP_DAYS, periodBounds, type PeriodBounds } from './compute';
export { loadReportData } from './load';
export { reportTitle } from './title';
export type * from './types';
