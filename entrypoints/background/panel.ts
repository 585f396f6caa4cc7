import { browser } from 'wxt/browser';

/** Firefox-only API, absent from WXT's Chrome-shaped types. */
interface FirefoxSidebar {
  sidebarAction: { toggle(): Promise<void> };
}

/**
 * The toolbar button (and the keyboard command, which triggers the action) opens the panel.
 * Chrome: the side panel opens itself once told to. Firefox: the sidebar is toggled by hand,
 * because Firefox has no setPanelBehavior.
 */
export function setUpPanelOpening(): void {
  if (import.meta.env.BROWSER === 'firefox') {
    const action = browser.browserAction ?? browser.action;
    action.onClicked.addListener(() => {
      void (browser as unknown as FirefoxSidebar).sidebarAction.toggle();
    });
    return;
  }
  browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
    console.error('[riposte] could not set the side panel behaviour', error);
  });
}
