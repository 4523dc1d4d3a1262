import { browser } from 'wxt/browser';
import { reportFailure } from '../diagnostics/log';
import { compileMatchPattern } from '../tools/url';
import type { CustomTool } from '../tools/schema';
import { PREVIEW_LIMITS, previewOnPage, type ToolPreview } from './preview-in-page';
import { classifyTabError } from './preview-model';

/**
 * "Test on this tab": the browser's side of running a tool description in an open tab. With
 * the tool's host permission, tabs.query({ url }) finds the tabs showing its pages (no `tabs`
 * permission needed) and scripting.executeScript reads one of them; the reading itself is
 * previewOnPage, run in the tab over the structural reader (/reader.js).
 */
export interface MatchingTab {
  id: number;
  title: string;
  url: string;
}

export type TabPreview = { ok: true; preview: ToolPreview } | { ok: false; reason: 'gone' | 'no-access' | 'failed'; message?: string };

const READER_FILE = '/reader.js';

/** Open tabs showing the pattern's pages, the one used last first. */
export async function tabsMatching(pattern: string): Promise<MatchingTab[]> {
  const tabs = await browser.tabs.query({ url: pattern });
  return tabs
    .filter((tab) => tab.id !== undefined && tab.url)
    .sort((a, b) => ((b as { lastAccessed?: number }).lastAccessed ?? 0) - ((a as { lastAccessed?: number }).lastAccessed ?? 0))
    .map((tab) => ({ id: tab.id as number, title: tab.title || (tab.url as string), url: tab.url as string }));
}

/** Is the tab still there and still one of the tool's pages? */
export async function tabState(tabId: number, pattern: string): Promise<'here' | 'closed' | 'navigated'> {
  try {
    const tab = await browser.tabs.get(tabId);
    const matches = compileMatchPattern(pattern);
    // Without access to where it went, the browser does not say the address: it left the pattern's pages.
    return tab.url && (!matches || matches(new URL(tab.url))) ? 'here' : 'navigated';
  } catch {
    return 'closed'; // tabs.get rejects only for a tab that no longer exists
  }
}

async function runPreview(tabId: number, tool: CustomTool) {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: previewOnPage, args: [tool, PREVIEW_LIMITS] });
  return result?.result;
}

/** Reads the tab with the description; the reader is injected first when the page does not have it yet. */
export async function previewInTab(tabId: number, tool: CustomTool): Promise<TabPreview> {
  try {
    let answer = await runPreview(tabId, tool);
    if (answer && !answer.ok && answer.reason === 'no-reader') {
      await browser.scripting.executeScript({ target: { tabId }, files: [READER_FILE] });
      answer = await runPreview(tabId, tool);
    }
    if (answer?.ok) return answer;
    const message = answer && !answer.ok && answer.reason === 'failed' ? answer.message : 'no answer from the page';
    reportFailure('console: preview a tool', message);
    return { ok: false, reason: 'failed', message };
  } catch (error) {
    const reason = classifyTabError(error);
    if (reason === 'failed') reportFailure('console: preview a tool', error);
    return { ok: false, reason, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Calls `changed` when a tab opens, closes or finishes loading, so the preview can follow. */
export function watchTabs(changed: (tabId: number, how: 'updated' | 'removed' | 'created') => void): () => void {
  const updated = (tabId: number, info: { status?: string; url?: string }) => {
    if (info.status === 'complete' || info.url) changed(tabId, 'updated');
  };
  const removed = (tabId: number) => changed(tabId, 'removed');
  const created = (tab: { id?: number }) => tab.id !== undefined && changed(tab.id, 'created');
  browser.tabs.onUpdated.addListener(updated);
  browser.tabs.onRemoved.addListener(removed);
  browser.tabs.onCreated.addListener(created);
  return () => {
    browser.tabs.onUpdated.removeListener(updated);
    browser.tabs.onRemoved.removeListener(removed);
    browser.tabs.onCreated.removeListener(created);
  };
}
