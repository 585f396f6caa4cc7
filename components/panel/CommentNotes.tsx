import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useDb } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { commentHistory } from '@/lib/db/interactions';
import { localeOf } from '@/lib/i18n/locale';
import { InteractionSchema } from '@/lib/schema/interaction';

/** The longest note the log keeps. */
const NOTE_MAX = InteractionSchema.shape.note.unwrap().maxLength ?? 5_000;

export interface CommentNotesProps {
  commentId: string;
  /** Saves a note; resolves to whether it was saved (the text is kept otherwise). */
  onSave(text: string): Promise<boolean>;
}

/** The comment's private notes, newest first with their time, and a field to add one. */
export function CommentNotes({ commentId, onSave }: CommentNotesProps) {
  const db = useDb();
  const { t, language } = useI18n();
  const notes = useLiveQuery(async () => (await commentHistory(db, commentId)).filter((row) => row.kind === 'noted').reverse(), [db, commentId]);
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const time = useMemo(() => new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'short', timeStyle: 'short' }), [language]);
  const fieldId = `note-${commentId}`;

  const save = async () => {
    setSaving(true);
    try {
      if (await onSave(text)) setText('');
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="notes" aria-label={t('note.history')}>
      {notes && notes.length > 0 && (
        <ul className="notes__list">
          {notes.map((row) => (
            <li key={row.id} className="notes__item">
              <time dateTime={row.at}>{time.format(new Date(row.at))}</time> <span dir="auto">{row.note}</span>
            </li>
          ))}
        </ul>
      )}
      <label className="notes__label" htmlFor={fieldId}>
        {t('note.label')}
      </label>
      <textarea
        id={fieldId}
        className="notes__field"
        rows={2}
        maxLength={NOTE_MAX}
        placeholder={t('note.placeholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="button" className="button" disabled={saving || !text.trim()} onClick={() => void save()}>
        {t('note.save')}
      </button>
    </section>
  );
}
