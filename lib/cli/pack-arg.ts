import { builtinPack, validatePack, type Pack } from '../engine';
import { CliExit, EXIT_PROBLEMS, readJson, type CliIO } from './io';

/** Loads a pack file (or the built-in pack); a broken pack is refused with every problem listed. */
export function loadPack(io: CliIO, path: string | undefined): Pack {
  if (path === undefined) return builtinPack;
  const result = validatePack(readJson(io, path));
  if (result.ok) return result.pack;
  for (const p of result.problems) io.err(`${path}: ${p.path}: ${p.message}`);
  throw new CliExit(EXIT_PROBLEMS, `${path} was refused: ${result.problems.length} problem(s) listed above.`);
}
