import { innerRoots, isShown } from '../dom/locate';

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
const REPLY_WORDS = /reply|respon|answer|message|compose|comment|body|editor|draft|返信|回答|本文|メッセージ|コメント/i;
const NOT_REPLY_WORDS = /search|find|filter|query|subject|title|tag|note|internal|private|検索|件名|タイトル|メモ|社内/i;

function isEditable(el: Element): el is HTMLElement {
  if (el.tagName === 'TEXTAREA') return !(el as HTMLTextAreaElement).disabled && !(el as HTMLTextAreaElement).readOnly;
  if (el.tagName === 'BODY') return (el as HTMLElement).isContentEditable || el.ownerDocument?.designMode === 'on' || el.getAttribute('contenteditable') === 'true';
  const flag = el.getAttribute('contenteditable');
  if (flag === 'false') return false;
  return flag === '' || flag === 'true' || flag === 'plaintext-only' || (el.getAttribute('role') === 'textbox' && el.getAttribute('aria-multiline') !== 'false');
}

function labelOf(el: Element): string {
  return ['aria-label', 'placeholder', 'name', 'id', 'class', 'title', 'data-placeholder'].map((a) => el.getAttribute(a) ?? '').join(' ');
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
  let s = 0;
  if (NOT_REPLY_WORDS.test(label) && !REPLY_WORDS.test(label)) s -= 5;
  if (REPLY_WORDS.test(label)) s += 2;
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
    .filter((el): el is HTMLElement => isEditable(el) && isShown(el) && !el.parentElement?.closest('[contenteditable="true"], [contenteditable=""]'))
    .map((element) => ({ element, how }));
}

export function findReplyBox(root: ParentNode): FoundReplyBox | null {
  const focused = focusedEditable(root);
  if (focused) return { element: focused, how: 'focus' };
  const all = [...candidates(root, 'editable')];
  for (const inner of innerRoots(root)) {
    const how: ReplyBoxHow = inner.nodeType === 9 ? 'iframe' : 'shadow';
    const body = inner.nodeType === 9 ? (inner as Document).body : null;
    if (body && isEditable(body)) all.push({ element: body, how });
    else all.push(...candidates(inner, how));
  }
  let best: { element: HTMLElement; how: ReplyBoxHow; score: number } | null = null;
  for (const c of all) {
    const s = score(c.element);
    // Equal scores: the later box wins, as reply boxes sit below the thread.
    if (s >= 0 && (!best || s >= best.score)) best = { ...c, score: s };
  }
  return best ? { element: best.element, how: best.how } : null;
}
