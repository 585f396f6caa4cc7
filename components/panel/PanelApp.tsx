import { useI18n } from '@/components/i18n';
import type { TabComments } from '@/lib/panel/tab-comments';
import { CommentCard } from './CommentCard';
import { StatusLine } from './StatusLine';

export interface PanelAppProps {
  tab: TabComments;
  now: Date;
  onOpenOptions?: () => void;
}

export function PanelApp({ tab, now, onOpenOptions }: PanelAppProps) {
  const { t } = useI18n();
  const comments = [...tab.byId.values()];
  return (
    <div className="panel">
      <header className="panel__bar">
        <h1 className="panel__title">{t('app.name')}</h1>
        {onOpenOptions && (
          <button type="button" className="button button--ghost" onClick={onOpenOptions}>
            {t('common.openOptions')}
          </button>
        )}
      </header>
      <StatusLine tab={tab} />
      {tab.phase === 'unsupported' && <p className="hint">{t('panel.demoHint')}</p>}
      <section aria-label={t('panel.title')} className="panel__list">
        {comments.length === 0 && tab.phase === 'live' ? (
          <p className="empty">{t('panel.empty')}</p>
        ) : (
          comments.map((comment) => <CommentCard key={comment.id} comment={comment} now={now} />)
        )}
      </section>
    </div>
  );
}
