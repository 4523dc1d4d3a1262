import type { CallState, Speaker } from '../../conversation/schema';
import type { ReadTurn } from '../../conversation/snapshot';
import { compileIdTemplate } from '../../tools/url';
import type { CustomTool } from '../../tools/schema';
import { deepQuery, deepQueryAll, firstOf } from '../dom/locate';
import { conversationIdFromUrl } from '../structure/conversation-id';
import { names, pageCustomer, parseAddress, type Identity } from '../structure/identity';
import { messageParts } from '../structure/message';
import { inferSpeakers } from '../structure/speakers';
import { readStructure } from '../structure/read';
import { ownWords, QUOTE_SELECTORS, SIGNATURE_SELECTORS } from '../text/email';
import { blockText, firstText, guardRead, safeMatches } from './shared';
import type { Adapter, AdapterReading, ReadingHow } from './types';

export type { CustomTool };

const list = (v: string | readonly string[] | undefined): readonly string[] => (v === undefined ? [] : typeof v === 'string' ? [v] : v);

function callState(tool: CustomTool, root: ParentNode): AdapterReading['call'] {
  if (!tool.callState) return null;
  const shown = firstText(root, tool.callState.selector);
  if (!shown) return null;
  for (const [state, label] of Object.entries(tool.callState.labels)) {
    if (label && shown.includes(label)) return { state: state as CallState };
  }
  return null;
}

function conversationId(tool: CustomTool, root: ParentNode, url: URL, fromTemplate: ((url: URL) => string | null) | null, fromBase: string | null): { id: string | null; how: ReadingHow['id'] } {
  const fromUrl = fromTemplate?.(url);
  if (fromUrl) return { id: fromUrl, how: 'tool' };
  if (tool.conversationIdSelector) {
    const el = deepQuery(root, tool.conversationIdSelector);
    const value = tool.conversationIdAttribute ? el?.getAttribute(tool.conversationIdAttribute) : el?.textContent?.trim();
    if (value) return { id: value, how: 'tool' };
  }
  // The built-in tool a fix extends knows its own ids better than a guess from the address.
  if (fromBase) return { id: fromBase, how: 'tool' };
  if (fromTemplate || tool.conversationIdSelector) return { id: null, how: 'none' };
  const guessed = conversationIdFromUrl(url);
  return guessed ? { id: guessed, how: 'url' } : { id: null, how: 'none' };
}

/** The customer as the description's own selectors find them, or null. */
function namedCustomer(tool: CustomTool, root: ParentNode): Identity | null {
  const name = list(tool.customerName).map((s) => firstText(root, s)).find(Boolean);
  const key = list(tool.customerKey).map((s) => firstText(root, s)).find(Boolean);
  if (name || key) {
    // A people box often shows the key as "Name <address>": the name comes with it (a bare id is no name).
    const parsed = key ? parseAddress(key) : {};
    const shownName = name ?? (parsed.email ? parsed.name : undefined);
    return { ...(shownName ? { name: shownName } : {}), ...(key ? { email: parsed.email ?? key } : {}) };
  }
  return null;
}

/** "{customer.email}" and "{customer.name}" in a rule stand for what the page says about the customer. */
function authorMatches(author: string, wanted: readonly string[], customer: Identity): boolean {
  return wanted.some((w) => {
    if (w === '{customer.email}' || w === '{customer.key}') return !!customer.email && names(author, { email: customer.email });
    if (w === '{customer.name}') return !!customer.name && names(author, { name: customer.name });
    return author.toLowerCase().includes(w.toLowerCase());
  });
}

/** The Adapter for a team lead's description of their tool (or a pack's fix to a built-in one). Never throws on odd markup. */
export function customAdapter(tool: CustomTool, base?: Adapter): Adapter {
  const fromTemplate = tool.conversationIdFromUrl ? compileIdTemplate(tool.conversationIdFromUrl) : null;
  const skip = [QUOTE_SELECTORS, SIGNATURE_SELECTORS, tool.skip].filter(Boolean).join(', ');
  const rules = tool.speakers ?? (tool.customerMessage ? { customer: { selector: tool.customerMessage }, otherwise: 'agent' as const } : { otherwise: 'structure' as const });

  function speakerOf(item: Element, author: string, customer: Identity): Speaker | null {
    for (const side of ['customer', 'agent'] as const) {
      const rule = rules[side];
      if (!rule) continue;
      if (rule.selector && (safeMatches(item, rule.selector) || item.closest(rule.selector))) return side;
      if (rule.authorHas && author && authorMatches(author, rule.authorHas, customer)) return side;
    }
    return rules.otherwise === 'customer' || rules.otherwise === 'agent' ? rules.otherwise : null;
  }

  function readThread(root: ParentNode, customer: Identity): { turns: ReadTurn[]; found: boolean; container: Element | null } {
    const found = firstOf(root, list(tool.messages).map((s) => s));
    if (!found) return { turns: [], found: false, container: null };
    const selector = list(tool.messages)[found.index] as string;
    const items = deepQueryAll(root, selector);
    const read = items.map((item) => {
      const body = list(tool.text).map((s) => deepQuery(item, s)).find(Boolean) ?? item;
      const authorEl = tool.author ? deepQuery(item, tool.author) : null;
      const parts = messageParts(item);
      const author = authorEl ? (authorEl.textContent ?? '').replace(/\s+/g, ' ').trim() : parts.header;
      const text = body === item && !tool.skip ? parts.text : ownWords(blockText(body, (el) => el === authorEl || safeMatches(el, skip))).trim();
      return { item, parts: { ...parts, header: author, text }, speaker: speakerOf(item, author, customer) };
    }).filter((m) => m.parts.text && !(m.speaker === null && m.parts.notSaid));
    const undecided = read.filter((m) => m.speaker === null);
    if (undecided.length) {
      const inferred = inferSpeakers(read.map((m) => m.item), read.map((m) => m.parts), customer, {});
      read.forEach((m, i) => { m.speaker ??= inferred.speakers[i] ?? 'customer'; });
    }
    return { turns: read.map((m) => ({ from: m.speaker as Speaker, text: m.parts.text })), found: true, container: items[0]?.parentElement ?? null };
  }

  const composerOf = (root: ParentNode): { element: HTMLElement | null; how: ReadingHow['replyBox'] } => {
    const own = firstOf(root, list(tool.draft));
    if (own) return { element: own.element, how: 'tool' };
    if (base) {
      const element = base.composer(root);
      if (element) return { element, how: 'tool' };
    }
    return { element: null, how: 'none' };
  };

  return {
    id: tool.extends ?? `custom-${tool.id}`,
    name: base?.name ?? tool.name,
    matches: [tool.urlPattern],
    detect: (root, url) =>
      (tool.detect ? deepQuery(root, tool.detect) !== null : firstOf(root, [...list(tool.messages), ...list(tool.draft)]) !== null) || (base?.detect(root, url) ?? false),
    read: (root, url) =>
      guardRead(() => {
        const call = callState(tool, root);
        // An override's selectors come first, the built-in tool's own code after, the page's structure last.
        const own = base?.read(root, url) ?? null;
        const named = namedCustomer(tool, root);
        const customer = named ?? (own?.customer ? { ...(own.customer.name ? { name: own.customer.name } : {}), ...(own.customer.key ? { email: own.customer.key } : {}) } : pageCustomer(root, null));
        const thread = tool.messages ? readThread(root, customer) : { turns: [], found: false, container: null };
        const fromBase = !thread.found && (own?.turns.length ?? 0) > 0;
        const structural = thread.found || fromBase ? null : readStructure(root, url, { composer: composerOf(root).element });
        const id = conversationId(tool, root, url, fromTemplate, own?.conversationId ?? null);
        return {
          ...(own ?? {}),
          conversationId: id.id,
          customer: customer.name || customer.email ? { ...(customer.name ? { name: customer.name } : {}), ...(customer.email ? { key: customer.email } : {}) } : null,
          turns: thread.found ? thread.turns : fromBase ? (own?.turns ?? []) : structural?.turns ?? [],
          channel: tool.channel ?? (call ? 'voice' : own?.channel),
          call: call ?? own?.call ?? null,
          how: {
            thread: thread.found || fromBase ? 'tool' : structural?.turns.length ? 'structure' : 'none',
            speakers: thread.found ? (rules.otherwise === 'structure' ? 'structure' : 'tool') : fromBase ? 'tool' : structural?.turns.length ? 'structure' : 'none',
            replyBox: composerOf(root).how,
            id: id.how,
            // A tool described by its team lead may well be a classic one; one it extends is not.
            ...(base ? {} : { replyApart: true }),
          },
        };
      }),
    composer: (root) => composerOf(root).element,
    draftSkip: [SIGNATURE_SELECTORS, QUOTE_SELECTORS, tool.draftSkip, base?.draftSkip].filter(Boolean).join(', '),
    ...(base?.observe ? { observe: base.observe } : {}),
  };
}
