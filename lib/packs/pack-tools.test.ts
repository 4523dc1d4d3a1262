import { describe, expect, it } from 'vitest';
import type { CustomTool } from '../tools/schema';
import { effectiveTools } from '../tools/merge';
import { samplePack } from './fixtures';
import { packTools, toolCatalog } from './pack-tools';

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
