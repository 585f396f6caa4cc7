import { browser, type Browser } from 'wxt/browser';
import { nextTask } from '@/components/panel/idle';
import { checkSnapshot, type CheckedSnapshot } from '@/lib/panel/snapshot';
import type { EarlySnapshot } from './early-snapshot';

/** Checks a tab's reply, a slice at a time, and logs each comment it drops with zod's reason. */
function checked(reply: Promise<unknown>): Promise<CheckedSnapshot> {
  return reply.then((raw) => {
    const result = checkSnapshot(raw, nextTask);
    void result.then(({ rejected }) => {
      for (const { index, reason } of rejected) console.warn(`Riposte: comment ${index} of the tab's snapshot dropped:\n${reason}`);
    }, () => undefined);
    return result;
  });
}

/** Asks the tab's content script for what it has read; the reply checked. */
export function requestSnapshot(tabId: number): Promise<CheckedSnapshot> {
  return checked(browser.tabs.sendMessage(tabId, { type: 'content/snapshot' }));
}

/** Where the panel's first tab and its snapshot come from. */
export interface SnapshotSource {
  /** The tab to follow: the one looked up as the panel started, the first time; a fresh lookup after. */
  tab(lookUp: () => Promise<Browser.tabs.Tab | undefined>): Promise<Browser.tabs.Tab | undefined>;
  /** The tab's snapshot: the one asked as the panel started when it is for this tab (once), else a new request. */
  snapshot(tabId: number): Promise<CheckedSnapshot>;
}

/**
 * The panel's source of snapshots, starting from the request made as its page started: that reply
 * is checked as soon as it is in (while React and the database start), and handed over once.
 */
export function startSnapshot(early: EarlySnapshot): SnapshotSource {
  let firstTab: EarlySnapshot['tab'] | undefined = early.tab;
  let first: Promise<{ tabId: number; reply: Promise<CheckedSnapshot> } | undefined> | undefined = early.asked.then((asked) => {
    if (!asked) return undefined;
    const reply = checked(asked.reply);
    reply.catch(() => undefined);
    return { tabId: asked.tabId, reply };
  }, () => undefined);
  return {
    tab(again) {
      const tab = firstTab;
      firstTab = undefined;
      return tab ?? again();
    },
    async snapshot(tabId) {
      const asked = first;
      first = undefined;
      const made = await asked;
      return made?.tabId === tabId ? made.reply : requestSnapshot(tabId);
    },
  };
}
