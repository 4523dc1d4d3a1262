/**
 * Which parts of an element's markup can be trusted to still be there after the tool's next
 * release: a selector built from them survives small markup changes. Build tools generate
 * class names (css-1x2y3z, sc-bdVaJa, jss123, Button_root__3xYz1) that change with every
 * build, frameworks number ids (ember123, :r1:), and state classes (active, selected, odd)
 * come and go as the agent clicks. This module runs in the support tool's page (the picker):
 * it imports nothing.
 */

/** Attributes made for tests and accessibility: the most stable hooks a page has, best first. */
export const TEST_ATTRIBUTES = ['data-testid', 'data-test-id', 'data-test', 'data-qa', 'data-cy'] as const;

const GENERATED_CLASS = [
  /^css-[a-z0-9]+$/i, // emotion
  /^sc-[a-z0-9]+$/i, // styled-components
  /^jss\d+$/i,
  /^ember[\w-]*$/i, // Ember's ember-view and ember123
  /^(makeStyles|withStyles|Mui[A-Za-z]+)-[\w-]*\d+$/, // Material UI's generated names
  /[:[\]/!@]/, // utility classes with variants or arbitrary values (md:flex, w-[3px])
];

const STATE_CLASS = [
  /^(active|selected|current|focus|focused|hover|hovered|open|opened|closed|expanded|collapsed|disabled|enabled|visible|hidden|show|shown|odd|even|first|last|new|unread|read|highlight|highlighted|checked|loading|loaded|in|fade|dragging|editing)$/i,
  /^(is|has|was)-/i,
  /^ng-/, // Angular's form and animation states
  /^ui-state-/,
  /[-_](active|selected|current|focused|hover|open|highlighted|unread|new|odd|even|first|last)$/i,
];

/** A part (split on - and _) that mixes letters and digits and is five or more long is a hash (CSS modules' name__3xYz1). */
function hasHashedPart(name: string): boolean {
  return name.split(/[-_]+/).some((part) => part.length >= 5 && /\d/.test(part) && /[a-z]/i.test(part));
}

export function isStableClass(name: string): boolean {
  return !!name && !GENERATED_CLASS.some((re) => re.test(name)) && !STATE_CLASS.some((re) => re.test(name)) && !hasHashedPart(name) && !/^\d/.test(name);
}

/** Ids written by a person: letters and separators, no numbers (those are usually a record's, or a framework's counter). */
export function isStableId(id: string): boolean {
  return /^[A-Za-z][A-Za-z_-]*$/.test(id) && !/^(ember|react|mui|radix|headlessui|rc-|el-)/i.test(id);
}

/** An attribute value that names a kind of thing, not one record: no long numbers, not a sentence. */
export function isStableValue(value: string): boolean {
  return value.length > 0 && value.length <= 60 && !/\d{2,}/.test(value) && !hasHashedPart(value) && value.split(/\s+/).length <= 4;
}

export function stableClasses(el: Element): string[] {
  return Array.from(el.classList).filter(isStableClass);
}

export function cssIdent(name: string): string {
  const escape = (globalThis as { CSS?: { escape?: (s: string) => string } }).CSS?.escape;
  return escape ? escape(name) : name.replace(/([^\w-])/g, '\\$1');
}

export const attr = (name: string, value: string, op = '=') => `[${name}${op}"${value.replace(/["\\]/g, '\\$&')}"]`;

const tagOf = (el: Element) => el.tagName.toLowerCase();

/**
 * Simple selectors that match this element, most stable first: a stable id, test and
 * accessibility attributes, a form field's name, stable classes, its role, its tag.
 */
export function ownCandidates(el: Element): string[] {
  const out: string[] = [];
  if (el.id && isStableId(el.id)) out.push(`#${cssIdent(el.id)}`);
  for (const name of TEST_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value && isStableValue(value)) out.push(attr(name, value));
  }
  const tag = tagOf(el);
  const name = el.getAttribute('name');
  if (name && isStableValue(name) && /^(textarea|input|select)$/.test(tag)) out.push(`${tag}${attr('name', name)}`);
  const label = el.getAttribute('aria-label');
  if (label && isStableValue(label) && label.length <= 40) out.push(attr('aria-label', label));
  const classes = stableClasses(el);
  for (const c of classes) out.push(`.${cssIdent(c)}`);
  if (classes.length >= 2) out.push(`.${cssIdent(classes[0] as string)}.${cssIdent(classes[1] as string)}`);
  const role = el.getAttribute('role');
  if (role && isStableValue(role)) out.push(`${tag}${attr('role', role)}`);
  out.push(tag);
  return out;
}

/** Every element a selector finds, or none when the browser refuses it. */
export function all(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return []; // a selector built from a strange attribute value: the caller tries the next one
  }
}
