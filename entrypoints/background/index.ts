import { browser } from 'wxt/browser';
import { registerContextMenus } from './context-menus';
import { handleMessage } from './messages';
import { setUpPanelOpening } from './panel';

export default defineBackground(() => {
  setUpPanelOpening();

  const buildMenus = () => {
    registerContextMenus(browser.i18n.getMessage('extName') || 'Riposte').catch((error: unknown) => {
      console.error('[riposte] could not register the context menu', error);
    });
  };
  // Menus do not survive a browser restart in Firefox and are lost on Chrome updates: rebuild both times.
  browser.runtime.onInstalled.addListener(buildMenus);
  browser.runtime.onStartup.addListener(buildMenus);

  browser.runtime.onMessage.addListener((message) => handleMessage(message));
});
