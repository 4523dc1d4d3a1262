/**
 * The published JSON Schema of rule packs, built from the zod schema (and so from the
 * registries of conditions and checks). `npm run generate` writes it to public/.
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
