import { browser, type Browser } from 'wxt/browser';
import { nextTask } from '@/components/panel/idle';
import { checkSnapshot, type CheckedSnapshot } from '@/lib/panel/snapshot';
import { platformOfUrl } from '@/lib/sites/hosts';

/** Asks the tab's content script for what it has read and checks the reply, a slice at a time. */
export function requestSnapshot(tabId: number): Promise<CheckedSnapshot> {
  return browser.tabs.sendMessage(tabId, { type: 'content/snapshot' }).then((raw: unknown) => {
    const checked = checkSnapshot(raw, nextTask);
    void checked.then(({ rejected }) => {
      for (const { index, reason } of rejected) console.warn(`Riposte: comment ${index} of the tab's snapshot dropped:\n${reason}`);
    });
    return checked;
  });
}

/** Where the panel's first tab and its snapshot come from. */
export interface SnapshotSource {
  /** The tab to follow: the one looked up as the panel started, the first time; a fresh lookup after. */
  tab(lookUp: () => Promise<Browser.tabs.Tab | undefined>): Promise<Browser.tabs.Tab | undefined>;
  /** The tab's snapshot: the one asked as the panel started when it is for this tab (once), else a new request. */
  snapshot(tabId: number): Promise<CheckedSnapshot>;
}

/**
 * Looks the panel's tab up and asks for its snapshot as soon as the panel's script runs, before
 * React and the database start: on a 2,000-comment page the content script's answer (and checking
 * it) then overlaps the panel's own start instead of following it.
 */
export function startSnapshot(lookUp: () => Promise<Browser.tabs.Tab | undefined>): SnapshotSource {
  let firstTab: Promise<Browser.tabs.Tab | undefined> | undefined = lookUp().catch(() => undefined);
  let early: Promise<{ tabId: number; reply: Promise<CheckedSnapshot> } | undefined> | undefined = firstTab.then((tab) => {
    if (!tab?.id || !tab.url || !platformOfUrl(tab.url)) return undefined;
    const reply = requestSnapshot(tab.id);
    // Not asked for after all (the panel moved to another tab first): its failure is nobody's.
    reply.catch(() => undefined);
    return { tabId: tab.id, reply };
  });
  return {
    tab(again) {
      const first = firstTab;
      firstTab = undefined;
      return first ?? again();
    },
    async snapshot(tabId) {
      const asked = early;
      early = undefined;
      const made = await asked;
      return made?.tabId === tabId ? made.reply : requestSnapshot(tabId);
    },
  };
}
