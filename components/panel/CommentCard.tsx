import { useI18n } from '@/components/i18n';
import { formatAge } from '@/lib/format/age';
import type { Comment } from '@/lib/schema/comment';

/**
 * One comment. The text is rendered as a React text node, never as HTML: what a stranger typed on a
 * social network must not be able to run in the extension.
 */
export function CommentCard({ comment, now }: { comment: Comment; now: Date }) {
  const { t, language } = useI18n();
  const { author } = comment;
  return (
    <article className={`comment${comment.parentId ? ' comment--reply' : ''}`} data-comment-id={comment.id} aria-label={author.name}>
      <header className="comment__head">
        <span className="comment__author">{author.name}</span>
        {author.verified && (
          <span className="badge badge--verified" title={t('comment.verified')}>
            ✓ <span className="sr-only">{t('comment.verified')}</span>
          </span>
        )}
        {comment.isOwnBrand && <span className="badge badge--own">{t('comment.ownBrand')}</span>}
        {author.handle && <span className="comment__handle">@{author.handle}</span>}
        {comment.createdAt && (
          <time className="comment__age" dateTime={comment.createdAt}>
            {formatAge(comment.createdAt, now, language)}
          </time>
        )}
      </header>
      <p className="comment__text">{comment.text}</p>
      {comment.truncated && <p className="comment__note">{t('comment.truncated')}</p>}
      <footer className="comment__meta">
        {comment.likes !== undefined && <span>{t('comment.likes', { count: comment.likes })}</span>}
        {comment.replies !== undefined && <span>{t('comment.replies', { count: comment.replies })}</span>}
      </footer>
    </article>
  );
}
