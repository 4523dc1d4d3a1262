/**
 * The literal text a pattern must start with, read from its source: "\b(?:how|why) …" leads
 * with "how" or "why". A turn runs only the rules whose lead it contains (an indexOf each),
 * which keeps readAffect near a tenth of the cost of running every pattern. A pattern whose
 * start cannot be read this way (an optional first group, a character class) always runs.
 */

const META = new Set([...'\\()[]{}|?*+.^$']);

/** Split a source at its top-level "|". */
function branches(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** The end of the group opening at `open` (the index of its "("). */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return source.length;
}

/** A lead after \b must start a word: "is" leads "\bis", but "this" does not contain it there. */
export interface Lead { text: string; word: boolean }

function branchLeads(branch: string, word = false): Lead[] | null {
  let s = branch;
  for (;;) {
    if (s.startsWith('\\b')) {
      s = s.slice(2);
      word = true;
    }
    else if (s.startsWith('(?<=') || s.startsWith('(?<!') || s.startsWith('(?=') || s.startsWith('(?!')) s = s.slice(groupEnd(s, 0) + 1);
    else break;
  }
  if (s.startsWith('(?:')) {
    const end = groupEnd(s, 0);
    if ('?*{'.includes(s[end + 1] ?? '') && s[end + 1] !== undefined) return null;
    return leadsOf(s.slice(3, end), word);
  }
  let i = 0;
  while (i < s.length && !META.has(s[i]!)) i++;
  const quantified = '?*{'.includes(s[i] ?? '') && s[i] !== undefined;
  const literal = s.slice(0, quantified ? i - 1 : i);
  return literal ? [{ text: literal, word }] : null;
}

/** Every literal a match must begin with, or null when that cannot be told from the source. */
function leadsOf(source: string, word: boolean): Lead[] | null {
  const all: Lead[] = [];
  for (const branch of branches(source)) {
    const found = branchLeads(branch, word);
    if (!found) return null;
    all.push(...found);
  }
  return all;
}

export const leads = (source: string): Lead[] | null => leadsOf(source, false);

const isLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

function contains(text: string, { text: lead, word }: Lead): boolean {
  for (let at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at + 1)) {
    if (!word || at === 0 || !isLetter(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

/** Whether the text contains one of the leads (no leads known: it might match). */
export const mayMatch = (text: string, known: readonly Lead[] | null) => !known || known.some((lead) => contains(text, lead));
