// @ts-check
// A plain <textarea>: the browser owns the text and the undo stack.
import { h } from '../dom.js';
import { composerAttrs } from './types.js';

/** @type {import('./types.js').ComposerFactory} */
export function createTextareaComposer(options, slot) {
  const editable = /** @type {HTMLTextAreaElement} */ (h('textarea', {
    ...composerAttrs('textarea', options),
    class: 'desk-composer__textarea',
    placeholder: options.placeholder,
    rows: 4,
    lang: options.lang,
  }));
  const onInput = () => options.onChange(editable.value);
  editable.addEventListener('input', onInput);
  slot.replaceChildren(editable);
  return {
    kind: 'textarea',
    root: editable,
    editable,
    value: () => editable.value,
    load(text) {
      editable.value = text;
      options.onChange(text);
    },
    undo() {
      editable.focus();
      return document.execCommand('undo');
    },
    destroy: () => editable.removeEventListener('input', onInput),
  };
}
