import { EXIT_OK, type CliIO } from './io';
import { loadPack } from './pack-arg';

/**
 * `kizuki lint [PACK.json]` — checks a pack as every door does: valid, and every enabled rule
 * passes its own examples; every problem is named by its JSON path.
 */
export function runLintCommand(io: CliIO, packPath: string | undefined): number {
  const pack = loadPack(io, packPath, { admit: true });
  const lexicons = Object.keys(pack.lexicons ?? {}).length;
  const tools = pack.tools?.length ? `, ${pack.tools.length} ${pack.tools.length === 1 ? 'tool' : 'tools'}` : '';
  io.out(`ok: ${packPath ?? 'the built-in pack'} is valid (${pack.rules.length} rules, ${lexicons} lexicons${tools}).`);
  return EXIT_OK;
}
