import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { mountRipostePage } from '@/components/mount';
import { PanelActionsProvider } from '@/components/panel/actions';
import { triageWhileLoading } from '@/components/panel/lazy-triage';
import { PanelApp, type TriageFn } from '@/components/panel/PanelApp';
import { TriageModelProvider, type PendingTriageModel } from '@/components/panel/triage-model';
import { triageComments } from '@/lib/panel/triage-comments';
import { BUNDLED_MODEL_PRINT, bundledModelIfLoaded, loadBundledModelLazily } from '@/lib/triage/model/bundled-lazy';
import type { TriageModel } from '@/lib/triage/model/model';
import '@/components/styles.css';
import { browserPanelActions } from './browser-actions';
import { startSnapshot } from './snapshot-request';
import { lookUpTab, useTabComments } from './use-tab-comments';

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

/**
 * The learned triage layer: its weights are a chunk of their own, loaded the first time a comment
 * the log has not classified (or a correction) needs them — on a page the background has logged,
 * never. Undefined while loading, null if the load failed (the rules alone then).
 */
function useTriageModelLoad(): { model: TriageModel | null | undefined; request: () => void } {
  const [model, setModel] = useState<TriageModel | null | undefined>(bundledModelIfLoaded);
  const started = useRef(false);
  const request = useCallback(() => {
    if (started.current) return;
    started.current = true;
    loadBundledModelLazily().then(setModel, (error: unknown) => {
      console.error('Riposte: the learned triage model did not load', error);
      setModel(null);
    });
  }, []);
  return { model, request };
}

function SidePanel() {
  const tab = useTabComments(fixedTabId, SNAPSHOT);
  const now = useNow(30_000);
  const tabId = tab.tabId;
  const actions = useMemo(() => browserPanelActions(() => tabId), [tabId]);
  const { model, request } = useTriageModelLoad();
  const triage = useMemo<TriageFn>(() => {
    if (model === undefined) return triageWhileLoading(triageComments, BUNDLED_MODEL_PRINT, request);
    if (model === null) return triageComments;
    return (comments, brand, settings, at, logged, options) => triageComments(comments, brand, settings, at, logged, { ...options, model });
  }, [model, request]);
  const provided = useMemo<TriageModel | PendingTriageModel | undefined>(
    () => (model === undefined ? { pending: true, request } : (model ?? undefined)),
    [model, request],
  );
  return (
    <PanelActionsProvider actions={actions}>
      <TriageModelProvider value={provided}>
        <PanelApp tab={tab} now={now} triage={triage} />
      </TriageModelProvider>
    </PanelActionsProvider>
  );
}

void mountRipostePage(document.getElementById('root')!, <SidePanel />, browser.i18n.getUILanguage());
