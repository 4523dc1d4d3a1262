// @ts-check
import { createCkEditorComposer } from './ckeditor.js';
import { createContentEditableComposer } from './contenteditable.js';
import { createProseMirrorComposer } from './prosemirror.js';
import { createTextareaComposer } from './textarea.js';
import { createTinyMceComposer } from './tinymce.js';

export { COMPOSER_KINDS, composerKind } from './types.js';
export { typeOver } from './type-over.js';

/** @type {Record<import('./types.js').ComposerKind, import('./types.js').ComposerFactory>} */
const FACTORIES = {
  textarea: createTextareaComposer,
  contenteditable: createContentEditableComposer,
  prosemirror: createProseMirrorComposer,
  ckeditor: createCkEditorComposer,
  tinymce: createTinyMceComposer,
};

/**
 * The composer of `kind`, built inside `slot`. The real editors load their code first.
 * @param {import('./types.js').ComposerKind} kind @param {import('./types.js').ComposerOptions} options @param {HTMLElement} slot
 * @returns {Promise<import('./types.js').Composer>}
 */
export async function createComposer(kind, options, slot) {
  return FACTORIES[kind](options, slot);
}
