import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startPackSubscriptionSchedule } from '@/lib/packs/active';
import { startHousekeeping } from '@/lib/background/housekeeping';
import { startDiagnostics } from '@/lib/background/diagnostics';
import { startHub } from '@/lib/background/hub';
import { reportFailure } from '@/lib/diagnostics/log';

export default defineBackground(() => {
  startDiagnostics();
  startHub();
  startPackSubscriptionSchedule();
  startHousekeeping();
  // The toolbar icon opens Kizuki beside the page: Chrome's side panel, Firefox's sidebar.
  if (import.meta.env.FIREFOX) {
    // sidebarAction is Firefox-only, so it is not in the Chrome-based API types.
    const { sidebarAction } = browser as unknown as { sidebarAction: { toggle(): Promise<void> } };
    browser.action.onClicked.addListener(() => void sidebarAction.toggle());
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => reportFailure('background: side panel behaviour', error));
  }
});
