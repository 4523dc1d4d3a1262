// @ts-check
import { createCkEditorComposer } from './ckeditor.js';
import { createContentEditableComposer } from './contenteditable.js';
import { createProseMirrorComposer } from './prosemirror.js';
import { createTextareaComposer } from './textarea.js';

export { COMPOSER_KINDS, composerKind } from './types.js';
export { typeOver } from './type-over.js';

const FACTORIES = {
  textarea: createTextareaComposer,
  contenteditable: createContentEditableComposer,
  prosemirror: createProseMirrorComposer,
  ckeditor: createCkEditorComposer,
};

/** @param {import('./types.js').ComposerKind} kind @param {import('./types.js').ComposerOptions} options */
export function createComposer(kind, options) {
  return FACTORIES[kind](options);
}
