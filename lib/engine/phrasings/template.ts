/**
 * Phrasing templates: the words a rule suggests, with the conversation's details filled in.
 *
 *   "Thanks for reaching out[, {customer}]! [I'm {agent} and ]I'll be helping you today."
 *
 * - `{agent}`, `{customer}`, `{customerFull}` are filled from the conversation (see names.ts).
 * - `[ … ]` is said only when every placeholder in it is known; `[A|B]` says A when it can,
 *   else B. So an unknown name gives a natural sentence without it, never a raw `{agent}`.
 * - A placeholder outside brackets is required: without its value the phrasing is left out.
 * - `{{`, `}}`, `[[`, `]]` and `||` write the character itself.
 * Pure and dependency-free: the pack schema validates with it, the engine fills with it.
 */
export const PLACEHOLDERS = ['agent', 'customer', 'customerFull'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

type Piece = { text: string } | { slot: Placeholder };
type Part = Piece | { choice: Piece[][] };

export interface Template {
  parts: Part[];
}

export interface Filled {
  text: string;
  /** Placeholders the template would have used but had no value for (the panel can say how to add them). */
  missing: Placeholder[];
}

const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);

/** The template's parts, or the first problem in it, worded for a team lead. */
export function parseTemplate(source: string): Template | { problem: string } {
  const parts: Part[] = [];
  let options: Piece[][] | null = null;
  let text = '';
  const target = (): Piece[] => (options ? options[options.length - 1]! : (parts as Piece[]));
  const flush = () => {
    if (text) target().push({ text });
    text = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const next = source[i + 1];
    if ((c === '{' || c === '}' || c === '[' || c === ']' || c === '|') && next === c) {
      text += c;
      i++;
    } else if (c === '{') {
      const close = source.indexOf('}', i);
      const name = close === -1 ? '' : source.slice(i + 1, close);
      if (close === -1) return { problem: 'A "{" is never closed with "}". Write "{{" for the character itself.' };
      if (!isPlaceholder(name)) return { problem: `Unknown placeholder "{${name}}": use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.` };
      flush();
      target().push({ slot: name });
      i = close;
    } else if (c === '}') {
      return { problem: 'A "}" has no "{" before it. Write "}}" for the character itself.' };
    } else if (c === '[') {
      if (options) return { problem: 'Optional parts cannot be nested: close the "[" before opening another.' };
      flush();
      options = [[]];
    } else if (c === ']') {
      if (!options) return { problem: 'A "]" has no "[" before it. Write "]]" for the character itself.' };
      flush();
      parts.push({ choice: options });
      options = null;
    } else if (c === '|' && options) {
      flush();
      options.push([]);
    } else {
      text += c;
    }
  }
  if (options) return { problem: 'An optional part "[" is never closed with "]".' };
  flush();
  return { parts };
}

/** What is wrong with a template, or null when it is fine. */
export function templateProblem(source: string): string | null {
  const parsed = parseTemplate(source);
  return 'problem' in parsed ? parsed.problem : null;
}

/**
 * The template with `values` filled in; null when a required placeholder has no value.
 * Spaces left doubled or before punctuation by a dropped part are tidied away.
 */
export function fillTemplate(template: Template, values: PlaceholderValues): Filled | null {
  const missing = new Set<Placeholder>();
  const known = (piece: Piece) => !('slot' in piece) || !!values[piece.slot];
  const say = (pieces: Piece[]) => pieces.map((p) => ('slot' in p ? values[p.slot]! : p.text)).join('');
  let out = '';
  for (const part of template.parts) {
    if ('choice' in part) {
      for (const piece of part.choice.flat()) if ('slot' in piece && !values[piece.slot]) missing.add(piece.slot);
      const option = part.choice.find((pieces) => pieces.every(known));
      if (option) out += say(option);
    } else if ('slot' in part) {
      if (!values[part.slot]) return null;
      out += values[part.slot];
    } else {
      out += part.text;
    }
  }
  return { text: tidy(out), missing: [...missing] };
}

/** Doubled spaces, a space before punctuation, and spaces at either end, as a dropped part leaves them. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+([,.!?;:、。！？])/g, '$1')
    .replace(/([、。])[ \t]+/g, '$1')
    .trim();
}
