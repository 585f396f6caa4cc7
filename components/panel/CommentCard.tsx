import { forwardRef, type ReactNode } from 'react';
import { useI18n } from '@/components/i18n';
import { formatAge } from '@/lib/format/age';
import type { QueueItem } from '@/lib/panel/queue';
import type { CommentStatusSummary } from '@/lib/db/interactions';
import type { Language } from '@/lib/schema/platform';
import type { Translate } from '@/lib/i18n';
import { colon } from '@/lib/i18n';
import { priorityLine, reasonDetail, reasonMatch } from '@/lib/panel/explain';
import { labelText } from './messages';

/** "Répondu il y a 3 min", "Brouillon inséré il y a 2 min, pas encore vu publié", "Escaladé à SAV"… */
function statusText(status: CommentStatusSummary, now: Date, language: Language, t: Translate, departmentName?: (id: string) => string): string {
  if (status.status === 'replied' && status.firstRepliedAt) return t('status.repliedAt', { age: formatAge(status.firstRepliedAt, now, language) });
  if (status.status === 'drafted' && status.draftInsertedAt) return t('status.draftedAt', { age: formatAge(status.draftInsertedAt, now, language) });
  if (status.status === 'escalated' && status.lastDepartment) {
    return t('status.escalatedTo', { department: departmentName?.(status.lastDepartment) ?? status.lastDepartment });
  }
  return t(`status.${status.status}`);
}

export interface CommentCardProps {
  item: QueueItem;
  now: Date;
  selected: boolean;
  /** Its place in the whole queue (0-based), for screen readers: only a window of cards is rendered. */
  position?: { index: number; of: number };
  /** Department names by id, for "escalated to …". */
  departmentName?: (id: string) => string;
  onSelect(): void;
  /** Suggestions, editor and actions: shown only on the selected card. */
  children?: ReactNode;
}

/**
 * One comment of the queue. Its text is rendered as a React text node, never as HTML: what a
 * stranger typed on a social network must not be able to run in the extension.
 */
export const CommentCard = forwardRef<HTMLElement, CommentCardProps>(function CommentCard(
  { item, now, selected, position, departmentName, onSelect, children },
  ref,
) {
  const { t, language } = useI18n();
  const { comment, triage, status } = item;
  const { author } = comment;
  const influence = triage.influence;
  const labelled = triage.labels.length > 0;
  // The brand's own comment is its answer: shown as such, with nothing to triage (issue 18).
  const own = comment.isOwnBrand === true;
  const quote = language === 'fr' ? ['«\u00a0', '\u00a0»'] : ['“', '”'];
  return (
    <article
      ref={ref}
      className={`comment${comment.parentId ? ' comment--reply' : ''}${selected ? ' comment--selected' : ''}${own ? ' comment--own' : ` comment--${triage.sentiment}`}`}
      data-comment-id={comment.id}
      aria-label={`${author.name}: ${comment.text.slice(0, 80)}`}
      aria-current={selected ? 'true' : undefined}
      aria-posinset={position ? position.index + 1 : undefined}
      aria-setsize={position?.of}
      tabIndex={selected ? 0 : -1}
      onFocus={(event) => {
        if (event.target === event.currentTarget && !selected) onSelect();
      }}
      onClick={() => {
        if (!selected) onSelect();
      }}
    >
      <header className="comment__head">
        {/* Page-sourced strings are bidi-isolated (dir="auto"): a name holding an unterminated
            right-to-left override (U+202E) must not reorder Riposte's own text after it. */}
        <span className="comment__author" dir="auto">
          {author.name}
        </span>
        {author.verified && (
          <span className="badge badge--verified" title={t('comment.verified')}>
            ✓<span className="sr-only"> {t('comment.verified')}</span>
          </span>
        )}
        {comment.isOwnBrand && <span className="badge badge--own">{t('comment.ownBrand')}</span>}
        {influence.tier && <span className="badge badge--influence">{t(`tier.${influence.tier as 'nano'}`)}</span>}
        {influence.watch && <span className="badge badge--watch">{t(`watch.${influence.watch as 'vip'}`)}</span>}
        {influence.competitorAccount && (
          <span className="badge badge--competitor">{t('comment.competitorAccount', { name: influence.competitorAccount })}</span>
        )}
        {comment.createdAt && (
          <time className="comment__age" dateTime={comment.createdAt}>
            {formatAge(comment.createdAt, now, language)}
          </time>
        )}
      </header>
      <div className="comment__sub">
        {/* Facebook profiles without a username have a numeric id: an identity, not a name to show. */}
        {author.handle && !/^\d+$/.test(author.handle) && <span className="comment__handle" dir="auto">@{author.handle}</span>}
        {author.followers !== undefined && <span>{t('comment.followers', { count: author.followers })}</span>}
        {author.headline && <span className="comment__headline" dir="auto">
            {author.headline}
          </span>}
      </div>
      <p className="comment__text" dir="auto">
        {comment.text}
      </p>
      {comment.truncated && <p className="comment__note">{t('comment.truncated')}</p>}
      {own ? (
        <p className="comment__own-note">{t('comment.brandAnswer')}</p>
      ) : (
        <>
          <div className="comment__flags">
            {triage.provisional === 'unclassified' ? (
              <span className="flag flag--sorting">{t('comment.sorting')}</span>
            ) : (
              <>
                {triage.labels.map((label) => (
                  <span key={label} className={`flag flag--${label}`}>
                    {labelText(t, label)}
                  </span>
                ))}
                <span className={`flag flag--sentiment-${triage.sentiment}`}>{t(`sentiment.${triage.sentiment}`)}</span>
                {triage.provisional === 'rules' && (
                  <span className="flag flag--provisional" title={t('comment.provisionalHint')}>
                    {t('comment.provisional')}
                  </span>
                )}
              </>
            )}
            {triage.competitors.length > 0 && (
              <span className="flag flag--competitor">{t('comment.competitor', { names: triage.competitors.join(', ') })}</span>
            )}
            {status && status.status !== 'new' && (
              <span className={`flag flag--status-${status.status}`}>
                {statusText(status, now, language, t, departmentName)}
              </span>
            )}
            {item.answeredOnPage && <span className="flag flag--status-replied">{t('comment.answeredOnPage')}</span>}
          </div>
          {selected && labelled && triage.reasons.length > 0 && (
            <details className="comment__why">
              <summary>{t('comment.why')}</summary>
              <ul>
                {triage.reasons.map((reason, i) => {
                  const match = reasonMatch(reason);
                  const detail = reasonDetail(t, reason);
                  return (
                    <li key={i}>
                      {reason.label ? <strong>{labelText(t, reason.label)}</strong> : null}
                      {match ? (
                        <>
                          {' '}
                          {quote[0]}
                          <bdi>{match}</bdi>
                          {quote[1]}
                        </>
                      ) : null}
                      {detail ? `${reason.label || match ? ' — ' : ''}${detail}` : null}
                    </li>
                  );
                })}
                {triage.priority.parts.map((part) => (
                  <li key={part.key ?? part.factor}>{priorityLine(t, part, colon(language))}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      {status?.lastNote && (
        <p className="comment__private-note">
          {t('note.label')}
          {colon(language)}
          <span dir="auto">{status.lastNote}</span>
        </p>
      )}
      {item.brandReplies?.map((reply) => (
        <blockquote key={reply.id} className="comment__brand-reply">
          <strong>{t('comment.brandReply')}</strong> <span dir="auto">{reply.text}</span>
        </blockquote>
      ))}
      <footer className="comment__meta">
        {comment.likes !== undefined && <span>{t('comment.likes', { count: comment.likes })}</span>}
        {comment.replies !== undefined && <span>{t('comment.replies', { count: comment.replies })}</span>}
        {!own && <span className="comment__priority">{t('comment.priority', { score: Math.round(triage.priority.score) })}</span>}
      </footer>
      {selected && children}
    </article>
  );
});
