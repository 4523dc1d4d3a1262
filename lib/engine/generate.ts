/**
 * Writes the files derived from the rule language's registries: the published JSON Schema and
 * the tables in docs/pack-format.md. Run `npm run generate` after adding or changing a kind;
 * generated.test.ts fails while a committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withGeneratedTables } from './language/docs';
import { packJsonSchemaText } from './json-schema';
import { language } from './schema';

export const GENERATED = {
  schema: 'public/kizuki-pack.schema.json',
  docs: 'docs/pack-format.md',
} as const;

export function generatedFiles(root: string): Record<string, string> {
  return {
    [GENERATED.schema]: packJsonSchemaText(),
    [GENERATED.docs]: withGeneratedTables(readFileSync(resolve(root, GENERATED.docs), 'utf8'), language),
  };
}

if (process.argv[1] && /generate\.ts$/.test(process.argv[1])) {
  const root = process.cwd();
  for (const [file, text] of Object.entries(generatedFiles(root))) writeFileSync(resolve(root, file), text);
  process.stdout.write(`wrote ${Object.keys(GENERATED).length} generated files\n`);
}
