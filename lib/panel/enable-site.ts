import { browser } from 'wxt/browser';
import { registerContentScript } from '../packs/custom-tools';
import { ENABLED_SITES_KEY } from '../page/choose-adapter';

/** The match pattern for a whole site ("https://support.example.com/*"), or null for pages Kizuki cannot read. */
export function sitePatternFor(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, host } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? `${protocol}//${host}/*` : null;
  } catch {
    return null;
  }
}

export async function enabledSites(): Promise<string[]> {
  const stored = (await browser.storage.local.get(ENABLED_SITES_KEY))[ENABLED_SITES_KEY];
  return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [];
}

/**
 * Lets Kizuki read an in-house or unknown support tool with its generic reader: asks for that
 * site only (the browser's own prompt), remembers it, registers the content script there for
 * next time and starts it on the open tab now. Call from the click handler: the browser shows
 * the permission prompt only during a user gesture, so nothing may be awaited before it.
 */
export async function enableSite(tabId: number, pattern: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return false;
  const sites = await enabledSites();
  if (!sites.includes(pattern)) await browser.storage.local.set({ [ENABLED_SITES_KEY]: [...sites, pattern] });
  await registerContentScript(`kizuki-site-${pattern.replace(/[^a-z0-9]+/gi, '-')}`, pattern);
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  return true;
}
