import { useI18n } from '@/components/i18n';
import type { TabComments } from '@/lib/panel/tab-comments';

/** The page's status: which site, how many comments were read, or why there are none. */
export function StatusLine({ tab }: { tab: TabComments }) {
  const { t } = useI18n();
  const health = tab.health;
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
    } else if ([...tab.byId.values()].some((c) => c.reader === 'generic')) {
      // Read by structure only (lib/sites/generic.ts): say so, the site's layout changed.
      tone = 'warning';
      text = t('panel.status.generic', { site, count: tab.byId.size });
    } else {
      tone = 'ok';
      text = t('panel.status.ok', { site, count: tab.byId.size });
    }
  }
  return (
    <p className={`status status--${tone}`} role={tone === 'warning' ? 'alert' : 'status'} data-testid="page-status">
      {text}
    </p>
  );
}
