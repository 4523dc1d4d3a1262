// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLanguage } from '@/lib/i18n';
import { useConsole } from '@/lib/console/store';
import { builtinPack } from '@/lib/engine';
import { NO_POLICY } from '@/lib/packs/managed';
import { samplePack } from '@/lib/packs/fixtures';
import type { CustomTool } from '@/lib/tools/schema';
import { PackTools } from './PackTools';

/** The packs' tools in the console: where each comes from, and access asked for only from a click. */
const tool = (id: string, extra: Partial<CustomTool> = {}): CustomTool => ({ id, name: `Tool ${id}`, urlPattern: 'https://help.acme.example/*', messages: '.msg', ...extra });

beforeEach(() => {
  fakeBrowser.reset();
  setLanguage('en');
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => false);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => []);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async () => {});
  useConsole.setState({
    loaded: true,
    sources: {
      builtin: builtinPack,
      team: samplePack([], { tools: [tool('acme'), tool('zendesk-fix', { extends: 'zendesk', urlPattern: 'https://*.zendesk.com/agent/*' })] }),
      policy: NO_POLICY,
    },
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("the packs' tools in the console", () => {
  it('lists each with where it comes from and what it corrects or replaces, asking for nothing by itself', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    render(<PackTools consoleTools={[tool('acme')]} waitMs={1000} />);
    const rows = await screen.findAllByTestId('pack-tool');
    expect(rows.map((row) => row.getAttribute('data-tool-id'))).toEqual(['acme', 'zendesk-fix']);
    expect(rows[0]?.textContent).toContain('from the imported pack');
    expect(rows[0]?.textContent).toContain('used instead of the one described here');
    expect(rows[1]?.textContent).toContain('corrects the built-in tool "zendesk"');
    await waitFor(() => expect(rows[0]?.getAttribute('data-access')).toBe('missing'));
    expect(rows[0]?.textContent).toContain('Kizuki may not read its pages yet.');
    expect(request).not.toHaveBeenCalled();
  });

  it('asks for the pages from the click on Grant access, and registers Kizuki there once allowed', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => true);
    render(<PackTools consoleTools={[]} waitMs={1000} />);
    const [row] = await screen.findAllByTestId('pack-tool');
    fireEvent.click(await within(row!).findByTestId('tool-grant'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://help.acme.example/*'] });
    await waitFor(() => expect(row?.getAttribute('data-access')).toBe('granted'));
    expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledWith([expect.objectContaining({ id: 'kizuki-custom-acme', matches: ['https://help.acme.example/*'] })]);
  });
});
