// @ts-check
// CKEditor 5 itself: the `ckeditor5` package's self-contained browser build (an ES module,
// through the page's import map), as a classic editor with its own toolbar. It keeps its own
// model; the view renders from it, so a DOM write that no input event explains is undone.
// Used under its GPL licence key (see tests/desk/README.md).
import { h } from '../dom.js';
import { composerAttrs, paragraphsHtml } from './types.js';
import { ensureStylesheet } from './vendor.js';

/** @type {import('./types.js').ComposerFactory} */
export async function createCkEditorComposer(options, slot) {
  ensureStylesheet('/desk/vendor/ckeditor5/dist/browser/ckeditor5.css');
  const ck = await import('ckeditor5');
  const source = h('div');
  const root = h('div', { class: 'desk-ck-mount' }, source);
  slot.replaceChildren(root);
  const editor = await ck.ClassicEditor.create(source, {
    licenseKey: 'GPL',
    plugins: [ck.Essentials, ck.Paragraph, ck.Bold, ck.Italic, ck.Link, ck.List],
    toolbar: ['undo', 'redo', '|', 'bold', 'italic', 'bulletedList', 'link'],
    placeholder: options.placeholder,
    language: { ui: options.lang, content: options.lang },
    ...(options.lang === 'ja' ? { translations: [(await import('ckeditor5/translations/ja.js')).default] } : {}),
    label: options.label,
  });

  // The desk's attributes go on the editing view's root, so CKEditor renders them itself
  // rather than finding foreign attributes on its editable.
  const attrs = { ...composerAttrs('ckeditor', options), 'aria-multiline': 'true' };
  editor.editing.view.change((writer) => {
    const viewRoot = editor.editing.view.document.getRoot();
    if (viewRoot) for (const [name, value] of Object.entries(attrs)) writer.setAttribute(name, value, viewRoot);
  });
  const editable = /** @type {HTMLElement} */ (editor.ui.getEditableElement());

  /** The model's text: each block's text, a soft break as "\n", blocks joined by "\n". */
  const value = () => {
    const modelRoot = editor.model.document.getRoot();
    if (!modelRoot) return '';
    return Array.from(modelRoot.getChildren()).map((block) => {
      if (!block.is('element')) return '';
      return Array.from(block.getChildren()).map((node) => (node.is('$text') ? node.data : node.is('element', 'softBreak') ? '\n' : '')).join('');
    }).join('\n');
  };
  editor.model.document.on('change:data', () => options.onChange(value()));

  /** A script's beforeinput: CKEditor 5 applies it to its model as typing. @param {string} inputType @param {string | null} data */
  const fire = (inputType, data) => editable.dispatchEvent(new InputEvent('beforeinput', { inputType, data, bubbles: true, cancelable: true, composed: true }));

  return {
    kind: 'ckeditor',
    root,
    editable,
    value,
    // It ignores execCommand, so "select all and type" is its own select-all, then the
    // beforeinput events typing sends (a paragraph break between lines, as Enter does).
    // Typing at a collapsed caret waits in CKEditor's typing queue for the browser's own DOM
    // edit, which a script's event never brings: the queue lets go after 50 ms. So this
    // resolves once the model holds the text (or after 500 ms, whatever it holds then).
    typeOver(text) {
      editable.focus();
      editor.execute('selectAll');
      const lines = text.replace(/\r\n?/g, '\n').split('\n');
      if (text === '') fire('deleteContentBackward', null);
      else lines.forEach((line, i) => {
        if (i > 0) fire('insertParagraph', null);
        if (line !== '') fire('insertText', line);
      });
      const expected = lines.join('\n');
      const started = performance.now();
      return new Promise((resolve) => {
        const wait = () => (value() === expected || performance.now() - started > 500 ? resolve() : setTimeout(wait, 10));
        wait();
      });
    },
    load(text) {
      // Not an edit the agent made: the undo stack does not get it.
      editor.data.set(paragraphsHtml(text), { batchType: { isUndoable: false } });
      editor.model.change((writer) => writer.setSelection(editor.model.document.getRoot(), 'end'));
      options.onChange(value());
    },
    undo() {
      const command = editor.commands.get('undo');
      if (!command?.isEnabled) return false;
      editor.execute('undo');
      return true;
    },
    destroy: () => { editor.destroy().catch((error) => console.error('CKEditor did not close cleanly', error)); },
  };
}
