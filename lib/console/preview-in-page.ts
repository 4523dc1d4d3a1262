import type { CallState, Channel, Speaker } from '../conversation/schema';
import type { ReadingHow } from '../conversation/snapshot';
import type { StructureApi } from '../page/structure/api';
import type { CustomTool } from '../tools/schema';

/** Parts found once on the page: each selector of the list with how many elements it finds. */
export type PagePart = 'messages' | 'draft' | 'customerName' | 'customerKey' | 'conversationIdSelector' | 'detect' | 'callState';
/** Parts looked for inside each message. */
export type MessagePart = 'text' | 'author' | 'skip' | 'customerMessage' | 'agentMessage';

export interface SelectorFound {
  selector: string;
  count: number;
}

export interface PartMatch {
  selectors: SelectorFound[];
  /** The first selector of the list that finds something: the one Kizuki uses. */
  used: number | null;
}

export interface InMessageMatch {
  selector: string;
  /** In how many of the messages it finds something (a side's selector: how many messages are that side's). */
  messages: number;
}

export interface PreviewTurn {
  from: Speaker;
  text: string;
}

/** What the description reads on the open page: plain data, sent back from the tab. */
export interface ToolPreview {
  url: string;
  title: string;
  /** Would Kizuki take this page for the tool's conversation view? */
  detected: boolean;
  page: Partial<Record<PagePart, PartMatch>>;
  /** How many messages the message selector found: the "of" for `inMessages`. */
  messageCount: number;
  inMessages: Partial<Record<MessagePart, InMessageMatch>>;
  id: { value: string | null; from: 'address' | 'selector' | 'guessed' | 'none' };
  customer: { name?: string; key?: string } | null;
  draft: string | null;
  turns: PreviewTurn[];
  /** All turns read, when more than `turns` holds. */
  turnCount: number;
  channel: Channel | null;
  call: CallState | null;
  how: ReadingHow;
}

export type PreviewAnswer = { ok: true; preview: ToolPreview } | { ok: false; reason: 'no-reader' } | { ok: false; reason: 'failed'; message: string };

/** How many turns, and how much of each, travel back to the console. */
export const PREVIEW_LIMITS = { turns: 60, text: 400 } as const;

/**
 * Runs in the support tool's tab (browser.scripting.executeScript serialises it): reads the
 * page with the tool description exactly as the content script would, through the structural
 * reader's global (/reader.js, injected first). Because it is serialised, it uses nothing
 * from outside its own body but that global and the DOM; types are erased.
 */
export function previewOnPage(tool: CustomTool, limits: { turns: number; text: number }): PreviewAnswer {
  const api = (globalThis as { __kizukiStructure?: StructureApi }).__kizukiStructure;
  if (!api || typeof api.readPage !== 'function') return { ok: false, reason: 'no-reader' };
  try {
    const doc = document;
    const url = new URL(location.href);
    const list = (v: string | readonly string[] | undefined): readonly string[] => (v === undefined ? [] : typeof v === 'string' ? [v] : v);
    const found = (root: ParentNode, selector: string) => api.deepQueryAll(root, selector);
    const part = (v: string | readonly string[] | undefined): PartMatch | undefined => {
      if (!list(v).length) return undefined;
      const selectors = list(v).map((selector) => ({ selector, count: found(doc, selector).length }));
      const used = selectors.findIndex((s) => s.count > 0);
      return { selectors, used: used === -1 ? null : used };
    };
    const messages = part(tool.messages);
    const usedMessages = messages?.used != null ? messages.selectors[messages.used]?.selector : undefined;
    const items = usedMessages ? found(doc, usedMessages) : [];
    const inside = (v: string | readonly string[] | undefined): InMessageMatch | undefined =>
      list(v).length ? { selector: list(v).join(', '), messages: items.filter((item) => list(v).some((s) => found(item, s).length > 0)).length } : undefined;
    const side = (selector: string | undefined): InMessageMatch | undefined => {
      if (!selector) return undefined;
      // Selectors reach here validated (see previewableTool): a throw would end in the catch below.
      return { selector, messages: items.filter((item) => item.closest(selector) !== null).length };
    };

    const adapter = api.customAdapter(tool);
    const { reading } = api.readPage(adapter, doc, url);
    const how: ReadingHow = reading.how ?? { thread: 'none', speakers: 'none', replyBox: 'none', id: 'none' };
    const idElement = tool.conversationIdSelector ? found(doc, tool.conversationIdSelector)[0] : undefined;
    const idOnPage = idElement ? (tool.conversationIdAttribute ? idElement.getAttribute(tool.conversationIdAttribute) : idElement.textContent?.trim()) : null;
    const id = reading.conversationId;
    // The adapter tries the address template first, then the element: say which one gave the id.
    const inAddress = !!id && (location.href.includes(id) || location.href.includes(encodeURIComponent(id)));
    const from: ToolPreview['id']['from'] = !id ? 'none' : how.id === 'url' ? 'guessed'
      : tool.conversationIdFromUrl && inAddress ? 'address' : idOnPage === id ? 'selector' : 'address';
    const clip = (text: string) => (text.length > limits.text ? `${text.slice(0, limits.text)}…` : text);

    const preview: ToolPreview = {
      url: location.href,
      title: doc.title,
      detected: adapter.detect(doc, url),
      page: {
        messages,
        draft: part(tool.draft),
        customerName: part(tool.customerName),
        customerKey: part(tool.customerKey),
        conversationIdSelector: part(tool.conversationIdSelector),
        detect: part(tool.detect),
        callState: part(tool.callState?.selector),
      },
      messageCount: items.length,
      inMessages: {
        text: inside(tool.text),
        author: inside(tool.author),
        skip: inside(tool.skip),
        customerMessage: side(tool.customerMessage ?? tool.speakers?.customer?.selector),
        agentMessage: side(tool.speakers?.agent?.selector),
      },
      id: { value: id, from },
      customer: reading.customer,
      draft: reading.draft,
      turns: reading.turns.slice(-limits.turns).map((turn) => ({ from: turn.from, text: clip(turn.text) })),
      turnCount: reading.turns.length,
      channel: reading.channel ?? null,
      call: reading.call?.state ?? null,
      how,
    };
    // Parts the description leaves out are dropped, so the answer is plain JSON.
    return { ok: true, preview: JSON.parse(JSON.stringify(preview)) as ToolPreview };
  } catch (error) {
    return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
