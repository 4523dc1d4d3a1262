import { cachedQuery } from './read-cache';
import type { PageReading } from './types';

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
export function blockText(el: Node | null | undefined, skip?: string): string {
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
      if (skip && safeMatches(element, skip)) continue;
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

/** Text of a reply box: a textarea's value, or a contenteditable's text with paragraphs as "\n". */
export function editableText(el: Element | null | undefined, skip?: string): string | null {
  if (!el) return null;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value.replace(/\r\n?/g, '\n').trim();
  return blockText(el, skip);
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

export function emptyReading(): PageReading {
  return { conversationId: null, customer: null, turns: [], draft: null };
}

/**
 * Last line of defence for `read`: the helpers above already avoid throwing, but a
 * tool's markup can still surprise us (a getter that throws in some browser); then the
 * page reads as "nothing found" instead of breaking the content script.
 */
export function guardRead(read: () => PageReading): PageReading {
  try {
    return read();
  } catch {
    return emptyReading();
  }
}
