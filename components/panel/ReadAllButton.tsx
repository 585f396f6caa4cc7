import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { readAllComments, type ReadAllOutcome } from '@/lib/panel/read-all';
import type { TabComments } from '@/lib/panel/tab-comments';
import { usePanelActions } from './actions';

const OUTCOME_KEYS = {
  done: 'panel.readAll.done',
  cancelled: 'panel.readAll.cancelled',
  navigated: 'panel.readAll.navigated',
  failed: 'panel.readAll.failed',
} as const satisfies Record<ReadAllOutcome, string>;

/**
 * "Read all comments": clicks the site's own "more comments / replies" controls one at a time, at a
 * human pace (lib/panel/read-all.ts), with progress and a Stop button. Only ever on the user's click.
 */
export function ReadAllButton({ tab, pauseMs }: { tab: TabComments; pauseMs?: () => number }) {
  const { t } = useI18n();
  const actions = usePanelActions();
  const [running, setRunning] = useState(false);
  const [clicks, setClicks] = useState(0);
  const [outcome, setOutcome] = useState<ReadAllOutcome | undefined>();
  const cancelled = useRef(false);
  const url = useRef(tab.url);
  useEffect(() => {
    url.current = tab.url;
  }, [tab.url]);
  // Closing the panel stops the reading.
  useEffect(
    () => () => {
      cancelled.current = true;
    },
    [],
  );
  const step = actions.readMore;
  if (!step) return null;

  const start = async () => {
    const startUrl = tab.url;
    cancelled.current = false;
    setRunning(true);
    setClicks(0);
    setOutcome(undefined);
    const result = await readAllComments({
      step,
      ...(pauseMs ? { pauseMs } : {}),
      // Slices of 100 ms, so Stop takes effect within one.
      sleep: async (ms) => {
        for (let waited = 0; waited < ms && !cancelled.current; waited += 100) await new Promise((resolve) => setTimeout(resolve, Math.min(100, ms - waited)));
      },
      isCancelled: () => cancelled.current,
      pageChanged: () => url.current !== startUrl,
      onProgress: (progress) => setClicks(progress.clicks),
    });
    setRunning(false);
    setOutcome(result.outcome);
  };

  const count = tab.byId.size;
  const status = running ? t('panel.readAll.progress', { clicks, count }) : outcome ? t(OUTCOME_KEYS[outcome], { count }) : '';
  return (
    <div className="panel__tool">
      {running ? (
        <button type="button" className="button button--ghost" onClick={() => (cancelled.current = true)}>
          {t('panel.readAll.cancel')}
        </button>
      ) : (
        <button type="button" className="button button--ghost" onClick={() => void start()}>
          {t('panel.readAll.button')}
        </button>
      )}
      <span role="status" className="hint">
        {status}
      </span>
    </div>
  );
}
