import { browser } from 'wxt/browser';
import { hasToolPermission, loadCustomTools } from '../packs/custom-tools';
import { compileMatchPattern } from '../tools/url';

/**
 * Where a "not detected" is fixed. An agent can let Kizuki read the site ("Read this site");
 * a team lead describes the tool, checks its description or grants its access again in the
 * console's Support tools section.
 */
export function consoleToolsUrl(): string {
  return `${browser.runtime.getURL('/options.html')}#/tools`;
}

export interface ToolWithoutAccess {
  name: string;
  /** The page is known to be one of the tool's; otherwise the browser did not say where the tab is. */
  certain: boolean;
}

/** Described tools that may not read their pages any more (access withdrawn in the browser's settings), for this tab. */
export async function toolsWithoutAccess(tabId: number | null): Promise<ToolWithoutAccess[]> {
  const tools = await loadCustomTools();
  if (!tools.length) return [];
  const url = tabId === null ? undefined : (await browser.tabs.get(tabId).catch(() => undefined))?.url;
  const lacking = await Promise.all(tools.map(async (tool) => ((await hasToolPermission(tool.urlPattern)) ? null : tool)));
  return lacking.flatMap((tool): ToolWithoutAccess[] => {
    if (!tool) return [];
    if (!url) return [{ name: tool.name, certain: false }];
    const matches = compileMatchPattern(tool.urlPattern);
    return matches?.(new URL(url)) ? [{ name: tool.name, certain: true }] : [];
  });
}
