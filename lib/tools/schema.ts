import { z } from 'zod';
import { CallStateSchema, ChannelSchema } from '../conversation/schema';
import { urlTemplateProblem } from './url-template';

/**
 * An in-house support tool described by a team lead with selectors instead of code. Saved in
 * the rules store and shareable in a pack; `customAdapter` (custom.ts) turns it into an
 * Adapter. Kept apart from custom.ts so the content script never bundles the validator.
 */
export const CustomToolSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/, 'An id is lower-case letters, digits and hyphens.'),
  name: z.string().min(1).max(80),
  /** Match pattern of the tool's pages, e.g. "https://support.example.co.jp/tickets/*". */
  urlPattern: z.string().regex(/^(https?|\*):\/\/(\*|\*\.[^/*]+|[^/*]+)\/.*$/, 'Use a match pattern like https://support.example.com/*'),
  messages: z.string().min(1).meta({ description: 'Selector of one message in the conversation.' }),
  customerMessage: z.string().min(1).meta({ description: "Selector a message matches (itself or an ancestor) when the customer wrote it; other messages are the agent's." }),
  text: z.string().min(1).optional().meta({ description: 'Selector of the text inside a message; the message itself when absent.' }),
  draft: z.string().min(1).meta({ description: 'Selector of the reply box (textarea or contenteditable).' }),
  conversationIdFromUrl: z.string().min(1).optional().meta({ description: 'Where the id sits in the address, like /tickets/{id} (* skips one path part).' }),
  conversationIdSelector: z.string().min(1).optional(),
  conversationIdAttribute: z.string().min(1).optional(),
  customerName: z.string().min(1).optional(),
  customerKey: z.string().min(1).optional().meta({ description: "Selector of the customer's email, phone or id." }),
  channel: ChannelSchema.optional(),
  callState: z.strictObject({
    selector: z.string().min(1),
    /** Text shown by the tool for each call state, e.g. { "connected": "通話中" }. */
    labels: z.partialRecord(CallStateSchema, z.string().min(1)),
  }).optional(),
});

export type CustomTool = z.infer<typeof CustomToolSchema>;

const SELECTOR_FIELDS = ['messages', 'customerMessage', 'text', 'draft', 'conversationIdSelector', 'customerName', 'customerKey'] as const;

/** Checks selectors and the id template too, so a broken description is refused when saved. */
export function validateCustomTool(input: unknown): { ok: true; tool: CustomTool } | { ok: false; problems: string[] } {
  const parsed = CustomToolSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(tool)'}: ${issue.message}`) };
  }
  const tool = parsed.data;
  const problems: string[] = [];
  const probe = typeof document === 'undefined' ? null : document.createDocumentFragment();
  for (const key of SELECTOR_FIELDS) {
    const selector = tool[key];
    if (selector && probe && !isValidSelector(probe, selector)) problems.push(`${key}: "${selector}" is not a valid CSS selector.`);
  }
  if (tool.callState && probe && !isValidSelector(probe, tool.callState.selector)) {
    problems.push(`callState.selector: "${tool.callState.selector}" is not a valid CSS selector.`);
  }
  const templateProblem = tool.conversationIdFromUrl ? urlTemplateProblem(tool.conversationIdFromUrl) : null;
  if (templateProblem) problems.push(`conversationIdFromUrl: ${templateProblem}`);
  return problems.length ? { ok: false, problems } : { ok: true, tool };
}

function isValidSelector(probe: DocumentFragment, selector: string): boolean {
  try {
    probe.querySelector(selector);
    return true;
  } catch {
    return false;
  }
}
