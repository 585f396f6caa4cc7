import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useActiveBrand, useDb } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { Button, RadioGroup, errorMessage } from '@/components/ui';
import { buildReport, type Report, type ReportPeriod } from '@/lib/reports';
import { NoBrand } from '../app/NoBrand';
import { periodStartFor, shiftPeriod } from './report-format';
import { ReportView } from './ReportView';
import { Section } from '../app/Section';

type Loaded = { ok: true; report: Report } | { ok: false; error: string };

/** Weekly and monthly reports of the active brand, live over the log, printable as a PDF. */
export function ReportsSection() {
  const { t } = useI18n();
  const brand = useActiveBrand();
  if (brand === undefined) return <p>{t('common.loading')}</p>;
  if (brand === null) return <NoBrand id="reports" title={t('options.nav.reports')} />;
  return <Reports brandId={brand.id} />;
}

function Reports({ brandId }: { brandId: string }) {
  const { t, language } = useI18n();
  const db = useDb();
  const [period, setPeriod] = useState<ReportPeriod>('week');
  const [start, setStart] = useState(() => periodStartFor('week', new Date()));
  const thisPeriod = periodStartFor(period, new Date());

  // Live: the report follows the log while the page is open. Errors are returned, not thrown,
  // so a failure shows as a message instead of unmounting the page.
  const loaded = useLiveQuery<Loaded>(async () => {
    try {
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const report = await buildReport(db, { brandId, period, start, now: new Date().toISOString(), language, timeZone });
      return { ok: true, report };
    } catch (error) {
      return { ok: false, error: errorMessage(error) };
    }
  }, [db, brandId, period, start, language]);

  const choosePeriod = (next: ReportPeriod) => {
    setPeriod(next);
    setStart(periodStartFor(next, new Date()));
  };

  return (
    <Section id="reports" title={t('options.nav.reports')}>
      <div className="report-controls no-print">
        <RadioGroup<ReportPeriod>
          legend={t('options.reports.period')}
          name="report-period"
          value={period}
          onChange={choosePeriod}
          options={[
            { value: 'week', label: t('options.reports.week') },
            { value: 'month', label: t('options.reports.month') },
          ]}
        />
        <div className="actions">
          <Button onClick={() => setStart(shiftPeriod(start, period, -1))}>← {t(period === 'week' ? 'options.reports.prevWeek' : 'options.reports.prevMonth')}</Button>
          <Button onClick={() => setStart(thisPeriod)} disabled={start === thisPeriod}>
            {t(period === 'week' ? 'options.reports.thisWeek' : 'options.reports.thisMonth')}
          </Button>
          <Button onClick={() => setStart(shiftPeriod(start, period, 1))} disabled={start >= thisPeriod}>
            {t(period === 'week' ? 'options.reports.nextWeek' : 'options.reports.nextMonth')} →
          </Button>
          <Button variant="primary" onClick={() => window.print()}>
            {t('options.reports.print')}
          </Button>
        </div>
      </div>
      {loaded === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : loaded.ok ? (
        <ReportView report={loaded.report} />
      ) : (
        <div role="alert" className="notice notice--error">
          <p>{t('options.reports.failed')}</p>
          <pre className="notice__detail">{loaded.error}</pre>
        </div>
      )}
    </Section>
  );
}
