
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
  if (isTextField(el)) {
    el.focus(); // a text field keeps its own caret while it is not focused
    return insertIntoField(el, text);
  }
  if (!el.isContentEditable) return false;
  // Read where the agent left the caret before focusing: focusing an editable whose caret is
  // elsewhere on the page (they clicked the customer's message) moves it to the very start.
  const caretInside = selectionInside(el);
  el.focus();
  if (!caretInside) placeCaretAtEnd(el);
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

function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}
