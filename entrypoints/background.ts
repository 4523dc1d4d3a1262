import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startPackSubscriptionSchedule } from '@/lib/packs/active';
import { startHousekeeping } from '@/lib/background/housekeeping';
import { startDiagnostics } from '@/lib/background/diagnostics';
import { startHub } from '@/lib/background/hub';
import { reportFailure } from '@/lib/diagnostics/log';
import { TOP_COMMANDS, type TopCommand } from '@/lib/messaging/messages';
import { openWelcome, opensWelcome } from '@/lib/panel/welcome';

export default defineBackground(() => {
  startDiagnostics();
  const hub = startHub();
  // Shortcuts work while the agent types in the tool (wxt.config.ts declares them).
  browser.commands.onCommand.addListener((command, tab) => {
    if (!(TOP_COMMANDS as readonly string[]).includes(command)) return;
    const run = (tabId: number | undefined) => tabId !== undefined && hub.command(command as TopCommand, tabId);
    if (tab?.id !== undefined) return run(tab.id);
    browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => run(active?.id), (error: unknown) => reportFailure('background: find the tab for a shortcut', error));
  });
  startPackSubscriptionSchedule();
  startHousekeeping();
  // A first install opens the install page: how to open the panel, a try, the way to the console.
  browser.runtime.onInstalled.addListener((details) => {
    if (opensWelcome(details as { reason: string; temporary?: boolean })) openWelcome();
  });
  // The toolbar icon opens Kizuki beside the page: Chrome's side panel, Firefox's sidebar.
  if (import.meta.env.FIREFOX) {
    // sidebarAction is Firefox-only, so it is not in the Chrome-based API types.
    const { sidebarAction } = browser as unknown as { sidebarAction: { toggle(): Promise<void> } };
    browser.action.onClicked.addListener(() => void sidebarAction.toggle());
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => reportFailure('background: side panel behaviour', error));
  }
});
