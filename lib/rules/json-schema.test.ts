import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packJsonSchemaText } from './json-schema';

describe('published JSON Schema', () => {
  it('public/kizuki-pack.schema.json is up to date (regenerate: npx tsx lib/rules/json-schema.ts > public/kizuki-pack.schema.json)', () => {
    const committed = readFileSync(resolve(process.cwd(), 'public/kizuki-pack.schema.json'), 'utf8');
    expect(committed).toBe(packJsonSchemaText());
  });

  it('offers autocompletion for every check type', () => {
    const schema = JSON.parse(packJsonSchemaText()) as { $defs: Record<string, { properties?: Record<string, unknown> }> };
    expect(Object.keys(schema.$defs.Check?.properties ?? {})).toEqual(['exists', 'absent', 'order', 'conditional', 'near', 'metric', 'all', 'any']);
  });
});
