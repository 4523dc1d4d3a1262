import type { Around } from './spacing';

/**
 * Where an insert lands in a composer: the text on either side of the caret (or the agent's
 * selection), and selecting a sentence of the draft so the insert replaces it. The texts are
 * read from the DOM the way the agent sees them, so a nbsp counts as a space.
 */
export function textAround(el: HTMLElement): Around {
  if (isTextField(el)) {
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? start;
    return { before: el.value.slice(0, start), after: el.value.slice(end), multiline: el.tagName === 'TEXTAREA' };
  }
  const doc = el.ownerDocument;
  const selection = doc.defaultView?.getSelection();
  const range = selection?.rangeCount ? selection.getRangeAt(0) : null;
  if (!range || !el.contains(range.commonAncestorContainer)) return { before: '', after: '', multiline: false };
  const head = doc.createRange();
  head.selectNodeContents(el);
  head.setEnd(range.startContainer, range.startOffset);
  const tail = doc.createRange();
  tail.selectNodeContents(el);
  tail.setStart(range.endContainer, range.endOffset);
  // The line the caret is on, not the paragraphs before it: a rich editor makes paragraphs itself.
  return { before: nbsp(head.toString()), after: nbsp(tail.toString()), multiline: false };
}

/**
 * Selects the first place in the composer that reads `sentence` (spaces squashed), so the next
 * insert replaces it. False when the draft no longer holds it (the agent rewrote it meanwhile).
 */
export function selectSentence(el: HTMLElement, sentence: string): boolean {
  const needle = sentence.trim();
  if (!needle) return false;
  if (isTextField(el)) {
    const at = el.value.indexOf(needle);
    if (at === -1) return false;
    el.focus();
    el.setSelectionRange(at, at + needle.length);
    return true;
  }
  const found = findInText(el, needle);
  const selection = el.ownerDocument.defaultView?.getSelection();
  if (!found || !selection) return false;
  el.focus();
  selection.removeAllRanges();
  selection.addRange(found);
  return true;
}

/** A DOM range over the text nodes that together read `needle`, within one block of the editor. */
function findInText(el: HTMLElement, needle: string): Range | null {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    nodes.push({ node, start: text.length });
    text += nbsp(node.data);
  }
  const at = text.indexOf(needle);
  if (at === -1) return null;
  const locate = (offset: number, end: boolean) => {
    const hit = [...nodes].reverse().find((n) => (end ? n.start < offset : n.start <= offset)) ?? nodes[0]!;
    return { node: hit.node, offset: offset - hit.start };
  };
  const from = locate(at, false);
  const to = locate(at + needle.length, true);
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

const nbsp = (value: string) => value.replace(/\u00a0/g, ' ');

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}
