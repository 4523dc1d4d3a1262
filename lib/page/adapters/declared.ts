import type { CustomTool } from '../../tools/schema';
import { compileIdTemplate } from '../../tools/url';
import { emailIn, firstText, guardRead, safeMatches, safeQuery } from './shared';
import { customerOf, oldestFirst, readTurns } from './thread';
import type { Adapter } from './types';

/**
 * A built-in tool described in the custom-tool format (lib/tools/schema.ts) instead of code,
 * wherever selectors say everything: which element is a message, its text, who wrote it, the
 * customer, the reply box, where the id sits. A pack's fix (`extends`) overrides the same
 * fields. This reader covers the part of the format that needs no page-structure inference, so
 * it fits in the content script; a custom tool's description, which may lean on that inference
 * (author lines, "otherwise: structure"), is read by the on-demand reader (custom.ts).
 */
export type Declaration = Pick<CustomTool, 'id' | 'name' | 'detect' | 'messages' | 'text' | 'skip' | 'speakers' | 'customerName' | 'customerKey' | 'draft' | 'draftSkip' | 'conversationIdFromUrl' | 'channel'> & {
  /** The built-in tool's match patterns (a custom tool has one `urlPattern`). */
  matches: string[];
};

/** What the format cannot say; each built-in that needs one says why beside it. */
export interface DeclarationCode {
  /** Whether an address is one of the tool's pages, before any markup is looked at. */
  onPage?(url: URL): boolean;
  /** The tool's own id for a message element. */
  turnId?(item: Element): string | null | undefined;
  /** The tool lists messages newest first (the messages' times decide when they have them). */
  newestFirst?: boolean;
}

const list = (v: string | readonly string[] | undefined): readonly string[] => (v === undefined ? [] : typeof v === 'string' ? [v] : v);
const first = (root: ParentNode, selectors: string | readonly string[] | undefined) => list(selectors).map((s) => firstText(root, s)).find(Boolean);

export function declaredAdapter(declared: Declaration, code: DeclarationCode = {}): Adapter {
  const item = list(declared.messages).join(', ');
  const customer = declared.speakers?.customer?.selector;
  const agent = declared.speakers?.agent?.selector;
  // A message neither rule claims (an internal note, a system line) is left out unless the declaration names a side.
  const otherwise = declared.speakers?.otherwise === 'customer' || declared.speakers?.otherwise === 'agent' ? declared.speakers.otherwise : null;
  const idOf = declared.conversationIdFromUrl ? compileIdTemplate(declared.conversationIdFromUrl) : null;
  const spec = {
    item,
    body: list(declared.text).join(', ') || undefined,
    skip: declared.skip,
    author: (el: Element) => (customer && safeMatches(el, customer) ? 'customer' : agent && safeMatches(el, agent) ? 'agent' : otherwise),
    id: code.turnId,
  } as const;
  return {
    id: declared.id,
    name: declared.name,
    matches: declared.matches,
    detect: (root, url) => (code.onPage?.(url) ?? true) && safeQuery(root, declared.detect ?? item) !== null,
    read: (root, url) =>
      guardRead(() => {
        const turns = readTurns(root, spec);
        return {
          conversationId: idOf?.(url) ?? null,
          customer: customerOf(first(root, declared.customerName), emailIn(first(root, declared.customerKey))),
          turns: code.newestFirst ? oldestFirst(turns) : turns,
          ...(declared.channel ? { channel: declared.channel } : {}),
        };
      }),
    composer: (root) => list(declared.draft).map((s) => safeQuery(root, s)).find(Boolean) ?? null,
    ...(declared.draftSkip ? { draftSkip: declared.draftSkip } : {}),
  };
}
