
/**
 * Puts `text` into the reply box at the caret the way typing would: through the editor's
 * own input pipeline (`beforeinput` / `input`), so the support tool's undo history and its
 * editor state (ProseMirror, CKEditor, React-controlled textareas) stay correct.
 * Returns false when the element cannot take text.
 */
export function insertAtCaret(el: HTMLElement, text: string): boolean {
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  if (!view) return false;
  el.focus();
  if (isTextField(el)) return insertIntoField(el, text);
  if (!el.isContentEditable) return false;
  placeCaretInside(el);
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

/** Keeps the agent's caret when it is already in the editor; otherwise puts it at the end. */
function placeCaretInside(el: HTMLElement) {
  const selection = el.ownerDocument.defaultView?.getSelection();
  if (!selection) return;
  if (selection.rangeCount && el.contains(selection.getRangeAt(0).commonAncestorContainer)) return;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}
