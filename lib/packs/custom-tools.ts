import { browser } from 'wxt/browser';
import { validateCustomTool, type CustomTool, type ToolProblem } from '../tools/schema';
import { customToolsSetting } from '../page/settings';
import { readSetting, writeSetting } from '../settings/store';

export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
export const scriptIdFor = (tool: Pick<CustomTool, 'id'>) => `kizuki-custom-${tool.id}`;

/** The tools the content script reads from storage.local; invalid entries are skipped, not fatal. */
export async function loadCustomTools(): Promise<CustomTool[]> {
  const stored = await readSetting(customToolsSetting);
  return stored.flatMap((raw) => {
    const result = validateCustomTool(raw);
    return result.ok ? [result.tool] : [];
  });
}

/** Replaces (by id) or adds a tool. Validate first: this stores what it is given. */
export function upsertTool(tools: readonly CustomTool[], tool: CustomTool): CustomTool[] {
  const index = tools.findIndex((t) => t.id === tool.id);
  return index === -1 ? [...tools, tool] : tools.map((t, i) => (i === index ? tool : t));
}

export async function storeCustomTools(tools: readonly CustomTool[]): Promise<void> {
  await writeSetting(customToolsSetting, [...tools]);
}

/**
 * Asks for the tool's host permission. Must run inside the click handler that saves the
 * tool: the browser only shows the prompt during a user gesture.
 */
export function requestToolPermission(tool: Pick<CustomTool, 'urlPattern'>): Promise<boolean> {
  return browser.permissions.request({ origins: [tool.urlPattern] });
}

/** Does Kizuki hold the access a tool's pages need? (No prompt: safe outside a click.) */
export function hasToolPermission(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] });
}

/** Registers Kizuki's content script on `pattern` under `id`, replacing an earlier registration. */
export async function registerContentScript(id: string, pattern: string): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
  await browser.scripting.registerContentScripts([{ id, matches: [pattern], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' }]);
}

/** Registers the content script on the tool's pages, replacing an earlier registration. */
export function registerToolScript(tool: CustomTool): Promise<void> {
  return registerContentScript(scriptIdFor(tool), tool.urlPattern);
}

export async function unregisterToolScript(tool: Pick<CustomTool, 'id'>): Promise<void> {
  const id = scriptIdFor(tool);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
}

/** Problems grouped by the field they belong to, each in the team lead's words (`word` is the i18n lookup). */
export function problemsByField(problems: readonly ToolProblem[], word: (problem: ToolProblem) => string): Record<string, string[]> {
  const byField: Record<string, string[]> = {};
  for (const problem of problems) (byField[problem.field.split('.')[0] ?? ''] ??= []).push(word(problem));
  return byField;
}
