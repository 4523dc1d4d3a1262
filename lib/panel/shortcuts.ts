import { browser } from 'wxt/browser';
import { reportFailure } from '../diagnostics/log';

/** The browser-wide shortcuts as the agent set them on the browser's shortcuts page ('' = none set). */
export interface Shortcuts {
  open: string;
  insert: string;
  dismiss: string;
}

export const NO_SHORTCUTS: Shortcuts = { open: '', insert: '', dismiss: '' };

/** Chrome names the action's command `_execute_action`; Firefox, the sidebar's `_execute_sidebar_action`. */
export function shortcutsFrom(commands: readonly { name?: string; shortcut?: string }[]): Shortcuts {
  const key = (...names: string[]) => commands.find((c) => c.name && names.includes(c.name))?.shortcut ?? '';
  return { open: key('_execute_action', '_execute_sidebar_action'), insert: key('insert-top'), dismiss: key('dismiss-top') };
}

export async function readShortcuts(): Promise<Shortcuts> {
  try {
    return shortcutsFrom(await browser.commands.getAll());
  } catch (error) {
    reportFailure('panel: read the keyboard shortcuts', error);
    return NO_SHORTCUTS;
  }
}

/** The browser's own page for changing extension shortcuts. */
export function openShortcutSettings(): void {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  // Firefox (137+) opens its page itself; Chrome's is an address an extension may open.
  const opened = commands.openShortcutSettings ? commands.openShortcutSettings() : browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  Promise.resolve(opened).catch((error: unknown) => reportFailure('panel: open the shortcuts page', error));
}
