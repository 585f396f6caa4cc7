import { useState } from 'react';
import { useDb } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { colon } from '@/lib/i18n';
import { FilePicker, errorMessage, readTextFile, useNotice } from '@/components/ui';
import { saveTemplates } from '@/lib/db/templates';
import type { Brand } from '@/lib/schema/brand';
import { MAX_IMPORT_BYTES, parseTemplateImport, type ImportError } from '@/lib/templates';
import { importProblemText } from './import-problem';

/**
 * Import a template file into the active brand. All or nothing: any invalid entry rejects the
 * whole file, every reason is listed (entry number and field), and nothing is written.
 */
export function TemplateImport({ brand }: { brand: Brand }) {
  const { t, language } = useI18n();
  const db = useDb();
  const { notify } = useNotice();
  const [errors, setErrors] = useState<ImportError[] | null>(null);
  const [busy, setBusy] = useState(false);

  async function importFile(file: File) {
    setBusy(true);
    setErrors(null);
    try {
      const text = await readTextFile(file, MAX_IMPORT_BYTES);
      const existing = await db.templates.toCollection().primaryKeys();
      const result = parseTemplateImport(text, { brandId: brand.id, now: new Date(), existingIds: existing });
      if (!result.ok) {
        setErrors(result.errors);
        notify('error', t('options.templates.importRejected', { file: file.name }));
        return;
      }
      await saveTemplates(db, result.templates);
      notify('success', t('options.templates.imported', { count: result.templates.length }));
    } catch (error) {
      // Unreadable file (too large, not text): worded like a parse failure, the detail kept for tools.
      setErrors([{ index: null, field: '', problem: error instanceof RangeError ? 'too-large' : 'not-json', params: { max: MAX_IMPORT_BYTES }, message: errorMessage(error) }]);
      notify('error', t('options.templates.importRejected', { file: file.name }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="template-import">
      <FilePicker label={t('options.templates.import')} hint={t('options.templates.importHint')} accept="application/json,.json" disabled={busy} onFile={(f) => void importFile(f)} />
      {errors ? (
        <div className="import-errors" role="group" aria-labelledby="import-errors-title">
          <p id="import-errors-title" className="danger">
            <strong>{t('options.templates.importNothingSaved')}</strong>
          </p>
          <ul>
            {errors.map((e, i) => {
              const { where, what } = importProblemText(t, e);
              return (
                <li key={i}>
                  {where}
                  {colon(language)}
                  {what}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
