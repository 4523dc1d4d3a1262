import { reportFailure } from '../diagnostics/log';
import { compileMatchPattern } from '../tools/url';
import type { CustomTool } from '../tools/schema';
import { structure } from './structure/api';
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
/** Whether a custom tool, an enabled site or a built-in tool claims an address. */
export function createClaimTest(customTools: readonly CustomTool[], enabledSites: readonly string[], builtIns: readonly Adapter[], onHost: (adapter: Adapter, url: URL) => boolean): (url: URL) => boolean {
  const tests = [...customTools.map((t) => t.urlPattern), ...enabledSites].map(matcher);
  return (url) => tests.some((test) => test(url)) || builtIns.some((adapter) => onHost(adapter, url));
}

export function createAdapterChooser(
  known: (root: ParentNode, url: URL) => Adapter | null,
  customTools: readonly CustomTool[] = [],
  enabledSites: readonly string[] = [],
  builtIns: readonly Adapter[] = [],
): (root: ParentNode, url: URL) => Adapter | null {
  const customs = customTools.map((tool) => ({ tool, applies: matcher(tool.urlPattern), adapter: null as Adapter | null }));
  const enabled = enabledSites.map(matcher);
  return (root, url) => {
    for (const custom of customs) {
      if (!custom.applies(url)) continue;
      // A described tool is read with the structural reader's help: it is fetched on the tool's first page.
      const reader = structure();
      if (!reader) return null;
      const base = custom.tool.extends ? builtIns.find((a) => a.id === custom.tool.extends) : undefined;
      custom.adapter ??= withFallbacks(reader.customAdapter(custom.tool, base));
      if (custom.adapter.detect(root, url)) return custom.adapter;
    }
    const builtIn = known(root, url);
    if (builtIn) return builtIn;
    if (enabled.some((applies) => applies(url))) return genericAdapter;
    return null;
  };
}
