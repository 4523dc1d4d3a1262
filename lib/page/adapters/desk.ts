/**
 * Adapter for the desk — Kizuki's local stand-in support tool (tests/desk), served under
 * /desk/ on localhost. Code, not a declaration (declared.ts): who wrote a line, the channel,
 * direction and call state are attribute values, which the format reads no value from.
 *
 * What the selectors rest on: the desk marks everything it shows with data-desk-*
 * attributes that it keeps stable for exactly this purpose; no class names or layout.
 *   [data-desk-root]                         the app (detect)
 *   [data-desk-conversation-id="<id>"]       the open conversation's section, with
 *       [data-desk-channel] [data-desk-direction] on the same element
 *   [data-desk-message][data-author=customer|agent][data-desk-message-id]
 *       > [data-desk-message-text], time[datetime]        chat and email messages
 *   [data-desk-transcript-line][data-author][data-desk-line-id]
 *       > [data-desk-transcript-text], time[datetime]     a call's live transcript
 *   [data-desk-call][data-desk-call-state][data-desk-call-started]   the softphone strip
 *     > [data-desk-call-timer]                               its own elapsed time ("03:12")
 *   [data-desk-customer-name], [data-desk-customer-key="<key>"]      the customer panel
 *   [data-desk-composer][data-desk-composer-role=reply|notes]        the composer's editable,
 *       in the page or inside [data-desk-composer-frame] (TinyMCE's same-origin iframe)
 * On a call the composer holds the agent's notes, not a reply, so it is not the draft.
 */
import { innerRoot } from '../dom/locate';
import { safeQueryAll } from './shared';
import { CALL_STATES, CHANNELS, DIRECTIONS, SPEAKERS, oneOf } from '../../conversation/values';
import { cachedQuery, cachedTurns } from './read-cache';
import { parseElapsed } from '../../conversation/call-time';
import type { Adapter, AdapterReading, ReadTurn } from './types';

const ROOT = '[data-desk-root]';
const CONVERSATION = '[data-desk-conversation-id]';

export const deskAdapter: Adapter = {
  id: 'desk',
  name: 'Kizuki test desk',
  matches: ['http://localhost/desk/*', 'http://127.0.0.1/desk/*'],
  detect(root, url) {
    return /^\/desk(\/|$)/.test(url.pathname) && root.querySelector(ROOT) !== null;
  },
  read(root) {
    const conversation = root.querySelector(CONVERSATION);
    if (!conversation) return { conversationId: null, customer: null, turns: [] };
    const reading: AdapterReading = {
      conversationId: nonEmpty(conversation.getAttribute('data-desk-conversation-id')) ?? null,
      customer: readCustomer(root),
      ...historyOf(root),
      turns: readLines(conversation, '[data-desk-message]', '[data-desk-message-text]', 'data-desk-message-id'),
    };
    const channel = oneOf(CHANNELS, conversation.getAttribute('data-desk-channel'));
    if (channel) reading.channel = channel;
    const direction = oneOf(DIRECTIONS, conversation.getAttribute('data-desk-direction'));
    if (direction) reading.direction = direction;
    const callElement = conversation.querySelector('[data-desk-call]');
    if (callElement) {
      reading.call = readCall(callElement);
      reading.transcript = readLines(conversation, '[data-desk-transcript-line]', '[data-desk-transcript-text]', 'data-desk-line-id');
    }
    return reading;
  },
  composer(root) {
    // The frame is looked up afresh: its editor marks it after adding it, which no observed change reports.
    const frame = cachedQuery(root, '[data-desk-composer]') ? null : safeQueryAll(root, '[data-desk-composer-frame]')[0];
    const inFrame = frame ? innerRoot(frame) : null;
    const el = cachedQuery(root, '[data-desk-composer]') ?? (inFrame ? safeQueryAll(inFrame, '[data-desk-composer]')[0] ?? null : null);
    return isHTMLElement(el) && el.getAttribute('data-desk-composer-role') !== 'notes' ? el : null;
  },
  // The desk marks its lists by class only; an empty one shows its "no messages" line beside it, not in it.
  messageList: (root) => safeQueryAll(root, '[data-desk-conversation-id] .desk-thread__messages, [data-desk-conversation-id] .desk-transcript')[0] ?? null,
  observe: ['data-desk-call-state'],
};

function readCustomer(root: ParentNode): AdapterReading['customer'] {
  const name = text(cachedQuery(root, '[data-desk-customer-name]'));
  const keyElement = cachedQuery(root, '[data-desk-customer-key]');
  const key = nonEmpty(keyElement?.getAttribute('data-desk-customer-key')) ?? text(keyElement);
  if (!name && !key) return null;
  return { ...(name ? { name } : {}), ...(key ? { key } : {}) };
}

function readLines(scope: ParentNode, lineSelector: string, textSelector: string, idAttribute: string): ReadTurn[] {
  return cachedTurns(scope, lineSelector, (line) => readLine(line, textSelector, idAttribute));
}

function readLine(line: Element, textSelector: string, idAttribute: string): ReadTurn | null {
  const from = oneOf(SPEAKERS, line.getAttribute('data-author'));
  const body = line.querySelector(textSelector);
  if (!from || !body) return null; // a line we cannot attribute is not evidence
  const turn: ReadTurn = { from, text: body.textContent ?? '' };
  const at = nonEmpty(line.querySelector('time[datetime]')?.getAttribute('datetime'));
  if (at && !Number.isNaN(Date.parse(at))) turn.at = at;
  const id = nonEmpty(line.getAttribute(idAttribute));
  if (id) turn.id = id;
  return turn;
}

function readCall(el: Element): AdapterReading['call'] {
  const state = oneOf(CALL_STATES, el.getAttribute('data-desk-call-state'));
  if (!state) return null;
  const since = nonEmpty(el.getAttribute('data-desk-call-started'));
  // The softphone's own display: the panel shows the same time, whatever the page's clock says.
  const shownElapsedMs = parseElapsed(el.querySelector('[data-desk-call-timer]')?.textContent);
  return { state, ...(since && !Number.isNaN(Date.parse(since)) ? { since } : {}), ...(shownElapsedMs !== null ? { shownElapsedMs } : {}) };
}

function text(el: Element | null | undefined): string | undefined {
  return nonEmpty(el?.textContent?.trim());
}

function nonEmpty(value: string | null | undefined): string | undefined {
  return value ? value : undefined;
}

// Checked by tag rather than instanceof: a fixture parsed by happy-dom has its own HTMLElement.
function isHTMLElement(el: Element | null): el is HTMLElement {
  return el !== null && 'isContentEditable' in el;
}

/** The customer panel's earlier contacts: when each started, and its summary. */
function historyOf(root: ParentNode): Pick<AdapterReading, 'history'> {
  const items = safeQueryAll(root, '[data-desk-history-item]');
  if (!items.length) return {};
  return {
    history: items.flatMap((item) => {
      const startedAt = item.querySelector('time')?.getAttribute('datetime');
      const summary = item.querySelector('time')?.nextElementSibling?.textContent?.trim() ?? '';
      return startedAt ? [{ startedAt, summary }] : [];
    }),
  };
}
