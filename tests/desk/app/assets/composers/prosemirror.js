// @ts-check
// ProseMirror itself (prosemirror-view, -state, -model, -history, -keymap, -commands),
// loaded from node_modules through the page's import map. It keeps its own document; its
// DOM observer reads edits made behind its back (execCommand, a DOM write) into the model.
import { h } from '../dom.js';
import { editorToolbar } from './toolbar.js';
import { composerAttrs } from './types.js';

const modules = () => Promise.all([
  import('prosemirror-state'), import('prosemirror-view'), import('prosemirror-model'),
  import('prosemirror-schema-basic'), import('prosemirror-history'), import('prosemirror-keymap'),
  import('prosemirror-commands'),
]);

/** @type {import('./types.js').ComposerFactory} */
export async function createProseMirrorComposer(options, slot) {
  const [{ EditorState, Plugin, Selection }, { EditorView, Decoration, DecorationSet }, { Schema }, basic, { history, undo, redo }, { keymap }, { baseKeymap, toggleMark }] = await modules();
  // A reply is paragraphs of text with bold, italic and links: schema-basic, cut down.
  const nodes = basic.schema.spec.nodes;
  const schema = new Schema({
    nodes: { doc: { content: 'paragraph+' }, paragraph: nodes.get('paragraph'), text: nodes.get('text'), hard_break: nodes.get('hard_break') },
    marks: basic.schema.spec.marks,
  });

  /** @param {string} text */
  const docFrom = (text) => schema.node('doc', null, text.replace(/\r\n?/g, '\n').split('\n')
    .map((line) => schema.node('paragraph', null, line === '' ? [] : [schema.text(line)])));

  const placeholder = new Plugin({
    props: {
      decorations(state) {
        const first = state.doc.firstChild;
        if (state.doc.childCount !== 1 || !first || first.content.size > 0) return null;
        return DecorationSet.create(state.doc, [Decoration.node(0, first.nodeSize, { class: 'is-editor-empty', 'data-placeholder': options.placeholder })]);
      },
    },
  });
  const plugins = [
    history(), // groups edits within newGroupDelay (500 ms), as in any ProseMirror app
    keymap({ 'Mod-z': undo, 'Mod-Shift-z': redo, 'Mod-y': redo, 'Mod-b': toggleMark(schema.marks.strong), 'Mod-i': toggleMark(schema.marks.em) }),
    keymap(baseKeymap),
    placeholder,
  ];
  /** @param {string} text */
  const freshState = (text) => {
    const doc = docFrom(text);
    return EditorState.create({ doc, plugins, selection: Selection.atEnd(doc) });
  };

  /** @param {import('prosemirror-model').Node} doc */
  const textOf = (doc) => doc.textBetween(0, doc.content.size, '\n', (leaf) => (leaf.type.name === 'hard_break' ? '\n' : ''));

  const mount = h('div', { class: 'desk-pm-mount' });
  const view = new EditorView(mount, {
    state: freshState(''),
    attributes: { ...composerAttrs('prosemirror', options), role: 'textbox', 'aria-multiline': 'true', lang: options.lang },
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr));
      if (tr.docChanged) options.onChange(textOf(view.state.doc));
    },
  });
  const run = (/** @type {import('prosemirror-state').Command} */ command) => () => command(view.state, view.dispatch, view);
  const toolbar = h('div', { class: 'desk-pm-menubar', role: 'toolbar' },
    ...editorToolbar(options.strings, {
      undo: run(undo), redo: run(redo), bold: run(toggleMark(schema.marks.strong)), italic: run(toggleMark(schema.marks.em)),
    }, (name) => `desk-pm-menuitem desk-pm-menuitem--${name}`));
  const root = h('div', { class: 'desk-pm-editor' }, toolbar, mount);
  slot.replaceChildren(root);

  return {
    kind: 'prosemirror',
    root,
    editable: /** @type {HTMLElement} */ (view.dom),
    value: () => textOf(view.state.doc),
    load(text) {
      view.updateState(freshState(text)); // a new state: no undo history
      options.onChange(textOf(view.state.doc));
    },
    undo: () => undo(view.state, view.dispatch),
    destroy: () => view.destroy(),
  };
}
