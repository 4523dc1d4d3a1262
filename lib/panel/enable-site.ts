import { browser } from 'wxt/browser';
import { registerContentScript } from '../packs/custom-tools';
import { enabledSitesSetting } from '../page/settings';
import { readSetting, writeSetting } from '../settings/store';

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

export type TabSite =
  /** A web page: its site, and whether the agent already enabled it. */
  | { kind: 'site'; pattern: string; enabled: boolean }
  /**
   * The browser does not show Kizuki this tab's address: without the "tabs" permission it sees
   * it only once the agent clicks Kizuki's icon on the page (activeTab) or grants the site.
   */
  | { kind: 'hidden' }
  /** A page no extension may read (the browser's own pages). */
  | { kind: 'unreadable' };

/** What Kizuki may know of the panel's tab. */
export async function siteOfTab(tabId: number): Promise<TabSite> {
  const tab = await browser.tabs.get(tabId);
  if (tab.url === undefined) return { kind: 'hidden' };
  const pattern = sitePatternFor(tab.url);
  if (!pattern) return { kind: 'unreadable' };
  return { kind: 'site', pattern, enabled: (await enabledSites()).includes(pattern) };
}

export function enabledSites(): Promise<string[]> {
  return readSetting(enabledSitesSetting);
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
  if (!sites.includes(pattern)) await writeSetting(enabledSitesSetting, [...sites, pattern]);
  await registerContentScript(`kizuki-site-${pattern.replace(/[^a-z0-9]+/gi, '-')}`, pattern);
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  return true;
}
