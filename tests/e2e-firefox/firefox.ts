import { ensureDebianBrowser } from '../e2e/debian-package';

export const FIREFOX = process.env.KIZUKI_FIREFOX ?? '/usr/bin/firefox-esr';

/** Makes sure Debian's Firefox ESR is installed: with apt when running as root, otherwise one clear sentence. */
export function ensureFirefox(): string {
  return ensureDebianBrowser({ name: 'Firefox ESR', path: FIREFOX, packages: ['firefox-esr'] });
}

/**
 * Firefox preferences for the run, on top of the ones puppeteer sets for automation (which
 * already keep Firefox off the network). `uuid` fixes the extension's moz-extension:// host
 * before launch, so its pages can be opened without asking Firefox for it.
 */
export function firefoxPrefs(geckoId: string, uuid: string, showConsole: boolean): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    // The extension's console output (background, sidebar, content script) on Firefox's stdout,
    // read with KIZUKI_FIREFOX_LOG=1 when a test fails for a reason the assertion does not tell.
    'devtools.console.stdout.content': showConsole,
    'devtools.console.stdout.chrome': showConsole,
  };
}
