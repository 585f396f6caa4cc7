import { useState } from 'react';
import { useActiveBrand, useDb } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { Button, Form, CheckboxGroup, RadioGroup, SelectField, TextField, downloadBlob, errorMessage, useNotice } from '@/components/ui';
import { pickFileSink } from '@/components/ui/download';
import { csvFileName, ExportWriteError } from '@/lib/export';
import { TRIAGE_LABELS } from '@/lib/schema/classification';
import { COMMENT_STATUSES, type CommentStatus } from '@/lib/schema/interaction';
import { PLATFORMS, type Platform } from '@/lib/schema/platform';
import { buildCsvExport, filterFromRequest, writeCsvExport } from './export-csv';
import { Section } from '../app/Section';

type Scope = 'active' | 'all';

/**
 * CSV export of the interaction log, filtered, streamed into a file: written to disk as it comes
 * where the browser allows it, else downloaded from a Blob built in parts.
 */
export function ExportSection() {
  const { t, language } = useI18n();
  const db = useDb();
  const brand = useActiveBrand();
  const { notify } = useNotice();
  const [fromDate, setFromDate] = useState('');
  const [toDate, setToDate] = useState('');
  const [scope, setScope] = useState<Scope>('active');
  const [platforms, setPlatforms] = useState<Platform[]>([]);
  const [labels, setLabels] = useState<string[]>([]);
  const [statuses, setStatuses] = useState<CommentStatus[]>([]);
  // French Excel splits on ";", English Excel on ",".
  const [delimiter, setDelimiter] = useState<';' | ','>(language === 'fr' ? ';' : ',');
  // Words for people (a client, a manager) by default; stable codes for scripts and tools.
  const [columns, setColumns] = useState<'readable' | 'technical'>('readable');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ rows: number; file: string } | null>(null);

  async function exportCsv() {
    setBusy(true);
    setResult(null);
    try {
      const brandId = scope === 'active' && brand ? brand.id : undefined;
      const filter = filterFromRequest({ fromDate, toDate, brandId, platforms, labels, statuses });
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const options = { delimiter, language, timeZone, readable: columns === 'readable' };
      const file = csvFileName({ brandName: brandId ? brand?.name : undefined, from: fromDate || undefined, to: toDate || undefined });
      // Where the browser can write a file as it comes, the rows go straight to disk; the picker
      // is opened first, while the click still counts as a user gesture.
      const target = await pickFileSink(file, { description: t('options.export.fileType'), mime: 'text/csv', extension: '.csv' });
      if (target === 'cancelled') return;
      if (target) {
        const { rows } = await writeCsvExport(db, filter, options, target);
        setResult({ rows, file: target.name });
      } else {
        const { blob, rows } = await buildCsvExport(db, filter, options);
        downloadBlob(blob, file);
        setResult({ rows, file });
      }
    } catch (error) {
      notify('error', t('options.export.failed'), error instanceof ExportWriteError ? t('options.export.writeFailed') : errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section id="export" title={t('options.nav.export')} intro={t('options.export.intro')}>
      <Form
        className="card"
        aria-label={t('options.nav.export')}
        onSubmit={exportCsv}
      >
        <div className="row">
          <TextField label={t('options.export.from')} type="date" value={fromDate} onChange={setFromDate} />
          <TextField label={t('options.export.to')} type="date" value={toDate} onChange={setToDate} />
          <SelectField<Scope>
            label={t('options.export.scope')}
            value={scope}
            options={[
              { value: 'active', label: brand ? t('options.export.scopeActive', { brand: brand.name }) : t('options.export.scopeNone') },
              { value: 'all', label: t('options.export.scopeAll') },
            ]}
            onChange={setScope}
          />
        </div>
        <CheckboxGroup legend={t('options.export.platforms')} hint={t('options.export.allIfNone')} values={platforms} options={PLATFORMS.map((p) => ({ value: p, label: t(`site.${p}`) }))} onChange={setPlatforms} />
        <CheckboxGroup legend={t('options.export.labels')} values={labels} options={TRIAGE_LABELS.map((l) => ({ value: l, label: t(`options.label.${l}`) }))} onChange={setLabels} />
        <CheckboxGroup legend={t('options.export.statuses')} values={statuses} options={COMMENT_STATUSES.map((s) => ({ value: s, label: t(`options.status.${s}`) }))} onChange={setStatuses} />
        <RadioGroup<';' | ','>
          legend={t('options.export.delimiter')}
          name="delimiter"
          value={delimiter}
          onChange={setDelimiter}
          options={[
            { value: ';', label: t('options.export.semicolon') },
            { value: ',', label: t('options.export.comma') },
          ]}
        />
        <RadioGroup<'readable' | 'technical'>
          legend={t('options.export.columns')}
          name="columns"
          value={columns}
          onChange={setColumns}
          options={[
            { value: 'readable', label: t('options.export.columnsReadable') },
            { value: 'technical', label: t('options.export.columnsTechnical') },
          ]}
        />
        <div className="actions">
          <Button variant="primary" type="submit" disabled={busy}>
            {busy ? t('options.export.working') : t('options.export.button')}
          </Button>
        </div>
        <p role="status" className="export-result">
          {result ? t('options.export.done', { count: result.rows, file: result.file }) : ''}
        </p>
      </Form>
    </Section>
  );
}
