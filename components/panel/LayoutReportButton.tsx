import { useState } from 'react';
import { useI18n } from '@/components/i18n';
import { downloadBlob, fileDateStamp } from '@/components/ui/download';
import type { LayoutReport } from '@/lib/schema/layout-report';
import { usePanelActions } from './actions';

/** `riposte-layout-instagram-2026-11-30.json`: what the user attaches to a bug report. */
export function layoutReportFileName(report: LayoutReport, date: Date = new Date()): string {
  return `riposte-layout-${report.platform}-${fileDateStamp(date)}.json`;
}

type Outcome = { kind: 'saved'; file: string } | { kind: 'failed' };

/**
 * "Report this page's layout" (issue 12): asks the page for an anonymised snapshot of its thread
 * (lib/content/layout-report.ts) and saves it as a file for a bug report. `npm run fixture:import`
 * turns that file into a test fixture.
 */
export function LayoutReportButton() {
  const { t } = useI18n();
  const actions = usePanelActions();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const ask = actions.layoutReport;
  if (!ask) return null;
  const report = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const made = await ask();
      const file = layoutReportFileName(made);
      downloadBlob(new Blob([`${JSON.stringify(made, null, 2)}\n`], { type: 'application/json' }), file);
      setOutcome({ kind: 'saved', file });
    } catch (error) {
      console.warn('[riposte] layout report failed', error);
      setOutcome({ kind: 'failed' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="panel__tool">
      <button type="button" className="button button--ghost" onClick={() => void report()} disabled={busy}>
        {t('panel.layoutReport.button')}
      </button>
      <span role="status" className="hint">
        {busy ? t('panel.layoutReport.working') : outcome?.kind === 'saved' ? t('panel.layoutReport.saved', { file: outcome.file }) : outcome ? t('panel.layoutReport.failed') : ''}
      </span>
    </div>
  );
}
