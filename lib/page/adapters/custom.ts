import type { CallState } from '../../conversation/schema';
import type { CustomTool } from '../../tools/schema';
import { compileUrlTemplate } from '../../tools/url-template';
import { firstText, guardRead, safeMatches, safeQuery } from './shared';
import { readTurns } from './thread';
import type { Adapter, AdapterReading } from './types';

type IdFromUrl = ((pathAndHash: string) => string | null) | null;

function conversationId(tool: CustomTool, root: ParentNode, url: URL, idPattern: IdFromUrl): string | null {
  const fromUrl = idPattern?.(url.pathname + url.hash);
  if (fromUrl) return fromUrl;
  if (tool.conversationIdSelector) {
    const el = safeQuery(root, tool.conversationIdSelector);
    const value = tool.conversationIdAttribute ? el?.getAttribute(tool.conversationIdAttribute) : el?.textContent?.trim();
    if (value) return value;
  }
  // Without any id, the page itself is the conversation.
  return idPattern || tool.conversationIdSelector ? null : url.pathname;
}

function callState(tool: CustomTool, root: ParentNode): AdapterReading['call'] {
  if (!tool.callState) return null;
  const shown = firstText(root, tool.callState.selector);
  if (!shown) return null;
  for (const [state, label] of Object.entries(tool.callState.labels)) {
    if (label && shown.includes(label)) return { state: state as CallState };
  }
  return null;
}

export type { CustomTool };

/** The Adapter for a team lead's description of their tool. Never throws on odd markup. */
export function customAdapter(tool: CustomTool): Adapter {
  const idPattern = tool.conversationIdFromUrl ? compileUrlTemplate(tool.conversationIdFromUrl) : null;
  return {
    id: `custom-${tool.id}`,
    name: tool.name,
    matches: [tool.urlPattern],
    detect: (root) => safeQuery(root, tool.messages) !== null || safeQuery(root, tool.draft) !== null,
    read: (root, url) =>
      guardRead(() => {
        const call = callState(tool, root);
        return {
          conversationId: conversationId(tool, root, url, idPattern),
          customer: {
            ...(tool.customerName ? { name: firstText(root, tool.customerName) } : {}),
            ...(tool.customerKey ? { key: firstText(root, tool.customerKey) } : {}),
          },
          turns: readTurns(root, {
            item: tool.messages,
            body: tool.text,
            author: (item) => (safeMatches(item, tool.customerMessage) || item.closest(tool.customerMessage) ? 'customer' : 'agent'),
          }),
          channel: tool.channel ?? (call ? 'voice' : undefined),
          call,
        };
      }),
    composer: (root) => safeQuery<HTMLElement>(root, tool.draft),
  };
}
