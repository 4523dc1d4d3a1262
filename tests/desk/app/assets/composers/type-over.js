// @ts-check
// Replace a composer's content the way a person does: focus, select everything, type.
// The browser then fires the real beforeinput/input events each editor listens to.
// The editable may live in an iframe (TinyMCE): everything goes through its own document.

/**
 * @param {import('./types.js').Composer} composer
 * @param {string} text
 * @returns {void | Promise<void>} a promise for an editor that applies typing later (CKEditor 5)
 */
export function typeOver(composer, text) {
  if (composer.typeOver) return composer.typeOver(text);
  const el = composer.editable;
  const doc = el.ownerDocument;
  el.focus();
  if (el.tagName === 'TEXTAREA') {
    /** @type {HTMLTextAreaElement} */ (el).select();
  } else {
    const range = doc.createRange();
    range.selectNodeContents(el);
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  if (text === '') doc.execCommand('delete');
  else doc.execCommand('insertText', false, text);
  if (composer.value() !== text.replace(/\r\n?/g, '\n')) fallback(composer, text);
}

/**
 * When execCommand is unavailable (an unfocused document), send the same events a
 * browser would: beforeinput first (rich editors act on it), then input.
 * @param {import('./types.js').Composer} composer
 * @param {string} text
 */
function fallback(composer, text) {
  const el = composer.editable;
  const view = el.ownerDocument.defaultView ?? window;
  const init = { inputType: 'insertReplacementText', data: text, bubbles: true, cancelable: true, composed: true };
  const proceed = el.dispatchEvent(new view.InputEvent('beforeinput', init));
  if (proceed) {
    if (el.tagName === 'TEXTAREA') /** @type {HTMLTextAreaElement} */ (el).value = text;
    else composer.load(text);
  }
  el.dispatchEvent(new view.InputEvent('input', { ...init, cancelable: false }));
}
