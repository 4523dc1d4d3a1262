import { describe, expect, it } from 'vitest';
import { countChanges, jsonDiff } from './diff';

const lines = (n: number, changeAt: number) => Array.from({ length: n }, (_, i) => (i === changeAt ? 'changed' : `line ${i}`)).join('\n');

describe('json diff', () => {
  it('keeps three lines of context around a change and folds the rest', () => {
    const diff = jsonDiff(lines(20, -1), lines(20, 10));
    expect(diff[0]).toEqual({ kind: 'skip', text: '7' });
    expect(diff.slice(1, 4).map((l) => l.text)).toEqual(['line 7', 'line 8', 'line 9']);
    expect(diff.filter((l) => l.kind === 'remove')).toEqual([{ kind: 'remove', text: 'line 10' }]);
    expect(diff.at(-1)).toEqual({ kind: 'skip', text: '6' });
    expect(countChanges(diff)).toEqual({ added: 1, removed: 1 });
  });

  it('shows a new rule as all additions', () => {
    expect(jsonDiff(null, 'a\nb')).toEqual([{ kind: 'add', text: 'a' }, { kind: 'add', text: 'b' }]);
  });
});
