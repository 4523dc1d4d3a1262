import { runPackExamples } from '../engine';
import { CliExit, EXIT_OK, EXIT_PROBLEMS, type CliIO } from './io';
import { loadPack } from './pack-arg';

/** `kizuki test [PACK.json]` — runs every rule's own examples; exit 1 on any failure. */
export function runTestCommand(io: CliIO, packPath: string | undefined): number {
  const pack = loadPack(io, packPath);
  const results = runPackExamples(pack);
  const failures = results.filter((r) => !r.passed);
  for (const f of failures) io.out(`FAIL  ${f.ruleId}  examples.${f.expect}[${f.example}]: ${f.detail ?? ''}`);
  const untested = pack.rules.filter((r) => !(r.examples?.fire?.length) && r.enabled !== false).map((r) => r.id);
  if (untested.length) io.out(`note: no "fire" examples for ${untested.join(', ')}.`);
  const name = packPath ?? 'the built-in pack';
  if (failures.length) throw new CliExit(EXIT_PROBLEMS, `${failures.length} of ${results.length} examples failed in ${name}.`);
  io.out(`ok: ${results.length} examples passed across ${pack.rules.length} rules in ${name}.`);
  return EXIT_OK;
}
