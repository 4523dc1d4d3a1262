// @ts-check
// A CKEditor-5-style composer: the .ck-content editable over its own model. Foreign DOM
// edits are overwritten by the next render, as CKEditor's renderer does.
import { h } from '../dom.js';
import { createModelEditor } from './model-editor.js';
import { editorToolbar } from './toolbar.js';
import { composerAttrs } from './types.js';

/** @param {import('./types.js').ComposerOptions} options @returns {import('./types.js').Composer} */
export function createCkEditorComposer(options) {
  const editable = h('div', {
    ...composerAttrs('ckeditor', options),
    class: 'ck ck-content ck-editor__editable ck-rounded-corners ck-editor__editable_inline ck-blurred',
    contenteditable: 'true',
    role: 'textbox',
    'aria-multiline': 'true',
    lang: options.lang,
  });
  const editor = createModelEditor({
    editable,
    filler: () => h('br', { 'data-cke-filler': 'true' }),
    onChange: options.onChange,
    undoGroupMs: 1000,
    foreignMutations: 'revert',
    placeholder: { text: options.placeholder, className: 'ck-placeholder' },
  });
  const focusClass = (/** @type {boolean} */ focused) => () => {
    editable.classList.toggle('ck-focused', focused);
    editable.classList.toggle('ck-blurred', !focused);
  };
  editable.addEventListener('focus', focusClass(true));
  editable.addEventListener('blur', focusClass(false));
  const toolbar = h('div', { class: 'ck ck-toolbar', role: 'toolbar' },
    ...editorToolbar(options.strings, { undo: editor.undo, redo: editor.redo }, (name) => `ck ck-button ck-button_${name}`));
  const root = h('div', { class: 'ck ck-reset ck-editor ck-rounded-corners', role: 'application', lang: options.lang },
    h('div', { class: 'ck ck-editor__top' }, toolbar),
    h('div', { class: 'ck ck-editor__main', role: 'presentation' }, editable));
  return { kind: 'ckeditor', root, editable, value: editor.value, load: editor.load, undo: editor.undo, destroy: editor.destroy };
}
