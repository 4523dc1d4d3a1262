import { cachedQuery } from './read-cache';
import type { AdapterReading } from './types';
import { reportFailure } from '../../diagnostics/log';

/**
 * Small DOM helpers every adapter leans on. They never throw: a support tool can ship
 * new markup at any moment, and a reading that throws would turn one odd page into an
 * exception storm in the content script.
 */

/**
 * querySelector that returns null instead of throwing on a selector the engine rejects. A
 * page-wide lookup is kept between the watcher's batches (see read-cache.ts).
 */
export function safeQuery<E extends Element = HTMLElement>(root: ParentNode | null | undefined, selector: string): E | null {
  if (!root) return null;
  try {
    return cachedQuery<E>(root, selector);
  } catch {
    return null;
  }
}

export function safeQueryAll<E extends Element = HTMLElement>(root: ParentNode | null | undefined, selector: string): E[] {
  if (!root) return [];
  try {
    return Array.from(root.querySelectorAll<E>(selector));
  } catch {
    return [];
  }
}

export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** Runs of whitespace (including NBSP) become one space; ends trimmed. */
export function collapseWhitespace(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG']);

/**
 * The text a person sees in an element: block elements and <br> become line breaks
 * (adjacent blocks give one break, an empty paragraph a blank line), runs of spaces one
 * space. `skip` drops matching subtrees, e.g. quoted history or signatures.
 */
export function blockText(el: Node | null | undefined, skip?: string | ((el: Element) => boolean)): string {
  if (!el) return '';
  let out = '';
  const softBreak = () => {
    if (out !== '' && !out.endsWith('\n')) out += '\n';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const text = (child.nodeValue ?? '').replace(/[\s\u00a0]+/g, ' ');
        // Source indentation between blocks would otherwise become blank lines.
        out += out === '' || out.endsWith('\n') ? text.trimStart() : text;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (SKIPPED_TAGS.has(element.tagName) || element.hasAttribute('hidden')) continue;
      if (skip && (typeof skip === 'string' ? safeMatches(element, skip) : skip(element))) continue;
      if (element.tagName === 'BR') {
        out += '\n';
        continue;
      }
      const block = BLOCK_TAGS.has(element.tagName);
      if (block) softBreak();
      walk(element);
      if (block) softBreak();
    }
  };
  walk(el);
  return out
    .split('\n')
    .map((line) => line.replace(/ +/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const EDITOR_BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'UL', 'OL']);

/**
 * The reply box's text exactly as its editor holds it: a textarea's value, or a
 * contenteditable's text with paragraph breaks as "\n" and spaces kept (unlike blockText,
 * which tidies page text for reading). A <br> that only holds an empty paragraph open
 * (ProseMirror's trailing break, CKEditor's filler, `<div><br></div>`) is no line break.
 * `skip` leaves out subtrees the agent is not writing (signatures, quoted history).
 * The desk's own tests/desk/app/assets/composers/block-text.js does the same in the page.
 */
export function editableText(el: Element | null | undefined, skip?: string): string | null {
  if (!el) return null;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return ((el as HTMLTextAreaElement).value ?? '').replace(/\r\n?/g, '\n');
  const lines: string[] = [];
  let line = '';
  let open = false;
  // In a rich editor a newline in the markup is indentation, not something the agent typed
  // (they get <br> or a new paragraph); only a plain-text editor keeps it.
  const plain = el.getAttribute('contenteditable') === 'plaintext-only';
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const raw = child.nodeValue ?? '';
        if (!plain && raw.includes('\n') && raw.trim() === '') continue;
        line += plain ? raw : raw.replace(/^[ \t]*\n\s*/, '').replace(/\s*\n[ \t]*$/, '').replace(/\s*\n\s*/g, ' ');
        open = true;
      } else if (child.nodeType !== 1 || SKIPPED_TAGS.has(child.nodeName) || (skip && safeMatches(child as Element, skip))) {
        continue;
      } else if (child.nodeName === 'BR') {
        open = true;
        if (isPlaceholderBreak(child)) continue;
        lines.push(line);
        line = '';
      } else if (EDITOR_BLOCKS.has(child.nodeName)) {
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
  walk(el);
  if (open) lines.push(line);
  // Editors draw a trailing or doubled space as a no-break space; the agent typed a space.
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

function isPlaceholderBreak(node: Node): boolean {
  const el = node as Element;
  if (el.hasAttribute?.('data-cke-filler') || el.classList?.contains('ProseMirror-trailingBreak')) return true;
  return node.nextSibling === null && node.parentNode !== null && EDITOR_BLOCKS.has(node.parentNode.nodeName);
}

/** Is this element something a person types into? */
export function isEditable(el: Element | null | undefined): el is HTMLElement {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly;
  const flag = el.getAttribute('contenteditable');
  return (flag === '' || flag === 'true' || flag === 'plaintext-only') || el.getAttribute('role') === 'textbox';
}

/** ISO time from an element's `datetime` or `title` (tools put the exact time in tooltips). */
export function isoTime(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  for (const attribute of ['datetime', 'data-time', 'title']) {
    const value = el.getAttribute(attribute);
    if (!value) continue;
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return new Date(ms).toISOString();
  }
  return undefined;
}

/** Text meant for screen readers or hidden from them, which a sighted agent never reads as part of a name. */
const NOT_SHOWN = '.sr-only, .visually-hidden, [aria-hidden="true"]';

/** Collapsed visible text of the first element matching the selector, or undefined when empty. */
export function firstText(root: ParentNode | null | undefined, selector: string): string | undefined {
  return collapseWhitespace(blockText(safeQuery(root, selector), NOT_SHOWN)) || undefined;
}

/** First capture group of `pattern` in the URL's path + hash (SPAs keep routes in the hash). */
export function idFromUrl(url: URL, pattern: RegExp): string | null {
  return pattern.exec(url.pathname + url.hash)?.[1] ?? null;
}

/** An email address inside a string like "Name <a@b.jp>" or a mailto: link. */
export function emailIn(text: string | null | undefined): string | undefined {
  return /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(text ?? '')?.[0];
}

export function emptyReading(): AdapterReading {
  return { conversationId: null, customer: null, turns: [] };
}

/**
 * Last line of defence for `read`: the helpers above already avoid throwing, but a
 * tool's markup can still surprise us (a getter that throws in some browser); then the
 * page reads as "nothing found" instead of breaking the content script.
 */
export function guardRead(read: () => AdapterReading): AdapterReading {
  try {
    return read();
  } catch (error) {
    reportFailure('page: read', error);
    return emptyReading();
  }
}
