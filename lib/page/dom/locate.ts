import { reportFailure } from '../../diagnostics/log';

/**
 * Finding elements wherever a tool puts them: inside same-origin iframes (CKEditor 4 and
 * TinyMCE keep the reply box there) and open shadow roots. A selector may step into one with
 * " >>> ": "iframe.cke_wysiwyg_frame >>> body". Nothing here throws on a selector the browser
 * rejects or on a cross-origin frame: both read as "not found".
 */

export const PIERCE = '>>>';

const frames = new WeakMap<Document, Element>();

/** The iframe element a document is shown in (also where the browser does not say: a srcdoc frame in tests). */
export function frameOf(doc: Document): Element | null {
  return frames.get(doc) ?? doc.defaultView?.frameElement ?? null;
}

/** The root to search inside an element: its iframe's document, or its open shadow root. */
export function innerRoot(el: Element): ParentNode | null {
  if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
    try {
      const doc = (el as HTMLIFrameElement).contentDocument ?? null; // null for a cross-origin frame
      if (doc) frames.set(doc, el);
      return doc;
    } catch {
      return null;
    }
  }
  return (el as HTMLElement).shadowRoot ?? null;
}

function queryOne(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch (error) {
    reportFailure(`page: selector ${selector}`, error);
    return null;
  }
}

function queryEvery(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch (error) {
    reportFailure(`page: selector ${selector}`, error);
    return [];
  }
}

/** The first element a (possibly piercing) selector finds. */
export function deepQuery<E extends Element = HTMLElement>(root: ParentNode | null | undefined, selector: string): E | null {
  if (!root) return null;
  const steps = selector.split(PIERCE).map((s) => s.trim()).filter(Boolean);
  let scope: ParentNode | null = root;
  for (let i = 0; i < steps.length && scope; i++) {
    const found = queryOne(scope, steps[i] as string);
    if (!found) return null;
    if (i === steps.length - 1) return found as E;
    scope = innerRoot(found);
  }
  return null;
}

/** Every element a (possibly piercing) selector finds. */
export function deepQueryAll<E extends Element = HTMLElement>(root: ParentNode | null | undefined, selector: string): E[] {
  if (!root) return [];
  const steps = selector.split(PIERCE).map((s) => s.trim()).filter(Boolean);
  let scopes: ParentNode[] = [root];
  for (let i = 0; i < steps.length; i++) {
    const found = scopes.flatMap((scope) => queryEvery(scope, steps[i] as string));
    if (i === steps.length - 1) return found as E[];
    scopes = found.map(innerRoot).filter((r): r is ParentNode => r !== null);
  }
  return [];
}

/** The first selector of a list that finds something, with its position (0 = the tool's own). */
export function firstOf<E extends Element = HTMLElement>(root: ParentNode | null | undefined, selectors: readonly string[]): { element: E; index: number } | null {
  for (let index = 0; index < selectors.length; index++) {
    const element = deepQuery<E>(root, selectors[index] as string);
    if (element) return { element, index };
  }
  return null;
}

/**
 * Same-origin iframe documents and open shadow roots directly under a root, up to `limit`.
 * Shadow hosts are found among the first `scan` elements only: the page's cost stays bounded.
 */
export function innerRoots(root: ParentNode, limit = 20, scan = 3000): ParentNode[] {
  const out: ParentNode[] = [];
  for (const frame of queryEvery(root, 'iframe, frame')) {
    const inner = innerRoot(frame);
    if (inner && out.length < limit) out.push(inner);
  }
  const all = queryEvery(root, '*');
  for (let i = 0; i < all.length && i < scan && out.length < limit; i++) {
    const shadow = (all[i] as HTMLElement).shadowRoot;
    if (shadow) out.push(shadow);
  }
  return out;
}

function hasLayout(doc: Document | null): boolean {
  return !!doc?.documentElement && doc.documentElement.getBoundingClientRect().height > 0;
}

/**
 * Is the element on screen as a person sees it? Hidden mirrors of a rich editor (a textarea
 * kept in sync only on submit) must never be read in place of the editor the agent types in.
 */
export function isShown(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"], template')) return false;
  const html = el as HTMLElement;
  // The browser's own answer, where it has one (it knows every ancestor's styles).
  if (typeof (html as { checkVisibility?: unknown }).checkVisibility === 'function') return html.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
  const view = el.ownerDocument?.defaultView;
  for (let up: Element | null = el; up; up = up.parentElement) {
    const style = view?.getComputedStyle?.(up);
    if (style && (style.display === 'none' || (up === el && (style.visibility === 'hidden' || style.visibility === 'collapse')))) return false;
  }
  // Layout, where there is one (a saved page parsed for a test has none): a box with no size is not seen.
  if (hasLayout(el.ownerDocument) && html.tagName !== 'BODY' && html.getClientRects().length === 0) return false;
  return true;
}
