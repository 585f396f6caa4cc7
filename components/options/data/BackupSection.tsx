import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDb } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { localeOf } from '@/lib/i18n';
import { Button, ConfirmDialog, FilePicker, downloadBlob, errorMessage, fileDateStamp, readTextFile, useNotice } from '@/components/ui';
import { BackupError, backupToJson, exportBackup, parseBackup, restoreBackup, type BackupProblem } from '@/lib/db/backup';
import { quarantinedRows } from '@/lib/db/quarantine';
import type { Backup } from '@/lib/schema/backup';
import { Section } from '../app/Section';

/** Backups are a few MB a year of use; this bound only stops a wrong multi-GB pick. */
const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

/** The whole database to a JSON file, and back: validated first, restored all-or-nothing. */
export function BackupSection() {
  const { t, language } = useI18n();
  const db = useDb();
  const { notify } = useNotice();
  const [pending, setPending] = useState<{ backup: Backup; file: string } | null>(null);
  const [rejection, setRejection] = useState<{ file: string; problem: ReturnType<typeof problemOf>; detail: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // Rows a database upgrade could not convert: set aside rather than lost, and said here.
  const quarantine = useLiveQuery(() => quarantinedRows(db), [db]);

  async function download() {
    setBusy(true);
    try {
      const backup = await exportBackup(db, new Date());
      downloadBlob(new Blob([backupToJson(backup)], { type: 'application/json' }), `riposte-backup-${fileDateStamp()}.json`);
      notify('success', t('options.backup.downloaded'));
    } catch (error) {
      notify('error', t('options.backup.downloadFailed'), errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  async function pick(file: File) {
    setRejection(null);
    try {
      // Validated before anything is asked or touched: a corrupt file never reaches the confirmation.
      const backup = parseBackup(await readTextFile(file, MAX_BACKUP_BYTES));
      setPending({ backup, file: file.name });
    } catch (error) {
      setRejection({ file: file.name, problem: problemOf(error), detail: errorMessage(error) });
    }
  }

  async function restore(backup: Backup) {
    try {
      const counts = await restoreBackup(db, backup);
      notify('success', t('options.backup.restored', { brands: counts.brands, templates: counts.templates, interactions: counts.interactions }));
    } catch (error) {
      notify('error', t('options.backup.restoreFailed'), errorMessage(error));
    } finally {
      setPending(null);
    }
  }

  const when = (iso: string) => new Date(iso).toLocaleString(localeOf(language));

  return (
    <Section id="backup" title={t('options.nav.backup')} intro={t('options.backup.intro')}>
      <div className="card">
        <h3>{t('options.backup.downloadTitle')}</h3>
        <p>{t('options.backup.downloadBody')}</p>
        <Button variant="primary" onClick={() => void download()} disabled={busy}>
          {t('options.backup.download')}
        </Button>
      </div>
      <div className="card">
        <h3>{t('options.backup.restoreTitle')}</h3>
        <p>{t('options.backup.restoreBody')}</p>
        <FilePicker label={t('options.backup.pick')} accept="application/json,.json" onFile={(f) => void pick(f)} />
        {rejection ? (
          <div className="import-errors" role="alert">
            <p className="danger">
              <strong>{t('options.backup.rejected', { file: rejection.file })}</strong>
            </p>
            <p>{t(`backup.problem.${rejection.problem}`)}</p>
            <details>
              <summary>{t('backup.details')}</summary>
              <pre className="notice__detail">{rejection.detail}</pre>
            </details>
          </div>
        ) : null}
      </div>
      {quarantine && quarantine.length > 0 ? (
        <div className="card" role="status">
          <h3>{t('options.backup.quarantineTitle')}</h3>
          <p>{t('options.backup.quarantineBody', { count: quarantine.length })}</p>
          <ul>
            {quarantine.slice(0, 10).map((row) => (
              <li key={`${row.table}:${row.id}`}>
                <bdi>{t('options.backup.quarantineRow', { table: row.table, id: row.id, reason: row.reason })}</bdi>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {pending ? (
        <ConfirmDialog
          danger
          title={t('options.backup.confirmTitle')}
          confirmLabel={t('options.backup.confirm')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setPending(null)}
          onConfirm={() => restore(pending.backup)}
        >
          <p>{t('options.backup.confirmBody', { file: pending.file, date: when(pending.backup.exportedAt) })}</p>
          <ul>
            <li>{t('options.backup.countBrands', { count: pending.backup.data.brands.length })}</li>
            <li>{t('options.backup.countTemplates', { count: pending.backup.data.templates.length })}</li>
            <li>{t('options.backup.countComments', { count: pending.backup.data.comments.length })}</li>
            <li>{t('options.backup.countInteractions', { count: pending.backup.data.interactions.length })}</li>
          </ul>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}

/** What the user is told about a file that cannot be restored (the technical detail goes under it). */
function problemOf(error: unknown): BackupProblem | 'too-large' | 'other' {
  if (error instanceof BackupError) return error.problem;
  return error instanceof RangeError ? 'too-large' : 'other';
}
