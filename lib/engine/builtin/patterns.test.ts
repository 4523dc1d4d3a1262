import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../text/normalize';
import { compilePattern, findPattern } from '../../text/regex';
import { builtinRules } from './index';
import { builtinLexicons } from './lexicons';

/** Every text we have: the dev corpus's turns and drafts, and the built-in rules' examples. */
function texts(): string[] {
  const out: string[] = [];
  const dir = join(__dirname, '../../../tests/corpus/dev');
  for (const file of readdirSync(dir)) {
    const c = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { turns?: { text: string }[]; draft?: string };
    for (const t of c.turns ?? []) out.push(t.text);
    if (c.draft) out.push(c.draft);
  }
  for (const rule of builtinRules)
    for (const e of [...(rule.examples?.fire ?? []), ...(rule.examples?.quiet ?? [])]) {
      for (const t of e.turns) out.push(t.text);
      if (e.draft) out.push(e.draft);
    }
  return out.flatMap((t) => [t, normalizeText(t).text]);
}

describe('shipped patterns on the browser engine', () => {
  const patterns = Object.values(builtinLexicons).flatMap((l) => l.patterns ?? []);
  const all = texts();

  it('each compiles for the browser engine too', () => {
    expect(patterns.length).toBeGreaterThan(0);
    for (const source of patterns) {
      const r = compilePattern(source, true);
      expect(r.ok && r.pattern.native, source).toBeTruthy();
    }
  });

  it('finds exactly what RE2 finds, on every text we have', () => {
    expect(all.length).toBeGreaterThan(500);
    for (const source of patterns) {
      const fast = compilePattern(source, true);
      const re2 = compilePattern(source, false);
      if (!fast.ok || !re2.ok) throw new Error(source);
      for (const text of all) expect(findPattern(fast.pattern, text), `${source} on ${text}`).toEqual(findPattern(re2.pattern, text));
    }
  });

  it("a team lead's pattern always runs on RE2", () => {
    const r = compilePattern('(a+)+b');
    expect(r.ok && r.pattern.native).toBeFalsy();
  });
});
