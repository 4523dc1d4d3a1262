// @ts-check
// The formatting bar the desk draws for editors without a toolbar of their own (ProseMirror
// is a toolkit, not a product: every app draws its own menu). Buttons without an action are
// there because real toolbars have them.
import { h } from '../dom.js';
import { icon } from '../views/icons.js';

/**
 * @param {{ undo: string, redo: string, bold: string, italic: string, list: string, link: string }} strings
 * @param {{ undo: () => void, redo: () => void, bold?: () => void, italic?: () => void }} actions
 * @param {(name: string) => string} buttonClass
 */
export function editorToolbar(strings, actions, buttonClass) {
  /** @param {string} name @param {string} label @param {string | Node} glyph @param {(() => void) | null | undefined} action */
  const button = (name, label, glyph, action) => {
    const el = h('button', { type: 'button', class: buttonClass(name), title: label, 'aria-label': label, 'aria-disabled': action ? null : 'true', 'data-desk-toolbar': name }, glyph);
    // Keep focus (and the caret) in the editor, as editor toolbars do.
    el.addEventListener('mousedown', (e) => e.preventDefault());
    if (action) el.addEventListener('click', action);
    return el;
  };
  return [
    button('undo', strings.undo, '↶', actions.undo),
    button('redo', strings.redo, '↷', actions.redo),
    h('span', { class: 'desk-toolbar__sep', 'aria-hidden': 'true' }),
    button('bold', strings.bold, 'B', actions.bold),
    button('italic', strings.italic, 'I', actions.italic),
    button('list', strings.list, '•≡', null),
    button('link', strings.link, icon('link'), null),
  ];
}
