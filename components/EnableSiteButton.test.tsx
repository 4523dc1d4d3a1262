// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { setLanguage } from '@/lib/i18n';
import { usePanelStore } from '@/lib/panel/store';
import { EnableSiteButton } from './EnableSiteButton';

/** What the browser tells an extension without the "tabs" permission about a tab: its address only once granted. */
function tabShows(url: string | undefined) {
  const tab: Browser.tabs.Tab = { id: 4, index: 0, windowId: 1, active: true, pinned: false, highlighted: true, incognito: false, selected: true, discarded: false, autoDiscardable: true, groupId: -1, frozen: false, lastAccessed: 0, url };
  const get: (tabId: number) => Promise<Browser.tabs.Tab> = async () => tab;
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(get as typeof fakeBrowser.tabs.get);
}

beforeEach(() => {
  fakeBrowser.reset();
  setLanguage('en');
  usePanelStore.setState({ tabId: 4, pageAccess: null });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('"Read this site" without the tabs permission', () => {
  it('says to click the Kizuki icon while the browser hides the page address, then offers the site once it is clicked', async () => {
    tabShows(undefined);
    render(<EnableSiteButton />);
    expect((await screen.findByTestId('enable-site-hidden')).textContent).toContain('click the Kizuki icon');
    expect(screen.queryByTestId('enable-site')).toBeNull();

    // The agent clicks the icon on the page: activeTab shows Kizuki the address, and the background says so.
    tabShows('https://mail.google.com/mail/u/0/#inbox');
    await act(async () => usePanelStore.getState().setPageAccess(4));
    expect((await screen.findByTestId('enable-site')).textContent).toBe('Read mail.google.com with Kizuki');
    expect(screen.queryByTestId('enable-site-hidden')).toBeNull();
  });

  it('offers nothing on a page no extension may read, once the click showed nothing either', async () => {
    tabShows(undefined);
    usePanelStore.setState({ pageAccess: { tabId: 4, at: 1 } });
    render(<EnableSiteButton />);
    await act(async () => {});
    expect(screen.queryByTestId('enable-site-hidden')).toBeNull();
    expect(screen.queryByTestId('enable-site')).toBeNull();
  });
});
