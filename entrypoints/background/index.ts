import { browser } from 'wxt/browser';
import { purgeIfDue } from '@/lib/db/retention';
import { database } from './db';
import { onMenuClicked, rebuildContextMenus, watchMenuSources } from './context-menus';
import { handleMessage } from './messages';
import { watchClassificationSources } from './classification';
import { setUpPanelOpening } from './panel';

export default defineBackground(() => {
  setUpPanelOpening();

  const buildMenus = () => {
    rebuildContextMenus().catch((error: unknown) => console.error('[riposte] could not build the context menu', error));
  };
  // Rebuilt on install/update and on every browser start; a stopped and restarted service worker
  // keeps the registered items, and the click listener below is registered synchronously again.
  browser.runtime.onInstalled.addListener(buildMenus);
  browser.runtime.onStartup.addListener(buildMenus);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    onMenuClicked(info, tab).catch((error: unknown) => console.error('[riposte] menu action failed', error));
  });
  watchMenuSources();
  // Re-classifies a brand's log when its lexicon (a correction), the rules or the model change.
  watchClassificationSources();

  // Retention: the purge runs at most once a day (purgeIfDue remembers the last run), checked
  // whenever the background wakes up; no alarms permission needed for a daily-ish schedule.
  database()
    .then((db) => purgeIfDue(db, new Date()))
    .catch((error: unknown) => console.error('[riposte] automatic purge failed', error));

  browser.runtime.onMessage.addListener((message) => handleMessage(message));
});
