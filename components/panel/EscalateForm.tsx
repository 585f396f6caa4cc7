import { useId, useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { departmentName, type Department } from '@/lib/schema/settings';

export interface EscalateFormProps {
  departments: readonly Department[];
  onEscalate(department: Department, note: string): void;
  onCancel(): void;
}

/** Choose the department and write a note; the hand-off (mail or ticket text) is prepared on submit. */
export function EscalateForm({ departments: stored, onEscalate, onCancel }: EscalateFormProps) {
  const { t, language } = useI18n();
  // Default departments named in the UI language, in the form and in the hand-off it prepares.
  const departments = useMemo(() => stored.map((d) => ({ ...d, name: departmentName(d, language) })), [stored, language]);
  const id = useId();
  const [departmentId, setDepartmentId] = useState(departments[0]?.id ?? '');
  const [note, setNote] = useState('');
  const department = departments.find((d) => d.id === departmentId);
  return (
    <form
      className="editor"
      aria-label={t('escalate.title')}
      onSubmit={(event) => {
        event.preventDefault();
        if (department) onEscalate(department, note);
      }}
    >
      <label htmlFor={`${id}-department`}>{t('escalate.department')}</label>
      <select id={`${id}-department`} value={departmentId} onChange={(event) => setDepartmentId(event.target.value)}>
        {departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
      {department && !department.email && <p className="hint">{t('escalate.noEmail')}</p>}
      <label htmlFor={`${id}-note`}>{t('escalate.note')}</label>
      <textarea id={`${id}-note`} rows={3} value={note} onChange={(event) => setNote(event.target.value)} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={!department}>
          {t('action.send')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
