// @ts-check
// The text of an editable element with paragraph breaks as "\n" — what the agent sees,
// independent of whether the editor wraps lines in <p>, <div> or uses <br>.
// lib/adapters/desk.ts reads drafts the same way.

const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'UL', 'OL']);

/** @param {Node} node */
function isBlock(node) {
  return node.nodeType === Node.ELEMENT_NODE && BLOCKS.has(/** @type {Element} */ (node).tagName);
}

/**
 * A <br> that only holds an empty line open (ProseMirror's trailing break, CKEditor's
 * filler, the browser's own <div><br></div>) is not a line break of its own.
 * @param {Node} node
 */
function isPlaceholderBreak(node) {
  if (node.nodeName !== 'BR') return false;
  const el = /** @type {Element} */ (node);
  if (el.hasAttribute('data-cke-filler') || el.classList.contains('ProseMirror-trailingBreak')) return true;
  return node.nextSibling === null && node.parentNode !== null && isBlock(node.parentNode);
}

/** @param {Node} root */
export function blockText(root) {
  /** @type {string[]} */
  const lines = [];
  let line = '';
  let open = false; // whether `line` holds an inline run that must be flushed

  /** @param {Node} node */
  const walk = (node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        line += child.nodeValue ?? '';
        open = true;
      } else if (child.nodeName === 'BR') {
        if (isPlaceholderBreak(child)) { open = true; continue; }
        lines.push(line);
        line = '';
        open = true;
      } else if (isBlock(child)) {
        if (open) lines.push(line);
        line = '';
        open = false;
        walk(child);
        if (open || child.childNodes.length === 0) lines.push(line);
        line = '';
        open = false;
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  if (open) lines.push(line);
  return lines.join('\n');
}
