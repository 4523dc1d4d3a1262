import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The extension contexts that validate (the content script and the reader never load zod). */
const ENTRYPOINTS = ['entrypoints/background.ts', 'entrypoints/sidepanel/main.tsx', 'entrypoints/options/main.tsx', 'entrypoints/notes/main.tsx'];

describe("zod's jitless mode", () => {
  it.each(ENTRYPOINTS)('%s imports it before anything else, so it runs before any schema is built', (file) => {
    const source = readFileSync(join(process.cwd(), file), 'utf8');
    const firstImport = /^\s*import\s[^;]*?['"]([^'"]+)['"]/m.exec(source)?.[1];
    expect(firstImport).toBe('@/lib/input/zod-jitless');
  });

  it('builds and runs schemas without ever calling the Function constructor', async () => {
    const original = globalThis.Function;
    let constructed = 0;
    globalThis.Function = new Proxy(original, { construct: (target, args) => ((constructed += 1), Reflect.construct(target, args)) });
    try {
      await import('./zod-jitless');
      const { z } = await import('zod');
      const schema = z.object({ id: z.string(), rules: z.array(z.object({ level: z.enum(['tip', 'nudge']) })) });
      expect(schema.safeParse({ id: 'p', rules: [{ level: 'tip' }] }).success).toBe(true);
      expect(schema.safeParse({ id: 1, rules: [] }).success).toBe(false);
    } finally {
      globalThis.Function = original;
    }
    expect(constructed).toBe(0);
  });
});
