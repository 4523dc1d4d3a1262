// @ts-check
// The engine behind the ProseMirror-style and CKEditor-style composers. Like the real
// editors, the DOM is only a rendering: the editor keeps its own model (the text, with
// "\n" between paragraphs, and a selection as offsets into it), takes every cancelable
// `beforeinput` itself (preventDefault, then edits the model and re-renders), and keeps
// its own undo stack.
// Edits the browser makes itself and announces with an `input` event — IME composition,
// and document.execCommand('insertText'), which fires no beforeinput in Chromium — are
// read back from the DOM into the model, as both real editors do. DOM writes that come
// with no input event at all (a script setting textContent) are where they differ:
// ProseMirror-style adopts them, CKEditor-style renders its model over them.
import { blockText } from './block-text.js';
import { editForInput } from './input-edits.js';

/**
 * @typedef {import('./input-edits.js').Span} Span
 * @typedef {{ text: string, sel: Span }} Snapshot
 * @typedef {{
 *   editable: HTMLElement,
 *   filler: () => HTMLElement,
 *   onChange: (text: string) => void,
 *   undoGroupMs: number,
 *   foreignMutations: 'adopt' | 'revert',
 *   placeholder: { text: string, className: string },
 * }} ModelEditorOptions
 */

/** @param {ModelEditorOptions} options */
export function createModelEditor({ editable, filler, onChange, undoGroupMs, foreignMutations, placeholder }) {
  let text = '';
  /** @type {Span} */
  let sel = { from: 0, to: 0 };
  /** @type {Snapshot[]} */
  const undoStack = [];
  /** @type {Snapshot[]} */
  const redoStack = [];
  let lastEdit = { kind: '', at: 0, end: -1 };
  let composing = false;

  // ----- model <-> DOM positions -------------------------------------------------------

  /**
   * Offset of a DOM point inside the editable, counted in the DOM's own text (the model's
   * text once rendered). Measured on the DOM, not the model, because a browser-made edit
   * has changed the DOM before the model hears of it.
   * @param {Node} node @param {number} offset
   */
  const toModel = (node, offset) => {
    const range = document.createRange();
    range.setStart(editable, 0);
    range.setEnd(node, offset);
    return blockText(range.cloneContents()).length;
  };

  /** DOM point for a model offset. @param {number} offset @returns {[Node, number]} */
  const toDom = (offset) => {
    const lines = text.split('\n');
    let rest = offset;
    for (let i = 0; i < lines.length; i++) {
      const len = lines[i]?.length ?? 0;
      if (rest <= len || i === lines.length - 1) {
        const p = editable.children[i];
        const node = p?.firstChild;
        if (node && node.nodeType === Node.TEXT_NODE) return [node, Math.min(rest, len)];
        return [p ?? editable, 0];
      }
      rest -= len + 1;
    }
    return [editable, 0];
  };

  /** The DOM selection as a model span, when it lies inside this editor. @returns {Span | null} */
  const domSelection = () => {
    const s = document.getSelection();
    if (!s || s.rangeCount === 0) return null;
    const r = s.getRangeAt(0);
    if (!editable.contains(r.startContainer) || !editable.contains(r.endContainer)) return null;
    return { from: toModel(r.startContainer, r.startOffset), to: toModel(r.endContainer, r.endOffset) };
  };

  /** Where an input event applies: its target range, else the caret. @param {InputEvent} event */
  const eventSpan = (event) => {
    const [target] = event.getTargetRanges();
    if (target && editable.contains(target.startContainer) && editable.contains(target.endContainer)) {
      return { from: toModel(target.startContainer, target.startOffset), to: toModel(target.endContainer, target.endOffset) };
    }
    return domSelection() ?? sel;
  };

  // ----- rendering -----------------------------------------------------------------------

  /** @param {string} line */
  const paragraph = (line) => {
    const p = document.createElement('p');
    p.append(line === '' ? filler() : document.createTextNode(line));
    return p;
  };

  /** @param {Element} p @param {string} line */
  const isRendered = (p, line) => {
    if (p.tagName !== 'P' || p.childNodes.length !== 1) return false;
    const only = p.firstChild;
    return line === '' ? only?.nodeName === 'BR' : only?.nodeType === Node.TEXT_NODE && only.nodeValue === line;
  };

  // Update only the paragraphs that changed, as real editors do, so observers of the
  // page see a small mutation rather than the whole editor being rebuilt.
  const render = () => {
    const lines = text.split('\n');
    const foreign = Array.from(editable.childNodes).some((n) => n.nodeName !== 'P');
    if (foreign) editable.replaceChildren(...lines.map(paragraph));
    lines.forEach((line, i) => {
      const p = editable.children[i];
      if (!p) editable.append(paragraph(line));
      else if (!isRendered(p, line)) p.replaceWith(paragraph(line));
    });
    while (editable.children.length > lines.length) editable.lastElementChild?.remove();
    showPlaceholder(text === '');
    observer.takeRecords(); // our own writes are not foreign mutations
    if (document.activeElement === editable) placeCaret();
  };

  /** The empty editor shows its hint through a class and attribute on the first paragraph (CSS ::before). @param {boolean} empty */
  const showPlaceholder = (empty) => {
    const first = editable.firstElementChild;
    first?.classList.toggle(placeholder.className, empty);
    if (empty) first?.setAttribute('data-placeholder', placeholder.text);
    else first?.removeAttribute('data-placeholder');
  };

  const placeCaret = () => {
    const s = document.getSelection();
    if (!s) return;
    const [aNode, aOff] = toDom(sel.from);
    const [bNode, bOff] = toDom(sel.to);
    s.setBaseAndExtent(aNode, aOff, bNode, bOff);
  };

  // ----- editing -------------------------------------------------------------------------

  /** @param {Span} span @param {string} insert @param {string} kind */
  const replace = (span, insert, kind) => {
    const from = Math.max(0, Math.min(span.from, span.to, text.length));
    const to = Math.min(text.length, Math.max(span.from, span.to));
    const clean = insert.replace(/\r\n?/g, '\n');
    const caret = from + clean.length;
    commit(text.slice(0, from) + clean + text.slice(to), { from: caret, to: caret }, kind, from);
  };

  /**
   * Make `next` the model, recording undo history. Consecutive edits of one kind within
   * the group window that continue where the last one stopped undo as one step.
   * @param {string} next @param {Span} nextSel @param {string} kind @param {number} start
   */
  const commit = (next, nextSel, kind, start) => {
    const now = performance.now();
    const continues = kind === lastEdit.kind && kind !== 'other' && now - lastEdit.at < undoGroupMs && start === lastEdit.end;
    if (!continues) undoStack.push({ text, sel });
    redoStack.length = 0;
    text = next;
    sel = nextSel;
    lastEdit = { kind, at: now, end: sel.to };
    render();
    onChange(text);
  };

  /** @param {Snapshot[]} from @param {Snapshot[]} to */
  const travel = (from, to) => {
    const snap = from.pop();
    if (!snap) return false;
    to.push({ text, sel });
    text = snap.text;
    sel = snap.sel;
    lastEdit = { kind: '', at: 0, end: -1 };
    render();
    onChange(text);
    return true;
  };

  /** @param {InputEvent} event */
  const onBeforeInput = (event) => {
    // IME composition cannot be cancelled; the browser writes it and we adopt it at the end.
    if (event.isComposing || event.inputType === 'insertCompositionText') return;
    event.preventDefault();
    const pasted = event.dataTransfer?.getData('text/plain') ?? null;
    const edit = editForInput(event.inputType, text, eventSpan(event), event.data, pasted);
    if (edit === 'undo') travel(undoStack, redoStack);
    else if (edit === 'redo') travel(redoStack, undoStack);
    else if (edit) replace(edit.span, edit.insert, edit.kind);
  };

  /** @param {KeyboardEvent} event */
  const onKeyDown = (event) => {
    const mod = event.ctrlKey || event.metaKey;
    if (!mod || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) { event.preventDefault(); travel(undoStack, redoStack); }
    else if ((key === 'z' && event.shiftKey) || key === 'y') { event.preventDefault(); travel(redoStack, undoStack); }
  };

  const onCompositionStart = () => { composing = true; };
  const onCompositionEnd = () => {
    composing = false;
    adoptDom();
  };

  /** Take the DOM's text as the model's (browser-made edits, ProseMirror-style foreign edits). */
  const adoptDom = () => {
    const domText = blockText(editable);
    if (domText === text) return;
    const before = domSelection();
    commit(domText, before ?? { from: domText.length, to: domText.length }, 'other', -1);
  };

  // Runs synchronously inside execCommand, so the model is right when execCommand returns.
  const onInput = () => {
    if (!composing) adoptDom();
  };

  const observer = new MutationObserver(() => {
    if (composing) return;
    if (foreignMutations === 'adopt') adoptDom();
    else render();
  });

  const onSelectionChange = () => {
    const span = domSelection();
    if (span) sel = span;
  };

  /** @type {[string, (event: any) => void][]} each handler narrows its own event type */
  const listeners = [
    ['beforeinput', onBeforeInput],
    ['input', onInput],
    ['keydown', onKeyDown],
    ['compositionstart', onCompositionStart],
    ['compositionend', onCompositionEnd],
  ];
  for (const [type, handler] of listeners) editable.addEventListener(type, handler);
  document.addEventListener('selectionchange', onSelectionChange);
  observer.observe(editable, { childList: true, characterData: true, subtree: true });
  render();

  return {
    value: () => text,
    /** Load text as the editor's starting content: not an edit, not undoable. @param {string} next */
    load(next) {
      text = next.replace(/\r\n?/g, '\n');
      sel = { from: text.length, to: text.length };
      undoStack.length = 0;
      redoStack.length = 0;
      render();
      onChange(text);
    },
    undo: () => travel(undoStack, redoStack),
    redo: () => travel(redoStack, undoStack),
    destroy() {
      observer.disconnect();
      document.removeEventListener('selectionchange', onSelectionChange);
      for (const [type, handler] of listeners) editable.removeEventListener(type, handler);
    },
  };
}
