import { useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { parseMessage } from '@/lib/messaging/protocol';
import { applyReport, EMPTY_TAB, type TabComments } from '@/lib/panel/tab-comments';
import { platformOfUrl } from '@/lib/sites/hosts';
import { requestSnapshot, type SnapshotSource } from './snapshot-request';

/** The tab the panel follows: a fixed tab given as `?tabId=`, else the active tab of this window. */
export function lookUpTab(fixedTabId: number | undefined): Promise<Browser.tabs.Tab | undefined> {
  if (fixedTabId !== undefined) return browser.tabs.get(fixedTabId).catch(() => undefined);
  return browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab);
}

const FRESH: SnapshotSource = { tab: (lookUp) => lookUp(), snapshot: requestSnapshot };

/**
 * Follows one tab's comments: the active tab of this window (the side panel's normal life), or a
 * fixed tab given as `?tabId=` (the panel opened as a page by the demo and the e2e tests). `source`
 * hands over the tab and snapshot asked for as the panel started (snapshot-request.ts).
 */
export function useTabComments(fixedTabId: number | undefined, source: SnapshotSource = FRESH): TabComments {
  const [state, setState] = useState<TabComments>(EMPTY_TAB);

  useEffect(() => {
    let current: { tabId: number } | undefined;
    let cancelled = false;

    async function follow(tab: Browser.tabs.Tab | undefined) {
      if (cancelled) return;
      if (!tab?.id) {
        current = undefined;
        setState(EMPTY_TAB);
        return;
      }
      const tabId = tab.id;
      current = { tabId };
      // Without the "tabs" permission the URL is visible only on the four sites we have hosts for.
      if (!tab.url || !platformOfUrl(tab.url)) {
        setState({ ...EMPTY_TAB, phase: 'unsupported', tabId, url: tab.url });
        return;
      }
      setState({ ...EMPTY_TAB, phase: 'connecting', tabId, url: tab.url });
      try {
        const reply = await source.snapshot(tabId);
        if (current?.tabId === tabId) setState((s) => applyReport({ ...s, tabId }, { ...reply, reset: true }));
      } catch {
        // No receiver: the page was open before the extension was installed or updated.
        if (current?.tabId === tabId) setState((s) => ({ ...s, phase: 'no-content-script' }));
      }
    }

    async function followActive() {
      return follow(await source.tab(() => lookUpTab(fixedTabId)));
    }

    const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender) => {
      const message = parseMessage(raw);
      if (message?.type !== 'page/comments' || sender.tab?.id === undefined || sender.tab.id !== current?.tabId) return undefined;
      setState((s) => applyReport(s, message));
      return undefined;
    };
    const onActivated = () => void followActive();
    const onUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo) => {
      if (tabId === current?.tabId && change.status === 'complete') void followActive();
    };

    browser.runtime.onMessage.addListener(onMessage);
    if (fixedTabId === undefined) browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    void followActive();
    return () => {
      cancelled = true;
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [fixedTabId, source]);

  return state;
}
