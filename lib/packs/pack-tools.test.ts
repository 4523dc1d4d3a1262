import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '../db/db';
import { packToolsSetting } from '../page/settings';
import { readSetting } from '../settings/store';
import type { CustomTool } from '../tools/schema';
import { effectiveTools } from '../tools/merge';
import { samplePack } from './fixtures';
import { packTools, syncPackTools, toolCatalog } from './pack-tools';
import { replaceTeamPack } from './store';

const tool = (id: string, name: string, extra: Partial<CustomTool> = {}): CustomTool => ({ id, name, urlPattern: 'https://support.acme.example/*', messages: '.msg', ...extra });

describe('which tool definition is in force', () => {
  const consoleTool = tool('acme', 'typed in the console');
  const subscribed = samplePack([], { tools: [tool('acme', 'from the pack URL'), tool('other', 'only subscribed')] });
  const imported = samplePack([], { tools: [tool('acme', 'from the imported file')] });
  const policy = samplePack([], { tools: [tool('acme', 'from the policy')] });

  it('policy over the imported pack over the subscription over the console, by id', () => {
    const catalog = toolCatalog({ subscription: subscribed, team: imported, managed: policy }, [consoleTool]);
    const acme = catalog.find((entry) => entry.tool.id === 'acme');
    expect(acme).toMatchObject({ source: 'managed', overrides: ['console', 'subscription', 'team'], tool: { name: 'from the policy' } });
    expect(catalog.find((entry) => entry.tool.id === 'other')).toMatchObject({ source: 'subscription', overrides: [] });
    expect(toolCatalog({ subscription: subscribed, team: imported }, [consoleTool]).find((e) => e.tool.id === 'acme')?.tool.name).toBe('from the imported file');
    expect(toolCatalog({}, [consoleTool])).toEqual([{ tool: consoleTool, source: 'console', overrides: [] }]);
  });

  it('the content script tries the packs\' tools first and a console tool only where no pack names its id', () => {
    const fromPacks = packTools({ subscription: subscribed, team: imported, managed: policy });
    expect(fromPacks.map((t) => t.name)).toEqual(['from the policy', 'only subscribed']);
    const mine = tool('mine', 'console only');
    expect(effectiveTools(fromPacks, [consoleTool, mine]).map((t) => t.name)).toEqual(['from the policy', 'only subscribed', 'console only']);
    expect(effectiveTools([], [consoleTool])).toEqual([consoleTool]);
  });
});

describe('sharing the packs\' tools with the content script', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await getDb().delete();
    await getDb().open();
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) => registered.filter((s) => filter?.ids?.includes(s.id) ?? true));
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => { registered.push(...scripts.map((s) => ({ id: s.id, matches: s.matches ?? [] }))); });
    vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => { registered = registered.filter((s) => !filter?.ids?.includes(s.id)); });
  });
  afterEach(() => vi.restoreAllMocks());
  let registered: { id: string; matches: string[] }[] = [];

  it('writes the imported pack\'s tools where the page reads them, and loads Kizuki only on pages it may already read', async () => {
    registered = [];
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) => p.origins?.[0] === 'https://granted.example/*');
    const granted = tool('granted', 'Allowed site', { urlPattern: 'https://granted.example/*' });
    const notYet = tool('not-yet', 'Not yet allowed', { urlPattern: 'https://other.example/*' });
    const fix = tool('desk-fix', 'Desk fix', { extends: 'desk', urlPattern: 'http://127.0.0.1/desk/*' });
    await replaceTeamPack(getDb(), samplePack([], { tools: [granted, notYet, fix] }), 'Aiko');
    await syncPackTools();
    expect((await readSetting(packToolsSetting)).map((t) => t.id)).toEqual(['granted', 'not-yet', 'desk-fix']);
    expect(registered.map((s) => s.id)).toEqual(['kizuki-custom-granted']);

    // The next import without it: it no longer loads Kizuki on those pages.
    await replaceTeamPack(getDb(), samplePack([], { tools: [fix] }), 'Aiko');
    await syncPackTools();
    expect((await readSetting(packToolsSetting)).map((t) => t.id)).toEqual(['desk-fix']);
    expect(registered).toEqual([]);
  });
});
