import type { Page } from 'playwright-core';
import type { KizukiBrowser } from './harness';

/**
 * The console's Support tools form as a team lead fills it in: shared by the end-to-end files
 * that describe a tool (tools.e2e.ts, classic.e2e.ts, the opt-in Request Tracker run).
 */
interface ExtensionGlobals {
  chrome: { storage: { local: { remove(key: string): Promise<void> } } };
}

export interface ConsoleOptions {
  lang?: 'en' | 'ja';
  /** Forget the description an earlier test left (the console restores a draft it kept). */
  blank?: boolean;
  /** How long the console waits for the browser's permission prompt (headless never answers). */
  permissionWait?: number;
}

/** The console's Support tools, ready to be filled in. */
export async function openToolsConsole(kizuki: KizukiBrowser, { lang = 'en', blank = true, permissionWait = 2500 }: ConsoleOptions = {}): Promise<Page> {
  const page = await kizuki.extensionPage(`options.html?lang=${lang}&permissionWait=${permissionWait}#/tools`);
  if (blank) {
    await page.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.remove('kizuki:tool-draft'));
    await page.reload();
  }
  await page.getByTestId('tool-save').waitFor();
  return page;
}

/** Types each value into its field (`tool-<field>`), as a person does: lists one per line. */
export async function fillToolForm(page: Page, values: Record<string, string>): Promise<void> {
  for (const [field, value] of Object.entries(values)) await page.getByTestId(`tool-${field}`).fill(value);
}

/** Saves the description and waits until it is stored with access granted. */
export async function saveTool(page: Page): Promise<void> {
  await page.getByTestId('tool-save').click();
  await page.locator('[data-testid="tool-status"][data-outcome="saved"]').waitFor();
  await page.locator('[data-testid="custom-tool"][data-access="granted"]').waitFor();
}
