// @ts-check
// Replace a composer's content the way a person does: focus, select everything, type.
// The browser then fires the real beforeinput/input events each editor listens to.

/**
 * @param {import('./types.js').Composer} composer
 * @param {string} text
 */
export function typeOver(composer, text) {
  const el = composer.editable;
  el.focus();
  if (el instanceof HTMLTextAreaElement) {
    el.select();
  } else {
    const range = document.createRange();
    range.selectNodeContents(el);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  if (text === '') document.execCommand('delete');
  else document.execCommand('insertText', false, text);
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
  const init = { inputType: 'insertReplacementText', data: text, bubbles: true, cancelable: true, composed: true };
  const proceed = el.dispatchEvent(new InputEvent('beforeinput', init));
  if (proceed) {
    if (el instanceof HTMLTextAreaElement) el.value = text;
    else composer.load(text);
  }
  el.dispatchEvent(new InputEvent('input', { ...init, cancelable: false }));
}
