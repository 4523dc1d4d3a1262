// @ts-check
// The shape every composer variant shares, so the desk can swap them at will.

/**
 * @typedef {'textarea' | 'contenteditable' | 'prosemirror' | 'ckeditor' | 'tinymce'} ComposerKind
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
 *   typeOver?: (text: string) => void | Promise<void>,
 * }} Composer
 * `typeOver`: how a person's "select all, type" reaches an editor that takes no execCommand.
 * `editable` is the element that takes the caret; for TinyMCE it is the body of the editor's
 * iframe, in another document (so compare tag names, never `instanceof`, across it).
 * @typedef {(options: ComposerOptions, slot: HTMLElement) => Composer | Promise<Composer>} ComposerFactory
 * A factory puts its root into `slot` itself: the real editors build their UI in place.
 */

export const COMPOSER_KINDS = /** @type {const} */ (['textarea', 'contenteditable', 'prosemirror', 'ckeditor', 'tinymce']);

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

/** Plain text as the HTML paragraphs the rich editors load. @param {string} text */
export function paragraphsHtml(text) {
  const escape = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text.split('\n').map((line) => `<p>${line === '' ? '' : escape(line)}</p>`).join('');
}
