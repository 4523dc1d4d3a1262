import { all, attr, cssIdent, isStableValue, ownCandidates, stableClasses, TEST_ATTRIBUTES } from './tokens';

/**
 * The selector for what a team lead clicked on, built to survive small markup changes: stable
 * hooks first (see tokens.ts), anchored on a stable ancestor when they are not unique, a
 * structural path only when nothing else works. A message is generalised to every message of
 * its kind beside it. Runs in the support tool's page (the picker); imports nothing else.
 */
export type PickKind = 'messages' | 'customerMessage' | 'draft' | 'customerName' | 'customerKey' | 'author';

export interface BuiltSelector {
  selector: string;
  /** How many elements it finds (for the author line: in how many messages). */
  count: number;
}

const MAX_UP = 8;
const tagOf = (el: Element) => el.tagName.toLowerCase();
const same = (found: Element[], wanted: readonly Element[]) => found.length === wanted.length && wanted.every((el) => found.includes(el));

/** A selector that finds this one element, and only it, in `root`; a structural path at worst. */
export function uniqueSelector(el: Element, root: ParentNode = el.ownerDocument ?? document): string {
  const own = ownCandidates(el);
  const hit = own.find((c) => same(all(root, c), [el]));
  if (hit) return hit;
  for (let up = el.parentElement, i = 0; up && up !== root && i < MAX_UP; up = up.parentElement, i++) {
    const anchor = ownCandidates(up).filter((c) => c !== tagOf(up!)).find((c) => same(all(root, c), [up!]));
    if (!anchor) continue;
    const inside = own.find((c) => same(all(root, `${anchor} ${c}`), [el]));
    if (inside) return `${anchor} ${inside}`;
  }
  return structuralPath(el, root);
}

/** The last resort: tag > tag:nth-of-type(n) from the nearest ancestor with a stable anchor. */
function structuralPath(el: Element, root: ParentNode): string {
  const steps: string[] = [];
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    const anchor = ownCandidates(node).filter((c) => c !== tagOf(node!)).find((c) => same(all(root, c), [node!]));
    if (anchor) return [anchor, ...steps].join(' > ');
    const parent: Element | null = node.parentElement;
    const twins = parent ? Array.from(parent.children).filter((c) => c.tagName === node!.tagName) : [];
    steps.unshift(twins.length > 1 ? `${tagOf(node)}:nth-of-type(${twins.indexOf(node) + 1})` : tagOf(node));
    if (tagOf(node) === 'body') break;
  }
  // Inside a message (the author line) the path starts at the message itself.
  return ('tagName' in root ? [':scope', ...steps] : steps).join(' > ');
}

/** A side of a chat in a class name: bubble--left and bubble--right are one kind of thing. */
const SIDE_SUFFIX = /[-_]+(left|right|in|out|incoming|outgoing|inbound|outbound|sent|received|me|them|own|other|mine|theirs|customer|agent|user|staff|self|contact)$/i;
const stem = (c: string) => c.replace(SIDE_SUFFIX, '');

/** Siblings of the same kind: same tag and a class (or its stem) in common — generated ones count: one component, one hash. */
function alike(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName) return false;
  const classes = Array.from(a.classList);
  if (!classes.length && !b.classList.length) return true;
  const stems = new Set(Array.from(b.classList).map(stem));
  return classes.some((c) => b.classList.contains(c) || stems.has(stem(c))) || TEST_ATTRIBUTES.some((n) => a.hasAttribute(n) && b.hasAttribute(n));
}

const marked = (el: Element) => el.classList.length > 0 || TEST_ATTRIBUTES.some((n) => el.hasAttribute(n)) || el.hasAttribute('role');

/**
 * The message the lead pointed into: the nearest ancestor that repeats beside siblings of its
 * kind (a paragraph inside a message repeats too, so bare elements are passed over first).
 */
export function messageOf(target: Element): { item: Element; kind: Element[] } {
  let fallback: { item: Element; kind: Element[] } | null = null;
  for (let el: Element | null = target, i = 0; el && el.parentElement && tagOf(el) !== 'body' && i < MAX_UP; el = el.parentElement, i++) {
    const kind = Array.from(el.parentElement!.children).filter((c) => alike(el!, c));
    if (kind.length < 2) continue;
    if (marked(el)) return { item: el, kind };
    fallback ??= { item: el, kind };
  }
  return fallback ?? { item: target, kind: [target] };
}

/** What every message of the kind carries: shared test attributes, stable classes (or their sides), other shared attributes. */
function commonParts(kind: Element[]): string[] {
  const [first] = kind;
  if (!first) return [];
  const attrs = (names: readonly string[]) => names.flatMap((name) => {
    const values = kind.map((el) => el.getAttribute(name));
    if (values.some((v) => v === null)) return [];
    if (values.every((v) => v === values[0])) return isStableValue(values[0] as string) ? [attr(name, values[0] as string)] : [];
    const prefix = commonPrefix(values as string[]).replace(/[^-_:]*$/, '');
    return [prefix.length >= 3 ? attr(name, prefix, '^=') : `[${name}]`];
  });
  const shared = stableClasses(first).filter((c) => kind.every((el) => el.classList.contains(c))).map((c) => `.${cssIdent(c)}`);
  // Left and right bubbles with no class in common: every variant of the shared stem.
  const variants = shared.length ? [] : [...new Set(kind.map((el) => stableClasses(el).find((c) => kind.every((o) => stableClasses(o).some((x) => stem(x) === stem(c))))))];
  const sides = variants.length > 1 && variants.every(Boolean) ? [`:is(${variants.map((c) => `.${cssIdent(c as string)}`).join(', ')})`] : [];
  return [...attrs(TEST_ATTRIBUTES), ...shared, ...sides, ...attrs(['role', 'data-message-id', 'data-id'])];
}

function commonPrefix(values: string[]): string {
  let prefix = values[0] ?? '';
  for (const v of values) while (!v.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** The shortest selector among `candidates` (tried alone, then under the container's anchor) that finds exactly `kind`. */
function exactly(kind: Element[], candidates: string[], container: Element | null, root: ParentNode): string | null {
  for (const c of candidates) if (same(all(root, c), kind)) return c;
  for (let up = container, i = 0; up && i < MAX_UP; up = up.parentElement, i++) {
    const anchors = ownCandidates(up).filter((c) => c !== tagOf(up!) && same(all(root, c), [up!]));
    for (const anchor of anchors) {
      for (const c of candidates) if (same(all(root, `${anchor} ${c}`), kind)) return `${anchor} ${c}`;
      const child = `${anchor} > ${tagOf(kind[0] as Element)}`;
      if (up === container && same(all(root, child), kind)) return child;
    }
  }
  return null;
}

/** Every message beside the one clicked, on both sides of a chat: what they all share. */
function messagesSelector(target: Element, root: ParentNode): BuiltSelector {
  const { item, kind } = messageOf(target);
  const parts = commonParts(kind);
  const selector = exactly(kind, [...parts, ...(parts.length >= 2 ? [`${parts[0]}${parts[1]}`] : [])], item.parentElement, root)
    ?? uniqueSelector(item, root);
  return { selector, count: all(root, selector).length };
}

const SIDE_HINT = /(^|[^a-z])(left|in|incoming|inbound|received|customer|contact|visitor|client|them|other|end-?user|requester|guest)([^a-z]|$)/i;

/** The customer's messages: what marks the clicked one apart from the other side's. */
function sideSelector(target: Element, root: ParentNode): BuiltSelector | null {
  const { item, kind } = messageOf(target);
  const everyone = new Set(commonParts(kind));
  const own = [...ownCandidates(item), ...['data-author', 'data-from', 'data-direction', 'data-sender', 'data-side'].flatMap((n) => {
    const v = item.getAttribute(n);
    return v && isStableValue(v) ? [attr(n, v)] : [];
  })].filter((c) => c !== tagOf(item) && !everyone.has(c));
  const apart = own.filter((c) => { const found = all(root, c).filter((el) => kind.includes(el)); return found.includes(item) && found.length < kind.length; });
  const best = apart.find((c) => SIDE_HINT.test(c)) ?? apart[0];
  return best ? { selector: best, count: all(root, best).length } : null;
}

/** The author line, relative to its message (the tool description reads it inside each one). */
function authorSelector(target: Element, messages: string | undefined, root: ParentNode): BuiltSelector | null {
  const item = (messages && safeClosest(target, messages)) || messageOf(target).item;
  if (item === target) return null;
  const items = messages ? all(root, messages) : messageOf(target).kind;
  const candidates = ownCandidates(target).filter((c) => same(all(item, c), [target]));
  const score = (c: string) => items.filter((m) => all(m, c).length === 1).length;
  const best = candidates.sort((a, b) => score(b) - score(a))[0] ?? uniqueSelector(target, item);
  return { selector: best, count: score(best) };
}

function safeClosest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null; // the form's message selector is half typed: fall back on the page's repetition
  }
}

/** The element a reply box pick means: the editor itself, not a paragraph inside it. */
function editorOf(target: Element): Element {
  let editor: Element = target.closest('textarea, input, [role="textbox"]') ?? target;
  for (let el: Element | null = target; el; el = el.parentElement) {
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false') editor = el;
  }
  return editor;
}

/** The selector for a pick of this kind; null when nothing on the page can tell it apart. */
export function buildSelector(target: Element, kind: PickKind, context: { messages?: string } = {}, root: ParentNode = target.ownerDocument ?? document): BuiltSelector | null {
  if (kind === 'messages') return messagesSelector(target, root);
  if (kind === 'customerMessage') return sideSelector(target, root);
  if (kind === 'author') return authorSelector(target, context.messages, root);
  if (kind === 'draft' && target.tagName === 'IFRAME') return { selector: `${uniqueSelector(target, root)} >>> body`, count: 1 };
  const el = kind === 'draft' ? editorOf(target) : target;
  return { selector: uniqueSelector(el, root), count: 1 };
}
