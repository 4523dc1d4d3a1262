import { MatchPattern } from 'wxt/utils/match-patterns';
import { customAdapter, type CustomTool } from './adapters/custom';
import { genericAdapter } from './adapters/generic';
import type { Adapter } from './adapters/types';
import { reportFailure } from '../diagnostics/log';

function matcher(pattern: string): (url: URL) => boolean {
  try {
    const compiled = new MatchPattern(pattern);
    return (url) => compiled.includes(url);
  } catch (error) {
    reportFailure(`page: match pattern ${pattern}`, error);
    return () => false;
  }
}

/**
 * Which adapter reads this page: a team lead's description of an in-house tool first (it is
 * the most specific), then the built-in adapters, then — only on sites the agent enabled —
 * the generic reader that finds any reply box.
 */
export function createAdapterChooser(
  known: (root: ParentNode, url: URL) => Adapter | null,
  customTools: CustomTool[] = [],
  enabledSites: string[] = [],
): (root: ParentNode, url: URL) => Adapter | null {
  const customs = customTools.map((tool) => ({ adapter: customAdapter(tool), applies: matcher(tool.urlPattern) }));
  const enabled = enabledSites.map(matcher);
  return (root, url) => {
    for (const { adapter, applies } of customs) if (applies(url) && adapter.detect(root, url)) return adapter;
    const builtIn = known(root, url);
    if (builtIn) return builtIn;
    if (enabled.some((applies) => applies(url))) return genericAdapter;
    return null;
  };
}
