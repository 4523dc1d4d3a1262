import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { customToolsSetting } from '../page/settings';
import { writeSetting } from '../settings/store';
import type { CustomTool } from '../tools/schema';
import { toolsWithoutAccess } from './fix-links';

// Lists of selectors and speaker rules are what real descriptions hold: they must be read back too.
const acme = { id: 'acme', name: 'Acme desk', urlPattern: 'https://support.acme.example/*', messages: ['.thread .message', '.log .entry'], draft: 'textarea', speakers: { customer: { authorHas: ['{customer.email}'] }, otherwise: 'structure' } } as CustomTool;
const other = { id: 'other', name: 'Other desk', urlPattern: 'https://other.example/*', messages: '.m', draft: 'textarea' } as CustomTool;

describe('"not detected" because a described tool lost its access', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await writeSetting(customToolsSetting, [acme, other]);
    // The lead withdrew Acme's access in the browser's settings; Other's is still there.
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (asked) => asked.origins?.[0] === other.urlPattern);
  });

  it('names the tool when the tab shows its pages', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://support.acme.example/tickets/9' });
    expect(await toolsWithoutAccess(tab.id!)).toEqual([{ name: 'Acme desk', certain: true }]);
  });

  it('says nothing on a page no tool claims', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://intranet.example/' });
    expect(await toolsWithoutAccess(tab.id!)).toEqual([]);
  });

  it('names it as a possibility when the browser does not say where the tab is', async () => {
    expect(await toolsWithoutAccess(null)).toEqual([{ name: 'Acme desk', certain: false }]);
  });
});
