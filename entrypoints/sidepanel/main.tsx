import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { AppRoot } from '@/components/AppRoot';
import { StartupError } from '@/components/StartupError';
import { PanelActionsProvider } from '@/components/panel/actions';
import { PanelApp } from '@/components/panel/PanelApp';
import { openRiposteDb } from '@/lib/db/database';
import { triageComments } from '@/lib/panel/triage-comments';
import '@/components/styles.css';
import { browserPanelActions } from './browser-actions';
import { useTabComments } from './use-tab-comments';

const fixedTabId = Number(new URLSearchParams(location.search).get('tabId')) || undefined;
const opened = await openRiposteDb().then(
  (db) => ({ db }),
  (error: unknown) => ({ error }),
);

/** A clock for ages ("3 min ago") and response-time badges, ticking every 30 s. */
function useNow(intervalMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

function SidePanel() {
  const tab = useTabComments(fixedTabId);
  const now = useNow(30_000);
  const tabId = tab.tabId;
  const actions = useMemo(() => browserPanelActions(() => tabId), [tabId]);
  return (
    <PanelActionsProvider actions={actions}>
      <PanelApp tab={tab} now={now} triage={triageComments} />
    </PanelActionsProvider>
  );
}

const root = createRoot(document.getElementById('root')!);
if ('error' in opened) {
  root.render(<StartupError error={opened.error} browserLanguage={browser.i18n.getUILanguage()} />);
} else {
  const { db } = opened;
  root.render(
    <StrictMode>
      <AppRoot db={db} browserLanguage={browser.i18n.getUILanguage()}>
        <SidePanel />
      </AppRoot>
    </StrictMode>,
  );
}
