import { useEffect, useMemo } from 'react';
import { useI18n } from '@/components/i18n';
import type { Brand } from '@/lib/schema/brand';
import type { Comment } from '@/lib/schema/comment';
import type { Template } from '@/lib/schema/template';
import { blankLabel, blankNames } from '@/lib/templates/blanks';
import type { Suggestion } from '@/lib/templates/suggest';
import { LintList } from './LintList';
import { reasonText } from './messages';
import { gapMarkerFor, prepareReply } from './reply-context';
import { rememberShown } from './shown-suggestions';

export interface SuggestionsProps {
  comment: Comment;
  brand: Brand;
  agentName: string;
  now: Date;
  /** Undefined while the templates or the learned layer are not ready yet: "loading", nothing offered and nothing said missing. */
  suggestions: readonly Suggestion[] | undefined;
  onInsert(text: string, template: Template): void;
  onCopy(text: string, template: Template): void;
  /** Open the editor on this template (fill-ins, or changes before inserting). */
  onEdit(template: Template): void;
}

/** The top suggestions for one comment, each rendered, linted and explained. */
export function Suggestions({ comment, brand, agentName, now, suggestions, onInsert, onCopy, onEdit }: SuggestionsProps) {
  const { t, language } = useI18n();
  const prepared = useMemo(
    () => (suggestions ?? []).map((s) => ({ suggestion: s, reply: prepareReply(s.template, comment, brand, { agentName, now, gapMarker: gapMarkerFor(t) }) })),
    [suggestions, comment, brand, agentName, now, t],
  );
  // What was offered, so a reply put in from lower down logs the ones passed over.
  useEffect(() => (suggestions ? rememberShown(comment.id, suggestions.map((s) => s.template.id)) : undefined), [comment.id, suggestions]);
  if (!suggestions) {
    return (
      <p className="hint" role="status" aria-busy="true">
        {t('common.loading')}
      </p>
    );
  }
  if (prepared.length === 0) return <p className="hint">{t('suggestions.none')}</p>;
  return (
    <ol className="suggestions" aria-label={t('suggestions.title')}>
      {prepared.map(({ suggestion, reply }, index) => (
        <li key={suggestion.template.id} className="suggestion">
          <div className="suggestion__head">
            <span className="suggestion__key" aria-hidden="true">
              {index + 1}
            </span>
            <strong>{suggestion.template.title}</strong>
            <span className="suggestion__why">{suggestion.reasons.map((r) => reasonText(t, r, language)).join(' · ')}</span>
          </div>
          <p className="suggestion__text" dir="auto">
            {reply.render.text}
          </p>
          <LintList issues={reply.lint} />
          <div className="actions">
            {reply.ready ? (
              <button
                type="button"
                className="button button--primary"
                aria-label={t('action.insertN', { n: index + 1 })}
                onClick={() => onInsert(reply.render.text, suggestion.template)}
              >
                {t('action.insert')}
              </button>
            ) : (
              <button type="button" className="button button--primary" onClick={() => onEdit(suggestion.template)}>
                {t('suggestions.fillIn', { name: blankNames(reply.render).map((name) => blankLabel(t, name)).join(', ') })}
              </button>
            )}
            <button type="button" className="button" onClick={() => onCopy(reply.render.text, suggestion.template)}>
              {t('action.copy')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => onEdit(suggestion.template)}>
              {t('action.edit')}
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
