import { browser, type Browser } from 'wxt/browser';
import { platformOfUrl } from '@/lib/sites/hosts';

/** The tab given as `?tabId=` (the panel opened as a page by the demo, the e2e tests and the bench). */
export function fixedTabIdOf(search: string): number | undefined {
  return Number(new URLSearchParams(search).get('tabId')) || undefined;
}

/** The tab the panel follows: a fixed tab, else the active tab of this window. */
export function lookUpTab(fixedTabId: number | undefined): Promise<Browser.tabs.Tab | undefined> {
  if (fixedTabId !== undefined) return browser.tabs.get(fixedTabId).catch(() => undefined);
  return browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab);
}

/** The panel's first tab, and the snapshot asked of it (unchecked: snapshot-request.ts checks it). */
export interface EarlySnapshot {
  tab: Promise<Browser.tabs.Tab | undefined>;
  /** Undefined when the tab is on none of the four sites (nothing is asked of it). */
  asked: Promise<{ tabId: number; reply: Promise<unknown> } | undefined>;
}

/** Looks the tab up and asks its content script for what it has read. */
export function askEarly(lookUp: () => Promise<Browser.tabs.Tab | undefined>): EarlySnapshot {
  const tab = lookUp().catch(() => undefined);
  const asked = tab.then((found) => {
    if (!found?.id || !found.url || !platformOfUrl(found.url)) return undefined;
    const reply: Promise<unknown> = browser.tabs.sendMessage(found.id, { type: 'content/snapshot' });
    // Not taken after all (the panel moved to another tab first): its failure is nobody's.
    reply.catch(() => undefined);
    return { tabId: found.id, reply };
  });
  return { tab, asked };
}

let started: EarlySnapshot | undefined;

/**
 * The request made as the side panel's page starts (start.ts), before its main script is even
 * loaded, so that the content script's answer for a 2,000-comment page travels while the panel's
 * code, React and the database start; main.tsx takes the same one.
 */
export function earlySnapshot(): EarlySnapshot {
  return (started ??= askEarly(() => lookUpTab(fixedTabIdOf(location.search))));
}
