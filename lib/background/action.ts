import { browser, type Browser } from 'wxt/browser';
import { reportFailure } from '../diagnostics/log';

/**
 * The toolbar icon (and Alt+Shift+K) opens Kizuki beside the page: Chrome's side panel,
 * Firefox's sidebar. The panel is opened here, from the click, rather than by the browser's
 * openPanelOnActionClick, because only a click the extension handles grants activeTab: with
 * it the panel may read this tab's address without the "tabs" permission, and offer to read
 * a site Kizuki does not know yet.
 */
export function openPanelOnClick(onInvoked: (tab: Browser.tabs.Tab) => void): void {
  if (import.meta.env.FIREFOX) {
    // sidebarAction is Firefox-only, so it is not in the Chrome-based API types.
    const { sidebarAction } = browser as unknown as { sidebarAction: { toggle(): Promise<void> } };
    browser.action.onClicked.addListener((tab) => {
      // Called at once: the browser opens the sidebar only inside the click.
      void sidebarAction.toggle().catch((error: unknown) => reportFailure('background: open the sidebar', error));
      onInvoked(tab);
    });
    return;
  }
  // A browser that opened the panel by itself (an earlier version asked it to) would never tell us of the click.
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch((error: unknown) => reportFailure('background: side panel behaviour', error));
  browser.action.onClicked.addListener((tab) => {
    // Called at once: the browser opens the panel only inside the click.
    void browser.sidePanel.open({ windowId: tab.windowId }).catch((error: unknown) => reportFailure('background: open the side panel', error));
    onInvoked(tab);
  });
}
