/**
 * The conversation's messages on a page Kizuki has never seen: the largest group of sibling
 * blocks that look alike and read like messages (sentences, not links or form labels), outside
 * navigation, headers and sidebars. Roles and landmarks are trusted first (role=log / feed /
 * article), the repeated structure next.
 */

export type ThreadHow = 'aria' | 'repeat';

export interface FoundThread {
  items: Element[];
  container: Element;
  how: ThreadHow;
}

/** Bounds the scan on huge pages: the content script must cost the host page little. */
const MAX_SCANNED = 4000;
const CHROME = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"], [role="menu"], [role="menubar"], [role="tablist"], [role="toolbar"], select, [role="listbox"]';
const FORM_BITS = 'input, select, label, textarea, [contenteditable="true"], [contenteditable=""]';

function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function linkTextOf(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a, button'))) n += textOf(a).length;
  return n;
}

function editableTextOf(el: Element): number {
  let n = 0;
  for (const box of Array.from(el.querySelectorAll('textarea, [contenteditable="true"], [contenteditable=""]'))) n += textOf(box).length;
  return n;
}

/** Characters of prose: sentences, not menu entries, links or what is being typed in a box. */
function proseLength(el: Element): number {
  return Math.max(0, textOf(el).length - linkTextOf(el) - editableTextOf(el));
}

/**
 * What siblings of one kind share: the tag and the first class, with side, state and zebra
 * modifiers left out ("thread-entry message" and "thread-entry response" are one kind).
 */
export function kindOf(el: Element): string {
  const first = Array.from(el.classList)
    .map((c) => c.replace(/--[\w-]*$/, '').replace(/-(left|right|in|out|incoming|outgoing|agent|customer|user|me|mine|self|own|odd|even|first|last|active|selected|new|read|unread|sent|received|\d+)$/i, ''))
    .find((c) => c && !/^(odd|even|first|last|active|selected|is-|has-|ng-|css-|sc-|jsx-|[a-z]{1,3}-[a-z0-9]{5,}$)/i.test(c) && !/\d{3,}/.test(c));
  return `${el.tagName}.${first ?? ''}`;
}

function excluded(el: Element): boolean {
  return el.closest(CHROME) !== null;
}

interface Group {
  container: Element;
  items: Element[];
  score: number;
}

function groupScore(items: Element[]): number {
  let prose = 0;
  let linky = 0;
  let formy = 0;
  for (const item of items) {
    const p = proseLength(item);
    prose += Math.min(p, 2000);
    const total = textOf(item).length || 1;
    if (linkTextOf(item) / total > 0.6) linky++;
    // A form's row: a field, or a "Label:" followed by its value.
    if (item.querySelector(FORM_BITS) || item.matches(FORM_BITS) || /^\*?\s*[^\s:：]{1,16}\s*[:：]/.test(textOf(item))) formy++;
  }
  const n = items.length;
  const sentences = items.filter((i) => /[.!?。！？]|\S+\s+\S+\s+\S+\s+\S+/.test(textOf(i))).length;
  const timed = items.filter((i) => i.querySelector('time, [datetime]') || /\d{1,2}:\d{2}|\d{4}[-/年]\d{1,2}/.test(textOf(i).slice(0, 200))).length;
  let score = prose / Math.max(1, n) * Math.log2(n + 1);
  score *= (sentences / n) * (1 - linky / n) * (1 - formy / n);
  score *= 1 + timed / n;
  return score;
}

/** Elements whose text is no one's words: a page's inline scripts repeat as siblings as much as messages do. */
const NOT_CONTENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META']);

/**
 * Hidden from the agent: an empty state the tool keeps in the page ("No messages yet" with
 * `hidden`), a screen-reader-only copy. Tested by attribute and inline style, which cost no layout.
 */
function hiddenFromView(el: Element): boolean {
  return (el as HTMLElement).hidden === true || el.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

/** Not a message: no one's words, nothing shown, or no text. */
const notAMessage = (el: Element) => NOT_CONTENT.has(el.tagName) || hiddenFromView(el) || !textOf(el);

function groupsIn(container: Element): Element[][] {
  const byKind = new Map<string, Element[]>();
  for (const child of Array.from(container.children)) {
    if (notAMessage(child)) continue;
    const kind = kindOf(child);
    const list = byKind.get(kind) ?? [];
    list.push(child);
    byKind.set(kind, list);
  }
  return [...byKind.values()].filter((g) => g.length >= 2);
}

function ariaThread(root: ParentNode): FoundThread | null {
  for (const container of Array.from(root.querySelectorAll('[role="log"], [role="feed"]'))) {
    if (excluded(container)) continue;
    const items = Array.from(container.children).filter((c) => !notAMessage(c));
    if (items.length >= 1) return { items, container, how: 'aria' };
  }
  return null;
}

const INLINE = new Set(['SPAN', 'A', 'B', 'I', 'EM', 'STRONG', 'BR', 'IMG', 'CODE', 'TIME', 'MARK', 'SMALL', 'SUB', 'SUP', 'U', 'S', 'FONT', 'LABEL', 'ABBR', 'WBR']);

/** A line or paragraph of one message, not a message: a text block with only inline content. */
function paragraphish(el: Element): boolean {
  if (/^(P|LI|BLOCKQUOTE|PRE|H[1-6]|TR|TD)$/.test(el.tagName)) return true;
  return Array.from(el.children).every((c) => INLINE.has(c.tagName));
}

/**
 * A page's columns can repeat too ([ticket header, everything else]): when one item of the
 * best group holds most of its words and wraps a finer repeated group of its own (not mere
 * paragraphs), the messages are that finer group.
 */
function unwrap(best: Group, groups: readonly Group[]): Group {
  let current = best;
  for (let step = 0; step < 6; step++) {
    const total = current.items.reduce((sum, i) => sum + proseLength(i), 0);
    const holder = current.items.find((i) => proseLength(i) >= total * 0.6);
    if (!holder || current.items.length < 2) return current;
    const inner = groups
      .filter((g) => g !== current && holder.contains(g.container) && !g.items.every(paragraphish))
      .filter((g) => g.items.reduce((sum, i) => sum + proseLength(i), 0) >= proseLength(holder) * 0.5)
      .sort((x, y) => y.score - x.score)[0];
    if (!inner) return current;
    current = inner;
  }
  return current;
}

export function findThread(root: ParentNode, replyBox: Element | null): FoundThread | null {
  const aria = ariaThread(root);
  if (aria) return aria;
  const all = Array.from(root.querySelectorAll('*')).slice(0, MAX_SCANNED);
  const groups: Group[] = [];
  for (const container of all) {
    if (container.children.length < 2 || excluded(container)) continue;
    for (const items of groupsIn(container)) {
      const kept = items.filter((i) => !(replyBox && i.contains(replyBox)));
      if (kept.length < 2) continue;
      const score = groupScore(kept);
      if (score > 0) groups.push({ container, items: kept, score });
    }
  }
  const top = groups.reduce<Group | null>((b, g) => (!b || g.score > b.score ? g : b), null);
  const best = top ? unwrap(top, groups) : null;
  // A single message ("one article with prose") is a thread too, when nothing repeats.
  if (!best) {
    const lone = Array.from(root.querySelectorAll('article, [role="article"]')).filter((a) => !excluded(a) && proseLength(a) > 40);
    if (lone.length === 1) return { items: lone, container: lone[0]!.parentElement ?? lone[0]!, how: 'aria' };
    return null;
  }
  return { items: withOpeningMessage(root, withWrapped(best)), container: best.container, how: 'repeat' };
}

/** A sibling that only wraps a block of the group's kind (the last message in a span of its own) is a message too. */
function withWrapped(group: Group): Group {
  const kind = kindOf(group.items[0]!);
  const items = Array.from(group.container.children).filter((child) => {
    if (group.items.includes(child)) return true;
    const only = child.children.length === 1 ? child.firstElementChild : null;
    return !!only && kindOf(only) === kind && textOf(child) === textOf(only);
  }).map((child) => (group.items.includes(child) ? child : child.firstElementChild!));
  return items.length > group.items.length ? { ...group, items } : group;
}

/**
 * Tickets often show the first message apart from the replies (a description block above the
 * list): a block of the same kind that comes before the list joins it as its first message.
 */
function withOpeningMessage(root: ParentNode, group: Group): Element[] {
  const first = group.items[0]!;
  const selector = `${first.tagName.toLowerCase()}${first.classList[0] ? `.${CSS.escape(first.classList[0])}` : ''}`;
  if (!first.classList[0]) return group.items;
  let same: Element[] = [];
  try {
    same = Array.from(root.querySelectorAll(selector));
  } catch {
    return group.items;
  }
  const before = same.filter((el) => !group.container.contains(el) && !excluded(el) && !el.contains(group.container)
    && (el.compareDocumentPosition(group.container) & 4) !== 0 && proseLength(el) > 40);
  return before.length === 1 ? [before[0]!, ...group.items] : group.items;
}
