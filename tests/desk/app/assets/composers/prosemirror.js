// @ts-check
// A ProseMirror-style composer: div.ProseMirror[contenteditable] over its own document
// model. Foreign DOM edits are read back into the model, as ProseMirror's DOM observer does.
import { h } from '../dom.js';
import { createModelEditor } from './model-editor.js';
import { editorToolbar } from './toolbar.js';
import { composerAttrs } from './types.js';

/** @param {import('./types.js').ComposerOptions} options @returns {import('./types.js').Composer} */
export function createProseMirrorComposer(options) {
  const editable = h('div', {
    ...composerAttrs('prosemirror', options),
    class: 'ProseMirror',
    contenteditable: 'true',
    translate: 'no',
    role: 'textbox',
    'aria-multiline': 'true',
    lang: options.lang,
  });
  const editor = createModelEditor({
    editable,
    filler: () => h('br', { class: 'ProseMirror-trailingBreak' }),
    onChange: options.onChange,
    undoGroupMs: 500, // ProseMirror's history groups edits within newGroupDelay = 500 ms
    foreignMutations: 'adopt',
    placeholder: { text: options.placeholder, className: 'is-editor-empty' },
  });
  const toolbar = h('div', { class: 'desk-pm-menubar', role: 'toolbar' },
    ...editorToolbar(options.strings, { undo: editor.undo, redo: editor.redo }, (name) => `desk-pm-menuitem desk-pm-menuitem--${name}`));
  const root = h('div', { class: 'desk-pm-editor' }, toolbar, editable);
  return { kind: 'prosemirror', root, editable, value: editor.value, load: editor.load, undo: editor.undo, destroy: editor.destroy };
}
