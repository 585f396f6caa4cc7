import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { mountRipostePage } from '@/components/mount';
import { PanelActionsProvider } from '@/components/panel/actions';
import { PanelApp } from '@/components/panel/PanelApp';
import { triageComments } from '@/lib/panel/triage-comments';
import { TriageModelProvider } from '@/components/panel/triage-model';
import { BUNDLED_MODEL } from '@/lib/triage/model/bundled';
import '@/components/styles.css';
import { browserPanelActions } from './browser-actions';
import { startSnapshot } from './snapshot-request';
import { lookUpTab, useTabComments } from './use-tab-comments';

// The learned triage layer (lib/triage/model), decoded once, in idle time after the first render,
// the first time a comment the log has not classified yet needs it: on a page the background has
// logged, never.
const MODEL = BUNDLED_MODEL;
const triageWithModel: typeof triageComments = (comments, brand, settings, now, logged, options) => triageComments(comments, brand, settings, now, logged, { ...options, model: MODEL });

const fixedTabId = Number(new URLSearchParams(location.search).get('tabId')) || undefined;
// Asked before React and the database start, so the content script's answer overlaps them.
const SNAPSHOT = startSnapshot(() => lookUpTab(fixedTabId));

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
  const tab = useTabComments(fixedTabId, SNAPSHOT);
  const now = useNow(30_000);
  const tabId = tab.tabId;
  const actions = useMemo(() => browserPanelActions(() => tabId), [tabId]);
  return (
    <PanelActionsProvider actions={actions}>
      <TriageModelProvider value={MODEL}>
        <PanelApp tab={tab} now={now} triage={triageWithModel} />
      </TriageModelProvider>
    </PanelActionsProvider>
  );
}

void mountRipostePage(document.getElementById('root')!, <SidePanel />, browser.i18n.getUILanguage());
