import { browser } from 'wxt/browser';
import { reportFailure } from '../diagnostics/log';

/** The install page, opened once when Kizuki is installed (entrypoints/welcome). */
export const WELCOME_PAGE = '/welcome.html';

/** The practice desk of test builds (`npm run desk`): the install page offers it to try Kizuki on. */
export const PRACTICE_DESK = import.meta.env.KIZUKI_TEST_DESK ? 'http://127.0.0.1:5178/desk/' : null;

/**
 * Whether an install should open the welcome page: a first install, not an update, and not
 * Firefox's temporary add-ons (about:debugging), which install afresh on every start.
 */
export function opensWelcome(details: { reason: string; temporary?: boolean }): boolean {
  return details.reason === 'install' && !details.temporary;
}

export function openWelcome(): void {
  browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE as '/welcome.html') }).catch((error: unknown) => reportFailure('background: open the welcome page', error));
}
