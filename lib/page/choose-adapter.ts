import { reportFailure } from '../diagnostics/log';
import { compileMatchPattern } from '../tools/url';
import { customAdapter, type CustomTool } from './adapters/custom';
import { withFallbacks } from './adapters/fallback';
import { genericAdapter } from './adapters/generic';
import type { Adapter } from './adapters/types';

function matcher(pattern: string): (url: URL) => boolean {
  const compiled = compileMatchPattern(pattern);
  if (compiled) return compiled;
  reportFailure('page: match pattern', `"${pattern}" is not a match pattern`);
  return () => false;
}

/**
 * Which adapter reads this page: a team lead's description of an in-house tool first (it is
 * the most specific; one that `extends` a built-in tool corrects that tool's selectors), then
 * the built-in adapters, then — only on sites the agent enabled — the generic reader.
 */
export function createAdapterChooser(
  known: (root: ParentNode, url: URL) => Adapter | null,
  customTools: readonly CustomTool[] = [],
  enabledSites: readonly string[] = [],
  builtIns: readonly Adapter[] = [],
): (root: ParentNode, url: URL) => Adapter | null {
  const customs = customTools.map((tool) => {
    const base = tool.extends ? builtIns.find((a) => a.id === tool.extends) : undefined;
    return { adapter: withFallbacks(customAdapter(tool, base)), applies: matcher(tool.urlPattern) };
  });
  const enabled = enabledSites.map(matcher);
  return (root, url) => {
    for (const { adapter, applies } of customs) if (applies(url) && adapter.detect(root, url)) return adapter;
    const builtIn = known(root, url);
    if (builtIn) return builtIn;
    if (enabled.some((applies) => applies(url))) return genericAdapter;
    return null;
  };
}
