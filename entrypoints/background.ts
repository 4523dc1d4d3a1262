// First: zod must be jitless before any schema is built (lib/input/zod-jitless.ts).
import '@/lib/input/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startPackSubscriptionSchedule } from '@/lib/packs/active';
import { startPackToolSync } from '@/lib/packs/pack-tools';
import { startHousekeeping } from '@/lib/background/housekeeping';
import { startDiagnostics } from '@/lib/background/diagnostics';
import { openPanelOnClick } from '@/lib/background/action';
import { startHub } from '@/lib/background/hub';
import { reportFailure } from '@/lib/diagnostics/log';
import { TOP_COMMANDS, type TopCommand } from '@/lib/messaging/messages';
import { openWelcome, opensWelcome } from '@/lib/panel/welcome';
import { keepEngineForLater } from '@/lib/engine/load';

export default defineBackground(() => {
  keepEngineForLater();
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
  startPackToolSync();
  startHousekeeping();
  // A first install opens the install page: how to open the panel, a try, the way to the console.
  browser.runtime.onInstalled.addListener((details) => {
    if (opensWelcome(details as { reason: string; temporary?: boolean })) openWelcome();
  });
  openPanelOnClick((tab) => {
    if (tab.id !== undefined) hub.pageInvoked(tab.id);
  });
});
