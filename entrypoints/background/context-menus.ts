import { browser } from 'wxt/browser';

export const MENU_ROOT_ID = 'riposte:root';

/**
 * (Re)builds the context menu from scratch. Called on install and on every start-up, and safe to call
 * twice: removeAll first, so an item id never exists twice ("duplicate id" errors) and a menu left
 * over from an older version never lingers.
 */
export async function registerContextMenus(title: string): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ROOT_ID, title, contexts: ['editable'] });
}
