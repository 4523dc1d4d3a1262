// The reply box of the classic pages (a textarea, CKEditor 4 or TinyMCE 6 in an iframe, each
// beside a hidden textarea it updates only on blur or submit), and window.kizukiClassic, the
// test hook: tickets(), type(text), value(), html(), mirror(), send(), ready.
import { blockText } from '/static/js/block-text.js';

const settings = window.editorSettings ?? { kind: null };
const field = settings.field ? document.getElementById(settings.field) : null;
const TOOLBAR = 'undo redo | bold italic | bullist numlist blockquote | link';

/** @returns {Promise<any>} the editor, once it is ready */
function startEditor() {
  if (settings.kind === 'ckeditor4') {
    return new Promise((resolve) => {
      const editor = window.CKEDITOR.replace(settings.field, {
        versionCheck: false, // it would ask the vendor's server about updates
        language: settings.lang,
        height: 300,
        extraPlugins: 'editorplaceholder',
        editorplaceholder: settings.placeholder,
        removePlugins: 'exportpdf,elementspath',
        toolbar: [['Bold', 'Italic', 'Underline', 'Strike'], ['NumberedList', 'BulletedList', 'Blockquote'], ['Link', 'Unlink'], ['Undo', 'Redo']],
      });
      // The page refreshes the recipients when the editor loses focus, which is also the only
      // time (with submit) the textarea learns what was typed.
      editor.on('blur', () => editor.updateElement());
      editor.on('instanceReady', () => resolve(editor));
    });
  }
  if (settings.kind === 'tinymce') {
    return window.tinymce.init({
      selector: `#${settings.field}`, base_url: settings.base, suffix: '.min', promotion: false, menubar: false,
      plugins: 'lists link', toolbar: TOOLBAR, height: 420, browser_spellcheck: true,
    }).then((editors) => editors[0]);
  }
  return Promise.resolve(null);
}

const editorReady = startEditor();
let editor = null;
editorReady.then((e) => { editor = e; });

/** The element that takes the caret: the textarea, or the body inside the editor's iframe. */
function editable() {
  if (settings.kind === 'ckeditor4') return editor?.editable()?.$ ?? null;
  if (settings.kind === 'tinymce') return editor?.getBody() ?? null;
  return field;
}

/** The editor's own HTML as plain text, paragraphs on lines. */
function htmlText(markup) {
  const body = new DOMParser().parseFromString(markup, 'text/html').body;
  for (const node of Array.from(body.childNodes)) if (node.nodeType === Node.TEXT_NODE && !node.nodeValue.trim()) node.remove();
  return blockText(body).replace(/\u00a0/g, ' ');
}

const html = () => (settings.kind === 'ckeditor4' ? editor?.getData() ?? null : settings.kind === 'tinymce' ? editor?.getContent() ?? null : null);

window.kizukiClassic = {
  /** Resolves when the page is whole: the editor started, and on a ticket page its history arrived. */
  ready: Promise.all([editorReady, window.historyLoaded]).then(() => true),
  editor: () => settings.kind,
  /** Every ticket on the site, with its messages, as the server holds them now. */
  tickets: () => fetch('/REST/2.0/tickets').then((r) => r.json()),
  /**
   * Type into the reply box with the browser's own input events (execCommand): at the caret,
   * or over everything with { replace: true }. Returns value().
   */
  type(text, { replace = false } = {}) {
    const el = editable();
    if (!el) throw new Error('This page has no reply box');
    const doc = el.ownerDocument;
    el.focus();
    if (replace) {
      if (el.tagName === 'TEXTAREA') el.select();
      else doc.getSelection().selectAllChildren(el);
    }
    doc.execCommand('insertText', false, text);
    return window.kizukiClassic.value();
  },
  /** The editor's own content as plain text (the textarea's value in plain mode). */
  value: () => (settings.kind === 'plain' ? field?.value ?? null : html() === null ? null : htmlText(html())),
  /** The rich editor's own HTML (null in plain mode). */
  html,
  /** What the hidden textarea beside a rich editor holds: stale until blur or submit. */
  mirror: () => field?.value ?? null,
  /** Submit the reply as the page's own button does; the browser then loads the next page. */
  send() {
    const form = field?.form;
    if (!form) throw new Error('This page has no reply form');
    form.requestSubmit(form.querySelector('[type=submit]') ?? undefined);
  },
};
