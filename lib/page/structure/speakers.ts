import type { Speaker } from '../../conversation/schema';
import { hintWithin } from './hints';
import { names, type Identity } from './identity';
import type { MessageParts } from './message';

/**
 * Who wrote each message, from what a person would go by: labels and classes that name a
 * side, the customer's name or address in the header, bubbles on the right (the agent's own),
 * the same avatar or initials. Messages by the same author get the same side.
 */
export type SpeakerHow = 'hints' | 'identity' | 'layout' | 'guess';

export interface Speakers {
  speakers: Speaker[];
  how: SpeakerHow;
}

interface Vote {
  customer: number;
  agent: number;
  how: SpeakerHow | null;
}

const TIME_OR_DATE = /\b\d{1,2}:\d{2}\b.*$|\b\d{4}[-/年].*$|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b.*$|\b(yesterday|today|ago)\b.*$|(昨日|今日|前).*$/i;

/** Who a header names, stripped of times and verbs: the key that groups one author's messages. */
function authorKey(item: Element, parts: MessageParts): string | null {
  const avatar = item.querySelector('img[src]')?.getAttribute('src');
  if (avatar && !avatar.startsWith('data:')) return `img:${avatar}`;
  const header = parts.header.replace(TIME_OR_DATE, '').replace(/\s[-–—·•|]\s.*$/, '').trim();
  if (header) return `name:${header.toLowerCase().slice(0, 60)}`;
  const initials = Array.from(item.querySelectorAll('span, div')).find((el) => el.children.length === 0 && /^([A-Z]{1,3}|[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]{1,2})$/u.test((el.textContent ?? '').trim()));
  return initials ? `initials:${(initials.textContent ?? '').trim()}` : null;
}

function rightAligned(item: Element): boolean | null {
  const el = item as HTMLElement;
  const view = el.ownerDocument?.defaultView;
  for (const node of [el, el.firstElementChild as HTMLElement | null]) {
    if (!node) continue;
    const style = view?.getComputedStyle?.(node);
    const inline = node.style;
    const flexEnd = (v: string | undefined) => v === 'flex-end' || v === 'end' || v === 'right';
    if (flexEnd(style?.alignSelf) || flexEnd(inline?.alignSelf) || style?.marginLeft === 'auto' || inline?.marginLeft === 'auto' || flexEnd(style?.justifyContent) || flexEnd(inline?.justifyContent) || style?.flexDirection === 'row-reverse' || inline?.flexDirection === 'row-reverse') return true;
  }
  const parent = el.parentElement?.getBoundingClientRect();
  const own = el.firstElementChild?.getBoundingClientRect() ?? el.getBoundingClientRect();
  if (!parent || parent.width === 0 || own.width === 0 || own.width > parent.width * 0.85) return null;
  const leftGap = own.left - parent.left;
  const rightGap = parent.right - own.right;
  return leftGap > rightGap * 2 ? true : rightGap > leftGap * 2 ? false : null;
}

export function inferSpeakers(items: readonly Element[], parts: readonly MessageParts[], customer: Identity, agent: Identity): Speakers {
  const votes: Vote[] = items.map(() => ({ customer: 0, agent: 0, how: null }));
  const add = (i: number, speaker: Speaker, weight: number, how: SpeakerHow) => {
    const v = votes[i]!;
    v[speaker] += weight;
    if (!v.how || weight >= 2) v.how = how;
  };
  const aligned = items.map(rightAligned);
  const sides = new Set(aligned.filter((a) => a !== null));
  const hints = items.map((item) => hintWithin(item));
  // A hint every message carries ("bubble-left" on all of them) tells the sides apart no more than nothing.
  const hintSides = new Set(hints.filter((h) => h && !h.strong).map((h) => h!.speaker));
  const weakHintsUseful = hintSides.size === 2 || hints.some((h) => !h);
  items.forEach((_, i) => {
    const hint = hints[i];
    if (hint && (hint.strong || weakHintsUseful)) add(i, hint.speaker, hint.strong ? 3 : 1, 'hints');
    const header = parts[i]!.header;
    if (header && names(header, customer)) add(i, 'customer', 3, 'identity');
    if (header && names(header, agent)) add(i, 'agent', 3, 'identity');
    // Sides only mean something when both are used on this page.
    if (sides.size === 2 && aligned[i] !== null) add(i, aligned[i] ? 'agent' : 'customer', 2, 'layout');
  });

  // One author, one side: pool the votes of messages that share an author, and carry a
  // grouped bubble (no header of its own) with the message before it.
  const keys: (string | null)[] = [];
  // A bubble with no header of its own and nothing saying whose it is belongs with the one before.
  items.forEach((item, i) => keys.push(authorKey(item, parts[i]!) ?? (parts[i]!.header || hints[i]?.strong ? null : keys[i - 1] ?? null)));
  const pooled = new Map<string, Vote>();
  keys.forEach((key, i) => {
    if (!key) return;
    const p = pooled.get(key) ?? { customer: 0, agent: 0, how: null };
    p.customer += votes[i]!.customer;
    p.agent += votes[i]!.agent;
    p.how ??= votes[i]!.how;
    pooled.set(key, p);
  });
  const decided = (v: Vote) => (v.customer === v.agent ? null : v.customer > v.agent ? 'customer' : 'agent');
  const sideOfKey = new Map<string, Speaker | null>([...pooled].map(([k, v]) => [k, decided(v)]));
  // An author nobody voted on, beside authors who are all on one side, is on the other side.
  const known = new Set([...sideOfKey.values()].filter((s): s is Speaker => s !== null));
  if (known.size === 1) {
    const other: Speaker = known.has('customer') ? 'agent' : 'customer';
    for (const [k, s] of sideOfKey) if (s === null) sideOfKey.set(k, other);
  }
  let how: SpeakerHow = 'guess';
  const speakers = items.map((_, i) => {
    const own = decided(votes[i]!);
    const key = keys[i];
    const side = (key ? sideOfKey.get(key) : null) ?? own;
    if (side && votes[i]!.how && how === 'guess') how = votes[i]!.how!;
    return side;
  });
  // Nothing to go by: the first message of a conversation is usually the customer's, and sides alternate with authors.
  const firstKey = keys[0];
  return {
    how,
    speakers: speakers.map((s, i) => s ?? (keys[i] && keys[i] !== firstKey ? 'agent' : 'customer')),
  };
}
