import { useId, useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { Brand } from '@/lib/schema/brand';
import type { Comment } from '@/lib/schema/comment';
import type { Template } from '@/lib/schema/template';
import { blankLabel } from '@/lib/templates/blanks';
import { PLATFORM_NAMES } from '@/lib/templates/render';
import { LintList } from './LintList';
import { gapMarkerFor, lintText, prepareReply } from './reply-context';

export interface ReplyEditorProps {
  comment: Comment;
  brand: Brand;
  agentName: string;
  now: Date;
  /** Start from this template (its fill-ins are asked for); absent: a blank reply. */
  template?: Template;
  /** `edited`: the text was changed by hand, not only its blanks filled. */
  onInsert(text: string, template: Template | undefined, edited: boolean): void;
  onCopy(text: string, template: Template | undefined, edited: boolean): void;
  onCancel(): void;
}

/**
 * Edit before inserting: the blanks first — fill-in fields and brand variables with no value, each
 * under a human label (they re-render the template live) — then the free text, linted as it is
 * typed. Once the text is edited by hand, the blanks no longer overwrite it.
 */
export function ReplyEditor({ comment, brand, agentName, now, template, onInsert, onCopy, onCancel }: ReplyEditorProps) {
  const { t } = useI18n();
  const id = useId();
  const [fills, setFills] = useState<Record<string, string>>({});
  const [edited, setEdited] = useState<string | undefined>(undefined);
  const prepared = useMemo(
    () => (template ? prepareReply(template, comment, brand, { agentName, now, fills, gapMarker: gapMarkerFor(t) }) : undefined),
    [template, comment, brand, agentName, now, fills, t],
  );
  const text = edited ?? prepared?.render.text ?? '';
  const language = template?.language ?? brand.language;
  const issues = useMemo(() => lintText(text, brand, comment.platform, language), [text, brand, comment.platform, language]);

  return (
    <form
      className="editor"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) onInsert(text, template, edited !== undefined);
      }}
    >
      {prepared && edited === undefined &&
        prepared.fillIns.map((field) => (
          <div key={field.name} className="editor__fill">
            <label htmlFor={`${id}-${field.name}`}>{t('suggestions.fillIn', { name: blankLabel(t, field.name) })}</label>
            <input
              id={`${id}-${field.name}`}
              value={fills[field.name] ?? ''}
              required={!field.optional}
              onChange={(event) => setFills((f) => ({ ...f, [field.name]: event.target.value }))}
            />
          </div>
        ))}
      <label htmlFor={`${id}-text`}>{t('editor.label')}</label>
      <textarea id={`${id}-text`} rows={5} value={text} onChange={(event) => setEdited(event.target.value)} />
      <p className="editor__platform">{t('editor.platform', { platform: PLATFORM_NAMES[comment.platform] })}</p>
      <LintList issues={issues} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={!text.trim()}>
          {t('action.insertEdited')}
        </button>
        <button type="button" className="button" disabled={!text.trim()} onClick={() => onCopy(text, template, edited !== undefined)}>
          {t('action.copy')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
