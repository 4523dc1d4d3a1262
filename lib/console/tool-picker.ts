import { browser } from 'wxt/browser';
import { reportFailure } from '../diagnostics/log';
import type { PickAnswer, PickerApi, PickOptions } from './picker/picker';
import type { PickKind } from './picker/selector';
import { classifyTabError } from './preview-model';

/**
 * The console's side of the picker: brings the tool's tab to the front, injects /picker.js
 * (entrypoints/picker.ts), waits for the lead to click (executeScript waits for the promise
 * the picker returns) and comes back to the console with the selector.
 */
export type PickOutcome = PickAnswer | { ok: false; reason: 'gone' | 'no-access' | 'failed' };

const PICKER_FILE = '/picker.js';

/** Runs in the tab (serialised by executeScript): it uses nothing but the picker's global. */
function runPicker(kind: PickKind, options: PickOptions): Promise<PickAnswer> | PickAnswer {
  const picker = (globalThis as { __kizukiPicker?: PickerApi }).__kizukiPicker;
  return picker ? picker.pick(kind, options) : { ok: false, reason: 'nothing' };
}

function cancelPicker(): void {
  (globalThis as { __kizukiPicker?: PickerApi }).__kizukiPicker?.cancel();
}

async function show(tabId: number): Promise<void> {
  const tab = await browser.tabs.update(tabId, { active: true });
  if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}

export async function pickInTab(tabId: number, kind: PickKind, options: PickOptions): Promise<PickOutcome> {
  const consoleTab = await browser.tabs.getCurrent().catch(() => undefined);
  try {
    await show(tabId);
    await browser.scripting.executeScript({ target: { tabId }, files: [PICKER_FILE] });
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: runPicker, args: [kind, options] });
    return (result?.result as PickAnswer | undefined) ?? { ok: false, reason: 'failed' };
  } catch (error) {
    const reason = classifyTabError(error);
    if (reason === 'failed') reportFailure('console: pick on the page', error);
    return { ok: false, reason };
  } finally {
    if (consoleTab?.id !== undefined) await show(consoleTab.id).catch((error: unknown) => reportFailure('console: come back from the picker', error));
  }
}

/** Ends a pick from the console (the lead clicked "Cancel" there). */
export async function cancelPick(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, func: cancelPicker }).catch((error: unknown) => {
    if (classifyTabError(error) === 'failed') reportFailure('console: cancel the picker', error);
  });
}
