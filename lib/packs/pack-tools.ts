import { browser } from 'wxt/browser';
import type { Pack } from '../engine';
import { reportFailure } from '../diagnostics/log';
import { packToolsSetting } from '../page/settings';
import { readSetting, writeSetting } from '../settings/store';
import type { CustomTool } from '../tools/schema';
import { loadTeamSources } from './active';
import type { PackSources } from './compose';
import { packRevisionSetting, subscriptionSetting } from './settings';
import { canonicalJson } from './canonical-json';
import { hasToolPermission, loadCustomTools, registerToolScript, unregisterToolScript } from './custom-tools';

/** Where a tool definition comes from, weakest first: the console's form, then the packs as their rules stack. */
export type ToolSource = 'console' | 'subscription' | 'team' | 'managed';

const PACK_ORDER = ['subscription', 'team', 'managed'] as const;

export interface ListedTool {
  tool: CustomTool;
  /** The source whose definition is in force. */
  source: ToolSource;
  /** Weaker sources that define the same id, and are not used. */
  overrides: ToolSource[];
}

/**
 * Every tool definition, one per id, most authoritative first: policy > imported pack >
 * subscription > console. A pack's fix must reach every agent however their console was set up,
 * and the policy is the organisation's last word (as for rules).
 */
export function toolCatalog(sources: Pick<PackSources, 'subscription' | 'team' | 'managed'>, consoleTools: readonly CustomTool[] = []): ListedTool[] {
  const byId = new Map<string, ListedTool>();
  const layers: [ToolSource, readonly CustomTool[]][] = [['console', consoleTools], ...PACK_ORDER.map((source): [ToolSource, readonly CustomTool[]] => [source, (sources[source] as Pack | null | undefined)?.tools ?? []])];
  for (const [source, tools] of layers) {
    for (const tool of tools) {
      const previous = byId.get(tool.id);
      byId.set(tool.id, { tool, source, overrides: previous ? [...previous.overrides, previous.source] : [] });
    }
  }
  const rank = (source: ToolSource) => layers.findIndex(([s]) => s === source);
  // Stable: within one source, the pack's own order stays.
  return [...byId.values()].sort((a, b) => rank(b.source) - rank(a.source));
}

/** The packs' tools alone, as the content script reads them (it adds the console's own below them). */
export function packTools(sources: Pick<PackSources, 'subscription' | 'team' | 'managed'>): CustomTool[] {
  return toolCatalog(sources).map((entry) => entry.tool);
}

/**
 * Writes the packs' tools where the content script reads them, when they changed, and has the
 * content script load on a new tool's pages where Kizuki already may read them (no prompt: a
 * permission is only ever asked for in the console, from the lead's click). A fix to a built-in
 * tool needs nothing: the built-in tool's pages already load the content script.
 */
export async function syncPackTools(): Promise<void> {
  const next = packTools(await loadTeamSources());
  const previous = await readSetting(packToolsSetting);
  if (canonicalJson(previous) === canonicalJson(next)) return;
  await writeSetting(packToolsSetting, next);
  for (const tool of next.filter((t) => !t.extends)) {
    if (await hasToolPermission(tool.urlPattern)) await registerToolScript(tool);
  }
  // A tool no pack carries any more stops loading Kizuki on its pages, unless the console describes it too.
  const kept = new Set([...next.map((t) => t.id), ...(await loadCustomTools()).map((t) => t.id)]);
  for (const gone of previous.filter((t) => !kept.has(t.id))) await unregisterToolScript(gone);
}

/** For the background: keeps the packs' tools current as packs are imported, fetched or set by policy. */
export function startPackToolSync(): void {
  const sync = () => void syncPackTools().catch((error: unknown) => reportFailure('packs: share the tools', error));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && (packRevisionSetting.key in changes || subscriptionSetting.key in changes))) sync();
  });
  sync();
}
