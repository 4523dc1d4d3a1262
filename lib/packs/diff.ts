import { diffLines } from 'diff';

export { canonicalJson } from './canonical-json';

export type DiffLineKind = 'add' | 'remove' | 'same' | 'skip';

export interface DiffLine {
  kind: DiffLineKind;
  /** The line; for "skip", how many unchanged lines are hidden. */
  text: string;
}

/**
 * A line diff of two JSON texts for people: long unchanged runs collapse to a "skip" line,
 * keeping `context` lines next to each change.
 */
export function jsonDiff(before: string | null, after: string | null, context = 3): DiffLine[] {
  const changes = diffLines(before ?? '', after ?? '');
  const lines: DiffLine[] = [];
  changes.forEach((change, i) => {
    const texts = change.value.replace(/\n$/, '').split('\n');
    if (change.added || change.removed) {
      lines.push(...texts.map((text) => ({ kind: change.added ? ('add' as const) : ('remove' as const), text })));
      return;
    }
    const keepHead = i === 0 ? 0 : context;
    const keepTail = i === changes.length - 1 ? 0 : context;
    if (texts.length <= keepHead + keepTail + 1) {
      lines.push(...texts.map((text) => ({ kind: 'same' as const, text })));
      return;
    }
    lines.push(...texts.slice(0, keepHead).map((text) => ({ kind: 'same' as const, text })));
    lines.push({ kind: 'skip', text: String(texts.length - keepHead - keepTail) });
    lines.push(...texts.slice(texts.length - keepTail).map((text) => ({ kind: 'same' as const, text })));
  });
  return lines;
}

export function countChanges(lines: readonly DiffLine[]): { added: number; removed: number } {
  return {
    added: lines.filter((l) => l.kind === 'add').length,
    removed: lines.filter((l) => l.kind === 'remove').length,
  };
}
