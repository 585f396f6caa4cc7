import { useMemo } from 'react';
import { useI18n } from '@/components/i18n';
import type { TabComments } from '@/lib/panel/tab-comments';
import type { Comment } from '@/lib/schema/comment';

/**
 * Replies the page announces but did not show: each comment's stated reply count ("3 réponses")
 * less its replies that were read. Only where a site folds replies under their comment (on X a
 * post's reply count includes conversations shown on other pages, so it announces nothing here).
 */
export function collapsedReplies(comments: Iterable<Comment>): number {
  const list = [...comments];
  const readUnder = new Map<string, number>();
  for (const c of list) if (c.parentId) readUnder.set(c.parentId, (readUnder.get(c.parentId) ?? 0) + 1);
  let missing = 0;
  for (const c of list) {
    if (c.platform === 'x' || c.replies === undefined) continue;
    missing += Math.max(0, c.replies - (readUnder.get(c.id) ?? 0));
  }
  return missing;
}

/** The page's status: which site, how many comments were read, or why there are none. */
export function StatusLine({ tab }: { tab: TabComments }) {
  const { t } = useI18n();
  const health = tab.health;
  // Once per list, not at each render of the panel around it.
  const { generic, collapsed } = useMemo(() => {
    const comments = [...tab.byId.values()];
    return { generic: comments.some((c) => c.reader === 'generic'), collapsed: collapsedReplies(comments) };
  }, [tab.byId]);
  let tone: 'info' | 'ok' | 'warning' = 'info';
  let text: string;
  if (tab.phase === 'no-tab') text = t('panel.status.noTab');
  else if (tab.phase === 'unsupported') text = t('panel.status.unsupported');
  else if (tab.phase === 'no-content-script') text = t('panel.status.noContentScript');
  else if (!health) text = t('panel.status.connecting');
  else {
    const site = t(`site.${health.platform}`);
    if (health.status === 'layout-not-recognised') {
      tone = 'warning';
      text = t('panel.status.layout', { site });
    } else if (health.status === 'no-comments' && tab.byId.size === 0) {
      text = t('panel.status.noComments', { site });
    } else if (generic) {
      // Read by structure only (lib/sites/generic.ts): say so, the site's layout changed.
      tone = 'warning';
      text = t('panel.status.generic', { site, count: tab.byId.size });
    } else {
      tone = 'ok';
      const count = tab.byId.size;
      text = collapsed > 0 ? t('panel.status.okCollapsed', { site, count, announced: count + collapsed }) : t('panel.status.ok', { site, count });
    }
  }
  return (
    <p className={`status status--${tone}`} role={tone === 'warning' ? 'alert' : 'status'} data-testid="page-status">
      {text}
    </p>
  );
}
