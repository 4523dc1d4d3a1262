// @ts-check
// TinyMCE 6 itself (MIT), from node_modules as a classic script. It edits inside an iframe:
// the editable element is the iframe document's <body>, and the <textarea> it replaces stays
// in the page, hidden, holding whatever was last saved into it (not what is being typed).
// The iframe carries data-desk-composer-frame; its body carries the data-desk-composer-* set.
import { h } from '../dom.js';
import { blockText } from './block-text.js';
import { composerAttrs, paragraphsHtml } from './types.js';
import { loadScript } from './vendor.js';

const BASE = '/desk/vendor/tinymce';

/** @type {import('./types.js').ComposerFactory} */
export async function createTinyMceComposer(options, slot) {
  await loadScript(`${BASE}/tinymce.min.js`);
  /** @type {any} TinyMCE ships its types for bundlers; this page has none, and only calls documented API */
  const tinymce = /** @type {any} */ (window).tinymce;
  const target = h('textarea', { class: 'desk-tinymce__source', 'aria-hidden': 'true' });
  const root = h('div', { class: 'desk-tinymce' }, target);
  slot.replaceChildren(root);
  const [editor] = await tinymce.init({
    target,
    base_url: BASE,
    suffix: '.min',
    promotion: false,
    menubar: false,
    statusbar: false,
    height: 190,
    plugins: 'lists link',
    toolbar: 'undo redo | bold italic | bullist | link',
    placeholder: options.placeholder,
    iframe_aria_text: options.label,
    content_style: 'body { font: 14px/1.5 system-ui, sans-serif; margin: 10px 14px; } p { margin: 0; }',
  });
  if (!editor) throw new Error('TinyMCE did not start');
  const body = /** @type {HTMLElement} */ (editor.getBody());
  for (const [name, value] of Object.entries({ ...composerAttrs('tinymce', options), role: 'textbox', 'aria-multiline': 'true', lang: options.lang })) body.setAttribute(name, value);
  editor.iframeElement?.setAttribute('data-desk-composer-frame', '');

  /**
   * The editor's own content as text: its serialised document (without its bogus nodes and
   * fillers), less the newlines the serialiser puts between blocks for readability.
   */
  const value = () => {
    const parsed = new DOMParser().parseFromString(editor.getContent(), 'text/html').body;
    for (const node of Array.from(parsed.childNodes)) if (node.nodeType === Node.TEXT_NODE && !node.nodeValue?.trim()) node.remove();
    return blockText(parsed).replace(/\u00a0/g, ' '); // it writes spaces the browser would collapse as &nbsp;
  };
  let last = '';
  const changed = () => {
    const now = value();
    if (now === last) return;
    last = now;
    options.onChange(now);
  };
  editor.on('input change undo redo SetContent keyup NodeChange', changed);

  return {
    kind: 'tinymce',
    root,
    editable: body,
    value,
    load(text) {
      editor.setContent(paragraphsHtml(text));
      editor.undoManager.clear();
      editor.undoManager.add();
      editor.selection.select(body, true);
      editor.selection.collapse(false);
      changed();
    },
    undo() {
      if (!editor.undoManager.hasUndo()) return false;
      editor.undoManager.undo();
      return true;
    },
    destroy: () => editor.remove(),
  };
}
