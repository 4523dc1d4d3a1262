import { editableText } from './adapters/shared';
import { isTextField, selectSentence, textAround } from './caret';
import { spaceForInsert } from './spacing';

/** How long an editor that renders from its own model takes to draw a browser edit back over. */
const SETTLE_MS = 60;
/** How long such an editor takes to restore its selection when it gains focus (CKEditor 5: 50 ms). */
const FOCUS_MS = 80;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Puts `text` into the reply box at the caret the way typing would: through the editor's
 * own input pipeline (`beforeinput` / `input`), so the support tool's undo history and its
 * editor state (ProseMirror, CKEditor, React-controlled textareas) stay correct.
 *
 * An editor that renders from its own model (CKEditor 5) draws itself back over a browser
 * edit: its words go in through the editor's clipboard pipeline, which every rich editor takes
 * as one undo step, and so do the words of any editor that put the browser's edit back a
 * moment later. Resolves false when the element cannot take text or the words did not stay,
 * so the panel can offer Copy.
 */
export async function insertAtCaret(el: HTMLElement, words: string): Promise<boolean> {
  const model = el.isContentEditable && !!el.closest(MODEL_EDITORS);
  // Such an editor takes a moment after gaining focus to put its own selection back.
  if (model && prepareCaret(el)) await pause(FOCUS_MS);
  else if (el.isContentEditable) prepareCaret(el);
  // Spaced against what is on either side of the caret (or the selection, which it replaces).
  const text = spaceForInsert(words, textAround(el));
  const before = occurrences(el, text);
  if (model && text.trim()) {
    if (pasteText(el, text) && (await stayed(el, text, before))) return true;
  }
  // The caret is in place already: focusing again could move it (to the start, in some browsers).
  if (!insertNow(el, text, el.isContentEditable)) return false;
  if (isTextField(el) || !text.trim()) return true;
  if (await stayed(el, text, before)) return true;
  if (!pasteText(el, text)) return false;
  return stayed(el, text, before);
}

/**
 * Replaces the draft's `sentence` (the one a prompt points at) with `words`, as one edit the
 * editor's undo takes back whole. False when the draft no longer holds that sentence.
 */
export async function replaceSentence(el: HTMLElement, sentence: string, words: string): Promise<boolean> {
  if (!selectSentence(el, sentence)) return false;
  // Rich editors read a new selection on selectionchange, which the browser fires a task later.
  if (!isTextField(el)) await pause(el.closest(MODEL_EDITORS) ? FOCUS_MS : 0);
  return insertAtCaret(el, words);
}

/**
 * Editors that draw their content from their own model and put a browser edit back the way
 * it was, on their own schedule (CKEditor 5): the clipboard is their way in, so it goes first.
 */
const MODEL_EDITORS = '.ck-editor__editable, .mce-content-body';

function insertNow(el: HTMLElement, text: string, caretReady = false): boolean {
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  if (!view) return false;
  if (isTextField(el)) {
    el.focus(); // a text field keeps its own caret while it is not focused
    return insertIntoField(el, text);
  }
  if (!el.isContentEditable) return false;
  if (!caretReady) prepareCaret(el);
  // execCommand is deprecated but remains the only way to insert through the browser's own
  // editing pipeline, which is what keeps the tool's undo stack intact.
  if (doc.execCommand('insertText', false, text)) return true;
  const before = new view.InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true });
  if (!el.dispatchEvent(before)) return true; // the editor handled it itself
  const selection = view.getSelection();
  const range = selection?.rangeCount ? selection.getRangeAt(0) : null;
  if (!range) return false;
  range.deleteContents();
  range.insertNode(doc.createTextNode(text));
  range.collapse(false);
  el.dispatchEvent(new view.InputEvent('input', { inputType: 'insertText', data: text, bubbles: true }));
  return true;
}

/** A paste carrying plain text: what rich editors' clipboard handling reads. */
function pasteText(el: HTMLElement, text: string): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view || typeof view.DataTransfer !== 'function' || typeof view.ClipboardEvent !== 'function') return false;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  el.focus();
  el.dispatchEvent(new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  return true;
}

async function stayed(el: HTMLElement, text: string, before: number): Promise<boolean> {
  await pause(SETTLE_MS);
  return occurrences(el, text) > before;
}

const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

function occurrences(el: HTMLElement, text: string): number {
  const needle = squash(text);
  if (!needle) return 0;
  const hay = squash(editableText(el) ?? '');
  let count = 0;
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + needle.length)) count++;
  return count;
}

function insertIntoField(field: HTMLTextAreaElement | HTMLInputElement, text: string): boolean {
  const doc = field.ownerDocument;
  if (doc.execCommand('insertText', false, text)) return true;
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  field.setRangeText(text, start, end, 'end');
  const view = doc.defaultView!;
  field.dispatchEvent(new view.InputEvent('input', { inputType: 'insertText', data: text, bubbles: true }));
  return true;
}

/**
 * Focuses the editor, reading where the agent left the caret before focusing: focusing an editable whose caret is
 * elsewhere on the page (they clicked the customer's message) moves it to the very start.
 * True when it had to focus.
 */
function prepareCaret(el: HTMLElement): boolean {
  if (el.ownerDocument.activeElement === el && selectionInside(el)) return false;
  const caretInside = selectionInside(el);
  el.focus();
  if (!caretInside) placeCaretAtEnd(el);
  return true;
}

function selectionInside(el: HTMLElement): boolean {
  const selection = el.ownerDocument.defaultView?.getSelection();
  return !!selection?.rangeCount && el.contains(selection.getRangeAt(0).commonAncestorContainer);
}

/** Where the agent's caret was not in the editor, the words go after what they have written. */
function placeCaretAtEnd(el: HTMLElement) {
  const selection = el.ownerDocument.defaultView?.getSelection();
  if (!selection) return;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

