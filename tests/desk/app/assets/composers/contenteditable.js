// @ts-check
// A plain contenteditable <div>: the DOM is the model, the browser does the editing
// (and makes <div>s and <br>s as it likes), and the browser keeps the undo stack.
import { h } from '../dom.js';
import { blockText } from './block-text.js';
import { composerAttrs } from './types.js';

/** @type {import('./types.js').ComposerFactory} */
export function createContentEditableComposer(options, slot) {
  const editable = h('div', {
    ...composerAttrs('contenteditable', options),
    class: 'desk-composer__editable',
    contenteditable: 'true',
    role: 'textbox',
    'aria-multiline': 'true',
    'data-placeholder': options.placeholder,
    lang: options.lang,
  });
  const markEmpty = () => editable.classList.toggle('is-empty', blockText(editable) === '');
  const onInput = () => {
    markEmpty();
    options.onChange(blockText(editable));
  };
  editable.addEventListener('input', onInput);
  markEmpty();
  slot.replaceChildren(editable);
  return {
    kind: 'contenteditable',
    root: editable,
    editable,
    value: () => blockText(editable),
    load(text) {
      editable.replaceChildren(...(text === '' ? [] : text.split('\n').map((line) => h('div', {}, line === '' ? h('br') : line))));
      onInput();
    },
    undo() {
      editable.focus();
      return document.execCommand('undo');
    },
    destroy: () => editable.removeEventListener('input', onInput),
  };
}
