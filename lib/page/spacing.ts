/**
 * The spaces and line breaks a phrasing needs where it goes into the agent's draft, so an
 * insert reads like the agent wrote it ("…supervisor. I understand…", never "…supervisor.I").
 *
 * - Japanese words take no space: not after 。！？, not between sentences, not before the
 *   words after the caret.
 * - English words take one space after the text before them (unless it already ends in a space
 *   or a line break, or is an opening bracket or quote), and one before the text after them
 *   (unless that starts with a space, a line break or closing punctuation).
 * - After a greeting on a line of its own ("Hi Robert," / 「山田様」), the phrasing starts a new
 *   paragraph, where the draft can hold line breaks (a text field).
 * Which rules apply is decided by the phrasing's own script, so an English phrasing in a
 * Japanese draft (a product name) still gets its spaces.
 */
const JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;
const OPENING = /[([{"'“‘«「『（]$/;
const CLOSING = /^[)\]}"'”’»」』）.,!?;:、。！？]/;
const GREETING_EN = /^(hi|hello|hey|dear|good (morning|afternoon|evening))\b[^.!?]{0,40}[,!]?$/i;
const GREETING_JA = /^[^。！？]{0,30}(様|さま|御中)[、,]?$|^(お世話になっております|いつもお世話になっております)[。]?$/;

export interface Around {
  /** The draft's text before the caret (or the selection). */
  before: string;
  /** The draft's text after it. */
  after: string;
  /** Whether the composer keeps line breaks typed into it (a textarea does; a rich editor makes paragraphs). */
  multiline: boolean;
}

/** The phrasing with what it needs on either side to sit naturally between `before` and `after`. */
export function spaceForInsert(text: string, { before, after, multiline }: Around): string {
  const words = text.trim();
  if (!words) return text;
  const japanese = JAPANESE.test(words);
  const lastLine = before.split('\n').pop() ?? '';
  let prefix = '';
  const endOfLine = !(after.split('\n')[0] ?? '').trim();
  if (multiline && endOfLine && isGreeting(lastLine.trim()) && !/\n\s*$/.test(before)) prefix = '\n\n';
  else if (!japanese && before && !/\s$/.test(before) && !OPENING.test(before)) prefix = ' ';
  let suffix = '';
  if (!japanese && after && !/^\s/.test(after) && !CLOSING.test(after)) suffix = ' ';
  return prefix + words + suffix;
}

export function isGreeting(line: string): boolean {
  return GREETING_EN.test(line) || GREETING_JA.test(line);
}
