/**
 * Builds the published JSON Schema of rule packs from the zod schema.
 * Regenerate after changing lib/rules/schema.ts:
 *   npx tsx lib/rules/json-schema.ts > public/kizuki-pack.schema.json
 * (json-schema.test.ts fails when the committed file is out of date.)
 */
import { z } from 'zod';
import { PackSchema } from './schema';

export const PACK_SCHEMA_URL = 'https://kizuki.app/schema/kizuki-pack.schema.json';

export function packJsonSchema(): Record<string, unknown> {
  // "input" so that optional fields with defaults stay optional for the person writing a pack.
  const schema = z.toJSONSchema(PackSchema, { io: 'input', unrepresentable: 'any' });
  return { ...schema, $id: PACK_SCHEMA_URL };
}

export function packJsonSchemaText(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}

// Run directly (not imported): print the schema.
if (process.argv[1] && /json-schema\.ts$/.test(process.argv[1])) {
  process.stdout.write(packJsonSchemaText());
}
