// @ts-check
// What each beforeinput inputType does to a plain-text model: pure, so the editor engine
// only has to find the span and apply the result.

/** @typedef {{ from: number, to: number }} Span */
/** @typedef {{ span: Span, insert: string, kind: 'typing' | 'delete' | 'other' }} Edit */

const WORD_BACK = /[\p{L}\p{N}_]+\s*$|\s+$|[^\p{L}\p{N}_\s]\s*$/u;
const WORD_FORWARD = /^\s*[\p{L}\p{N}_]+|^\s+|^\s*[^\p{L}\p{N}_\s]/u;

/**
 * The span a deletion removes. The browser usually gives it as the event's target range;
 * when it does not (a collapsed caret, a dispatched event), work it out from the text.
 * @param {string} text @param {Span} span @param {'back' | 'forward'} dir @param {'char' | 'word' | 'line'} unit
 * @returns {Span}
 */
function deletionSpan(text, span, dir, unit) {
  if (span.from !== span.to) return span;
  const at = span.from;
  if (dir === 'back') {
    const before = text.slice(0, at);
    const size = unit === 'line' ? before.length - before.lastIndexOf('\n') - 1 || 1
      : unit === 'word' ? (WORD_BACK.exec(before)?.[0].length ?? 1)
        : Array.from(before).pop()?.length ?? 0; // a whole emoji, not half a surrogate pair
    return { from: Math.max(0, at - size), to: at };
  }
  const after = text.slice(at);
  const size = unit === 'word' ? (WORD_FORWARD.exec(after)?.[0].length ?? 1) : Array.from(after)[0]?.length ?? 0;
  return { from: at, to: Math.min(text.length, at + size) };
}

/**
 * @param {string} inputType @param {string} text @param {Span} span
 * @param {string | null} data @param {string | null} pasted
 * @returns {Edit | 'undo' | 'redo' | null} null: an input a plain-text composer ignores (formatting)
 */
export function editForInput(inputType, text, span, data, pasted) {
  /** @param {'back' | 'forward'} dir @param {'char' | 'word' | 'line'} unit @param {Edit['kind']} kind @returns {Edit} */
  const remove = (dir, unit, kind) => ({ span: deletionSpan(text, span, dir, unit), insert: '', kind });
  switch (inputType) {
    case 'insertText':
    case 'insertReplacementText':
      return { span, insert: data ?? pasted ?? '', kind: 'typing' };
    case 'insertFromPaste':
    case 'insertFromDrop':
    case 'insertFromYank':
      return { span, insert: pasted ?? data ?? '', kind: 'other' };
    case 'insertParagraph':
    case 'insertLineBreak':
      return { span, insert: '\n', kind: 'other' };
    case 'deleteContentBackward': return remove('back', 'char', 'delete');
    case 'deleteContentForward': return remove('forward', 'char', 'delete');
    case 'deleteWordBackward': return remove('back', 'word', 'other');
    case 'deleteWordForward': return remove('forward', 'word', 'other');
    case 'deleteSoftLineBackward':
    case 'deleteHardLineBackward': return remove('back', 'line', 'other');
    case 'deleteByCut':
    case 'deleteByDrag':
    case 'deleteContent':
      return { span, insert: '', kind: 'other' };
    case 'historyUndo': return 'undo';
    case 'historyRedo': return 'redo';
    default: return null;
  }
}
