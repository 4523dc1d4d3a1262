import { z } from 'zod';
import { CustomToolSchema, toolRuleProblems, type ToolProblem } from './schema';

/**
 * The tools a pack carries (`tools: [...]`), in the console's custom-tool format: new tools,
 * and fixes to a built-in tool's selectors (`extends`). A pack travels to every browser, so
 * its match patterns are held to the rules both browsers honour (no port: Firefox has none).
 */
export const PackToolsSchema = z.array(CustomToolSchema).meta({
  description: "Support tools described with selectors (the console's custom-tool format): new tools, and fixes to a built-in tool's selectors (`extends`). See docs/custom-tools.md.",
});

/** A tool problem at its place in the pack: `path` is the JSON path below `tools`. */
export interface PackToolProblem {
  path: (string | number)[];
  problem: ToolProblem;
}

/** Everything the shape alone cannot say about a pack's tools, each tool checked even when another is broken. */
export function packToolProblems(tools: unknown): PackToolProblem[] {
  if (!Array.isArray(tools)) return [];
  const out: PackToolProblem[] = [];
  const seen = new Map<string, number>();
  tools.forEach((tool: unknown, i) => {
    for (const problem of toolRuleProblems(tool, 'firefox')) out.push({ path: ['tools', i, ...problem.field.split('.')], problem });
    const id = (tool as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else out.push({ path: ['tools', i, 'id'], problem: { field: 'id', code: 'duplicate-id', value: id } });
  });
  return out;
}

const SENTENCES: Record<ToolProblem['code'], (value: string) => string> = {
  required: () => 'This is needed: a tool reads messages or a reply box.',
  'too-long': () => 'This is too long.',
  format: () => 'This is not in the expected form.',
  selector: (v) => `"${v}" is not a CSS selector the browser can use.`,
  'pattern-format': (v) => `"${v}" is not a match pattern; write it like "https://support.example.com/tickets/*".`,
  'pattern-scheme': (v) => `"${v}" must start with http://, https:// or *://.`,
  'pattern-host': (v) => `The host in "${v}" is not a host name.`,
  'pattern-port-on-firefox': (v) => `"${v}" names a port, which Firefox cannot match; a pack serves every browser, so leave the port out.`,
  'id-template-one': (v) => `"${v}" must hold {id} exactly once.`,
  'id-template-query': (v) => `"${v}": after "?" write one name={id}.`,
  'unknown-field': () => 'This field is not part of a tool description.',
  'id-format': () => 'A tool id is lower-case letters, digits and hyphens, like "acme-desk".',
  'extends-unknown': (v) => `"${v}" is not a built-in tool; extends names one of Kizuki's own tools by its id.`,
  'duplicate-id': (v) => `Another tool in this pack already has the id "${v}".`,
};

/** The problem in plain English, for `kizuki lint` and every door that reports in English. */
export function toolProblemSentence(problem: ToolProblem): string {
  return SENTENCES[problem.code](problem.value ?? '');
}
