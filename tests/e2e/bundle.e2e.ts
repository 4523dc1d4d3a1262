import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The built extension (npm run test:e2e builds it first), checked for what must never ship in it. */
const out = join(process.cwd(), '.output', 'chrome-mv3');

describe('the built extension', () => {
  const content = readFileSync(join(out, 'content-scripts', 'content.js'), 'utf8');

  it('the content script carries neither the validator (zod) nor the database (Dexie), and stays under 15 KB gzipped', () => {
    // Strings each library cannot do without: zod's issue codes and error class, Dexie's own name and API.
    for (const marker of ['invalid_type', 'ZodError', '$ZodType', 'Dexie', 'IDBKeyRange', 'liveQuery']) expect(content, marker).not.toContain(marker);
    expect(gzipSync(content).length).toBeLessThan(15 * 1024);
  });

  const background = readFileSync(join(out, 'background.js'), 'utf8');

  it('the background stays under 250 KB and carries no UI, editor, highlighter or engine: the engine is a script it loads when needed', () => {
    expect(Buffer.byteLength(background)).toBeLessThan(250 * 1000);
    // React, CodeMirror, Shiki's grammars, RE2 and the built-in rules' own ids.
    for (const marker of ['react.element', 'cm-editor', 'vitesse', 'RE2JS', 'apologise-first']) expect(background, marker).not.toContain(marker);
    const engine = readFileSync(join(out, 'engine.js'), 'utf8');
    expect(engine).toContain('apologise-first');
    expect(background).toContain('/engine.js');
  });

  it("the console's entry chunk carries no highlighter grammar or editor: they load when a rule's JSON editor opens", () => {
    const html = readFileSync(join(out, 'options.html'), 'utf8');
    const entry = /<script type="module"[^>]*src="\/(chunks\/options-[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeTruthy();
    const preloaded = [...html.matchAll(/modulepreload[^>]*href="\/([^"]+)"/g)].map((m) => m[1]!);
    // What the console loads before anything is clicked: its entry and the chunks it preloads.
    for (const file of [entry!, ...preloaded]) {
      const code = readFileSync(join(out, file), 'utf8');
      for (const marker of ['"scopeName"', 'vitesse', 'cm-editor']) expect(code, `${file}: ${marker}`).not.toContain(marker);
    }
    // The grammar is still shipped, in chunks of its own.
    expect(readdirSync(join(out, 'chunks')).some((f) => f.startsWith('RuleJsonEditor-'))).toBe(true);
  });
});
