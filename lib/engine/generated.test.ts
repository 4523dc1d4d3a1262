import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKinds } from './checks';
import { generatedFiles } from './generate';
import { packJsonSchemaText } from './json-schema';

describe('files generated from the registries', () => {
  const root = process.cwd();
  for (const [file, text] of Object.entries(generatedFiles(root))) {
    it(`${file} is up to date (run: npm run generate)`, () => {
      expect(readFileSync(resolve(root, file), 'utf8')).toBe(text);
    });
  }

  it('the JSON Schema offers autocompletion for every check kind', () => {
    const schema = JSON.parse(packJsonSchemaText()) as { $defs: Record<string, { properties?: Record<string, unknown> }> };
    expect(Object.keys(schema.$defs.Check?.properties ?? {})).toEqual(checkKinds.map((kind) => kind.key));
    expect(checkKinds.length).toBeGreaterThanOrEqual(8);
  });
});
