import type { CustomTool } from './schema';

/**
 * The tools the content script tries, most authoritative first. A pack's tool replaces a
 * console tool of the same id (`packTools` already stacks policy over the subscription and
 * the imported pack), the way a filter list's fix reaches every browser without a release.
 * Type-only import: the content script uses this, and it must not bundle the validator.
 */
export function effectiveTools(packTools: readonly CustomTool[], consoleTools: readonly CustomTool[]): CustomTool[] {
  const taken = new Set(packTools.map((tool) => tool.id));
  return [...packTools, ...consoleTools.filter((tool) => !taken.has(tool.id))];
}
