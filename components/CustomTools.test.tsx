// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLanguage } from '@/lib/i18n';
import { toolDraftSetting } from '@/lib/console/tool-draft';
import { fieldsFromTool } from '@/lib/console/tool-fields';
import { customToolsSetting } from '@/lib/page/settings';
import { readSetting, writeSetting } from '@/lib/settings/store';
import { CustomTools } from './CustomTools';

/** Saving a described tool, as the lead sees it: the browser's prompt answered, refused, or left open. */
const type = (field: string, value: string) => fireEvent.change(screen.getByTestId(`tool-${field}`), { target: { value } });
const describeTool = () => {
  type('id', 'acme-desk');
  type('name', 'Acme desk');
  type('urlPattern', 'https://support.acme.example/*');
  type('messages', '.thread .message');
  type('draft', 'textarea[name="reply"]');
};
const outcome = () => screen.getByTestId('tool-status').getAttribute('data-outcome');

beforeEach(async () => {
  fakeBrowser.reset();
  setLanguage('en');
  window.history.replaceState(null, '', '/options.html?permissionWait=1000#/tools');
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => false);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => []);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async () => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('saving a described tool', () => {
  it('asks the browser, shows it waiting, and stores and registers the tool once allowed', async () => {
    let allow!: (granted: boolean) => void;
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(() => new Promise<boolean>((resolve) => { allow = resolve; }));
    render(<CustomTools />);
    describeTool();
    fireEvent.click(screen.getByTestId('tool-save'));
    expect(outcome()).toBe('asking');
    expect(screen.getByTestId('tool-status').textContent).toContain('Waiting for your answer');
    allow(true);
    await waitFor(() => expect(outcome()).toBe('saved'));
    expect((await readSetting(customToolsSetting)).map((tool) => tool.id)).toEqual(['acme-desk']);
    expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledWith([expect.objectContaining({ id: 'kizuki-custom-acme-desk', matches: ['https://support.acme.example/*'] })]);
    await waitFor(async () => expect(await readSetting(toolDraftSetting)).toBeNull());
  });

  it('says so when the browser refuses, and saves nothing', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => false);
    render(<CustomTools />);
    describeTool();
    fireEvent.click(screen.getByTestId('tool-save'));
    await waitFor(() => expect(outcome()).toBe('refused'));
    expect(screen.getByTestId('tool-status').textContent).toMatch(/Refused — nothing was saved/);
    expect(await readSetting(customToolsSetting)).toEqual([]);
  });

  it('gives up waiting for a prompt nobody answers, keeps the description, and offers to try again', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(() => new Promise<boolean>(() => {}));
    render(<CustomTools />);
    describeTool();
    fireEvent.click(screen.getByTestId('tool-save'));
    await waitFor(() => expect(outcome()).toBe('unanswered'), { timeout: 3000 });
    expect(screen.getByTestId('tool-save').textContent).toBe('Try again');
    expect((screen.getByTestId('tool-name') as HTMLInputElement).value).toBe('Acme desk');
    expect(await readSetting(customToolsSetting)).toEqual([]);
    // Written before the prompt opened: a browser that goes away now loses nothing.
    expect((await readSetting(toolDraftSetting))?.fields.name).toBe('Acme desk');
  });

  it('names every problem at once, by field, before asking anything', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    setLanguage('ja');
    render(<CustomTools />);
    type('id', 'Acme Desk');
    type('urlPattern', 'support.acme.example');
    type('messages', '.thread ..message');
    fireEvent.click(screen.getByTestId('tool-save'));
    const items = [...screen.getByTestId('tool-problems').querySelectorAll('li')];
    expect(items.map((li) => li.getAttribute('data-field'))).toEqual(expect.arrayContaining(['id', 'name', 'urlPattern', 'messages']));
    expect(items.find((li) => li.getAttribute('data-field') === 'urlPattern')?.textContent).toMatch(/^対象ページ.*マッチパターン/);
    expect(request).not.toHaveBeenCalled();
  });

  it('asks before another tool takes the place of an unsaved description, and keeps it when the lead says no', async () => {
    await writeSetting(customToolsSetting, [{ id: 'old', name: 'Old desk', urlPattern: 'https://old.example/*', messages: '.m', draft: 'textarea' }]);
    const confirm = vi.fn(() => false);
    Object.defineProperty(window, 'confirm', { value: confirm, configurable: true });
    render(<CustomTools />);
    const row = await screen.findByTestId('custom-tool');
    type('name', 'Typing this');
    fireEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect((screen.getByTestId('tool-name') as HTMLInputElement).value).toBe('Typing this');
    confirm.mockReturnValue(true);
    fireEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    expect((screen.getByTestId('tool-name') as HTMLInputElement).value).toBe('Old desk');
  });

  it('brings back what was being typed when the console opens again', async () => {
    await writeSetting(toolDraftSetting, { fields: { ...fieldsFromTool(null), name: 'Half-written desk', messages: '.thread .msg' }, at: Date.now() });
    render(<CustomTools />);
    await screen.findByTestId('tool-restored');
    expect((screen.getByTestId('tool-name') as HTMLInputElement).value).toBe('Half-written desk');
  });
});
