/**
 * `npm run train:reader`: builds the reader's models from ./data (training.ts), prints how each
 * does on the lines it was not trained on, and writes weights.generated.ts.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModels, generatedSource } from './training';

const f = (x: { precision: number; recall: number }) => `precision ${x.precision.toFixed(2)}, recall ${x.recall.toFixed(2)}`;
const { packed, figures } = buildModels();
for (const [question, h] of Object.entries(figures)) {
  console.log(`${question}: ${h.lines} lines, ${h.heldOut} held out; at ${h.threshold}: ${f(h)} (en ${f(h.byLang.en)}; ja ${f(h.byLang.ja)}); ${Math.round(packed[question as keyof typeof packed].weights.length / 1024)} KB`);
}
const out = join(dirname(fileURLToPath(import.meta.url)), 'weights.generated.ts');
writeFileSync(out, generatedSource(packed));
console.log(`wrote ${out}`);
