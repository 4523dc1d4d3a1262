// @ts-check
// The shape every composer variant shares, so the desk can swap them at will.

/**
 * @typedef {'textarea' | 'contenteditable' | 'prosemirror' | 'ckeditor'} ComposerKind
 * @typedef {'reply' | 'notes'} ComposerRole
 * @typedef {{
 *   role: ComposerRole,
 *   label: string,
 *   placeholder: string,
 *   lang: string,
 *   strings: { undo: string, redo: string, bold: string, italic: string, list: string, link: string },
 *   onChange: (text: string) => void,
 * }} ComposerOptions
 * @typedef {{
 *   kind: ComposerKind,
 *   root: HTMLElement,
 *   editable: HTMLElement,
 *   value: () => string,
 *   load: (text: string) => void,
 *   undo: () => boolean,
 *   destroy: () => void,
 * }} Composer
 */

export const COMPOSER_KINDS = /** @type {const} */ (['textarea', 'contenteditable', 'prosemirror', 'ckeditor']);

/** @param {string | null | undefined} kind @returns {ComposerKind} */
export function composerKind(kind) {
  return COMPOSER_KINDS.find((k) => k === kind) ?? 'textarea';
}

/** The attributes every composer's editable element carries for tests and the adapter. @param {ComposerKind} kind @param {ComposerOptions} options */
export function composerAttrs(kind, options) {
  return {
    'data-desk-composer': '',
    'data-desk-composer-kind': kind,
    'data-desk-composer-role': options.role,
    'aria-label': options.label,
  };
}
