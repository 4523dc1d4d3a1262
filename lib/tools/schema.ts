import { z } from 'zod';
import { CallStateSchema, ChannelSchema } from '../conversation/schema';
import { BUILTIN_TOOL_IDS } from './builtin-ids';
import { idTemplateProblem, matchPatternProblem } from './url';

/**
 * A support tool described with selectors instead of code: a team lead's in-house tool in the
 * console, a tool a team's pack carries, or a fix to a built-in tool's selectors shipped in a
 * pack (`extends`). `customAdapter` (lib/page/adapters/custom.ts) turns it into an Adapter.
 * Kept apart from it so the content script never bundles the validator.
 *
 * Where a part may be found in more than one way, give a list: the first that finds something
 * is used, and Kizuki falls back on the page's structure when none does.
 */
const Selector = z.string().min(1).max(500);
const Selectors = z.union([Selector, z.array(Selector).min(1).max(10)]);

const SpeakerRule = z.strictObject({
  selector: Selector.optional().meta({ description: "The message matches this (itself or an ancestor)." }),
  authorHas: z.array(z.string().min(1).max(200)).min(1).max(20).optional().meta({ description: 'The author line contains one of these: text, or {customer.email} / {customer.name} (as read from the page).' }),
});

export const CustomToolSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/).meta({ description: 'Lower-case letters, digits and hyphens; a tool with the same id from a stronger source replaces this one.' }),
  name: z.string().min(1).max(80).meta({ description: 'Shown to the team lead in the console.' }),
  /** A built-in tool this definition corrects (packs only): its selectors are tried before the tool's own code. */
  extends: z.string().regex(/^[a-z0-9-]{1,40}$/).optional().meta({ description: `The built-in tool this corrects, by its adapter id (${BUILTIN_TOOL_IDS.join(', ')}): the selectors given here are tried first, the tool's own code after, then the page's structure.` }),
  /** Match pattern of the tool's pages, e.g. "https://support.example.co.jp/tickets/*" (a port may be given). */
  urlPattern: z.string().min(1).max(300).meta({ description: 'Match pattern of the tool\'s pages, e.g. "https://support.example.co.jp/tickets/*" (in a pack, without a port).' }),
  detect: Selector.optional().meta({ description: 'Present only on the tool\'s conversation pages.' }),
  messages: Selectors.optional().meta({ description: 'Selector of one message in the conversation.' }),
  text: Selectors.optional().meta({ description: 'Selector of the text inside a message; the message itself when absent.' }),
  author: Selector.optional().meta({ description: 'Selector of the author line inside a message (for speaker rules by text).' }),
  skip: Selector.optional().meta({ description: 'Parts of a message to leave out (quoted history and signatures are left out anyway).' }),
  customerMessage: Selector.optional().meta({ description: "Selector a message matches (itself or an ancestor) when the customer wrote it; other messages are the agent's." }),
  speakers: z.strictObject({
    customer: SpeakerRule.optional(),
    agent: SpeakerRule.optional(),
    otherwise: z.enum(['customer', 'agent', 'structure']).optional().meta({ description: 'A message no rule decides: this side, or told from the page\'s structure.' }),
  }).optional().meta({ description: 'Who wrote each message: { "customer": { "selector" | "authorHas" }, "agent": { … }, "otherwise": "agent" | "customer" | "structure" }.' }),
  draft: Selectors.optional().meta({ description: 'Selector of the reply box; " >>> " steps into an iframe or shadow root ("iframe.cke_wysiwyg_frame >>> body").' }),
  draftSkip: Selector.optional().meta({ description: "Parts of the reply box that are not the agent's words (their signature)." }),
  conversationIdFromUrl: z.string().min(1).max(200).optional().meta({ description: 'Where the id sits in the address: /tickets/{id}, ?id={id}, #/conversation/{id} (* skips one path part).' }),
  conversationIdSelector: Selector.optional().meta({ description: 'Selector of the element holding the conversation id, when the address does not.' }),
  conversationIdAttribute: z.string().min(1).max(60).optional().meta({ description: "The attribute of that element holding the id; its text when absent." }),
  customerName: Selectors.optional().meta({ description: "Selector of the customer's name." }),
  customerKey: Selectors.optional().meta({ description: "Selector of the customer's email, phone or id." }),
  channel: ChannelSchema.optional().meta({ description: 'chat, voice or email, when the tool serves one channel.' }),
  callState: z.strictObject({
    selector: Selector,
    /** Text shown by the tool for each call state, e.g. { "connected": "通話中" }. */
    labels: z.partialRecord(CallStateSchema, z.string().min(1)),
  }).optional().meta({ description: 'Where the tool shows the call\'s state, and its text for each state: { "selector": ".call", "labels": { "connected": "通話中" } }.' }),
});

export type CustomTool = z.infer<typeof CustomToolSchema>;

/** One thing wrong with a tool description: which field, and a code the console words in the agent's language. */
export interface ToolProblem {
  field: string;
  code: 'required' | 'too-long' | 'format' | 'selector' | 'pattern-format' | 'pattern-scheme' | 'pattern-host' | 'pattern-port-on-firefox' | 'id-template-one' | 'id-template-query' | 'unknown-field' | 'id-format' | 'extends-unknown' | 'duplicate-id';
  /** The offending value, for the message. */
  value?: string;
}

const SELECTOR_FIELDS = ['messages', 'text', 'author', 'skip', 'customerMessage', 'draft', 'draftSkip', 'conversationIdSelector', 'customerName', 'customerKey', 'detect'] as const;

function zodProblems(error: z.ZodError): ToolProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '';
    if (issue.code === 'unrecognized_keys') return { field: issue.keys[0] ?? '', code: 'unknown-field' };
    if (issue.code === 'too_big') return { field, code: 'too-long' };
    if (issue.code === 'invalid_format' && field === 'id') return { field, code: 'id-format' };
    if (issue.code === 'invalid_type' && issue.input === undefined) return { field, code: 'required' };
    if (issue.code === 'too_small') return { field, code: 'required' };
    return { field, code: 'format' };
  });
}

/**
 * What the shape alone cannot say: the match pattern (with a port only where the browser
 * honours one), the id template, every selector (where a DOM is at hand to parse it), a
 * built-in tool that `extends` names, and that something is read at all.
 */
export function toolRuleProblems(input: unknown, browser: 'chrome' | 'firefox' = 'chrome'): ToolProblem[] {
  const problems: ToolProblem[] = [];
  if (!input || typeof input !== 'object' || Array.isArray(input)) return problems;
  const raw = input as Partial<Record<string, unknown>>;
  if (typeof raw.urlPattern === 'string') {
    const problem = matchPatternProblem(raw.urlPattern, browser);
    if (problem) problems.push({ field: 'urlPattern', code: `pattern-${problem}`, value: raw.urlPattern });
  }
  if (typeof raw.conversationIdFromUrl === 'string') {
    const problem = idTemplateProblem(raw.conversationIdFromUrl);
    if (problem) problems.push({ field: 'conversationIdFromUrl', code: problem === 'one-id' ? 'id-template-one' : 'id-template-query', value: raw.conversationIdFromUrl });
  }
  const probe = typeof document === 'undefined' ? null : document.createDocumentFragment();
  const selectorsOf = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
  for (const field of SELECTOR_FIELDS) {
    for (const selector of selectorsOf(raw[field])) {
      if (probe && !selector.split('>>>').every((step) => isValidSelector(probe, step.trim()))) problems.push({ field, code: 'selector', value: selector });
    }
  }
  const call = raw.callState as { selector?: unknown } | undefined;
  if (probe && typeof call?.selector === 'string' && !isValidSelector(probe, call.selector)) problems.push({ field: 'callState.selector', code: 'selector', value: call.selector });
  if (typeof raw.extends === 'string' && !(BUILTIN_TOOL_IDS as readonly string[]).includes(raw.extends)) problems.push({ field: 'extends', code: 'extends-unknown', value: raw.extends });
  if (!raw.extends && raw.messages === undefined && raw.draft === undefined) problems.push({ field: 'messages', code: 'required' });
  return problems;
}

/** Checks everything at once — the shape and every rule above — so a team lead fixes it in one go. */
export function validateCustomTool(input: unknown, browser: 'chrome' | 'firefox' = 'chrome'): { ok: true; tool: CustomTool } | { ok: false; problems: ToolProblem[] } {
  const parsed = CustomToolSchema.safeParse(input);
  const problems: ToolProblem[] = [...(parsed.success ? [] : zodProblems(parsed.error)), ...toolRuleProblems(parsed.success ? parsed.data : input, browser)];
  return problems.length || !parsed.success ? { ok: false, problems: dedupe(problems) } : { ok: true, tool: parsed.data };
}

function dedupe(problems: ToolProblem[]): ToolProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.field}|${p.code}|${p.value ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isValidSelector(probe: DocumentFragment, selector: string): boolean {
  if (!selector) return false;
  try {
    probe.querySelector(selector);
    return true;
  } catch {
    return false;
  }
}
