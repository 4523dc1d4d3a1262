import { frameOf, innerRoots, isShown } from '../dom/locate';

/**
 * Where the agent types the reply, on a page Kizuki knows nothing about: the box that has the
 * focus (inside an iframe or a shadow root too), else the most reply-like editable on the page.
 * Never a hidden mirror textarea, a search field or a one-line input.
 */
export type ReplyBoxHow = 'focus' | 'editable' | 'iframe' | 'shadow';

export interface FoundReplyBox {
  element: HTMLElement;
  how: ReplyBoxHow;
}

const EDITABLES = 'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"]';
const REPLY_WORDS = /reply|respon|answer|compose|返信|回答/i;
const BODY_WORDS = /message|body|editor|editable|draft|content|本文|メッセージ/i;
/** Boxes that are never the reply: searching, filtering, a subject line. */
const NEVER_REPLY_WORDS = /search|find|filter|query|subject|title|tag|検索|件名|タイトル/i;
/** Boxes that are usually something else (an internal note, a forward); still the reply if nothing else is. */
const NOT_REPLY_WORDS = /note|internal|private|forward|メモ|社内|転送/i;

function isEditable(el: Element): el is HTMLElement {
  if (el.tagName === 'TEXTAREA') return !(el as HTMLTextAreaElement).disabled && !(el as HTMLTextAreaElement).readOnly;
  if (el.tagName === 'BODY') return (el as HTMLElement).isContentEditable || el.ownerDocument?.designMode === 'on' || el.getAttribute('contenteditable') === 'true';
  const flag = el.getAttribute('contenteditable');
  if (flag === 'false') return false;
  return flag === '' || flag === 'true' || flag === 'plaintext-only' || (el.getAttribute('role') === 'textbox' && el.getAttribute('aria-multiline') !== 'false');
}

const LABELS = ['aria-label', 'placeholder', 'name', 'id', 'class', 'title', 'data-placeholder', 'data-testid', 'data-test-id', 'data-id'];

/** The box's own names, with its iframe's for an editor inside one. */
function labelOf(el: Element): string {
  const host = el.tagName === 'BODY' ? (frameOf(el.ownerDocument)) : null;
  return [el, host].filter((x): x is Element => x !== null).map((x) => LABELS.map((a) => x.getAttribute(a) ?? '').join(' ')).join(' ');
}

/** The names of the wrappers around it ("reply-composer", "note-area"): weaker evidence than its own. */
function surroundingsOf(el: Element): string {
  const start = el.tagName === 'BODY' ? (frameOf(el.ownerDocument) ?? el) : el;
  const around: string[] = [];
  for (let up = start.parentElement, i = 0; up && i < 4; up = up.parentElement, i++) around.push(LABELS.map((a) => up!.getAttribute(a) ?? '').join(' '));
  return around.join(' ');
}

/** A box inside an iframe is on screen only if its frame is. */
function visible(el: HTMLElement): boolean {
  const frame = frameOf(el.ownerDocument);
  return isShown(el) && (!frame || isShown(frame));
}

/** The element that has the focus, following focus into iframes and shadow roots. */
export function focusedEditable(root: ParentNode): HTMLElement | null {
  let active: Element | null = 'activeElement' in root ? (root as Document).activeElement : null;
  for (let hops = 0; active && hops < 5; hops++) {
    if (active.tagName === 'IFRAME') {
      try {
        const doc = (active as HTMLIFrameElement).contentDocument;
        active = doc?.activeElement ?? null;
        continue;
      } catch {
        return null; // a cross-origin frame: not ours to read
      }
    }
    const shadow = (active as HTMLElement).shadowRoot;
    if (shadow?.activeElement) {
      active = shadow.activeElement;
      continue;
    }
    break;
  }
  if (!active) return null;
  const editable = isEditable(active) ? active : active.closest('[contenteditable="true"], [contenteditable=""]');
  return editable && isEditable(editable) && isShown(editable) ? (editable as HTMLElement) : null;
}

/** How reply-like a visible editable is; higher is better, below 0 is not a reply box. */
function score(el: HTMLElement): number {
  const label = labelOf(el);
  const around = surroundingsOf(el);
  let s = 0;
  if (NEVER_REPLY_WORDS.test(label) && !REPLY_WORDS.test(label)) s -= 20;
  if (NOT_REPLY_WORDS.test(label) && !REPLY_WORDS.test(label)) s -= 3;
  else if (NOT_REPLY_WORDS.test(label)) s -= 1;
  if (REPLY_WORDS.test(label)) s += 3;
  if (BODY_WORDS.test(label)) s += 1;
  if (REPLY_WORDS.test(around)) s += 1;
  if (NOT_REPLY_WORDS.test(around) && !REPLY_WORDS.test(around)) s -= 1;
  if (el.tagName !== 'TEXTAREA') s += 1; // a rich editor is what a tool's reply box usually is
  if (el.tagName === 'TEXTAREA' && (el as HTMLTextAreaElement).rows === 1) s -= 2;
  const rect = el.getBoundingClientRect();
  if (rect.width * rect.height > 0) s += Math.min(3, (rect.width * rect.height) / 40_000);
  return s;
}

function candidates(root: ParentNode, how: ReplyBoxHow): { element: HTMLElement; how: ReplyBoxHow }[] {
  let found: Element[] = [];
  try {
    found = Array.from(root.querySelectorAll(EDITABLES));
  } catch {
    return [];
  }
  // An editable inside another editable is the same box.
  return found
    .filter((el): el is HTMLElement => isEditable(el) && visible(el as HTMLElement) && !el.parentElement?.closest('[contenteditable="true"], [contenteditable=""]'))
    .map((element) => ({ element, how }));
}

export function findReplyBox(root: ParentNode): FoundReplyBox | null {
  const focused = focusedEditable(root);
  if (focused) return { element: focused, how: 'focus' };
  const all = [...candidates(root, 'editable')];
  for (const inner of innerRoots(root)) {
    const how: ReplyBoxHow = inner.nodeType === 9 ? 'iframe' : 'shadow';
    const body = inner.nodeType === 9 ? (inner as Document).body : null;
    if (body && isEditable(body) && visible(body)) all.push({ element: body, how });
    else all.push(...candidates(inner, how));
  }
  let best: { element: HTMLElement; how: ReplyBoxHow; score: number } | null = null;
  for (const c of all) {
    const s = score(c.element);
    // Equal scores: the later box wins, as reply boxes sit below the thread.
    if (s > -10 && (!best || s >= best.score)) best = { ...c, score: s };
  }
  return best ? { element: best.element, how: best.how } : null;
}
