import { admitPack, builtinPack, parsePackBytes, validatePack, type Pack, type PackProblem } from '../engine';
import { firstOf } from '../input/summary';
import { CliExit, EXIT_PROBLEMS, EXIT_USAGE, problemCount, readBytes, type CliIO } from './io';


/**
 * Loads a pack file (or the built-in pack); a broken pack is refused with its problems listed.
 * `admit` is the bar of every door a pack comes through (`kizuki lint`): valid, and every
 * enabled rule passes its own examples. `kizuki test` loads without it, to list each failure.
 */
export function loadPack(io: CliIO, path: string | undefined, { admit = false } = {}): Pack {
  if (path === undefined) return builtinPack;
  const read = parsePackBytes(readBytes(io, path));
  if (!read.ok) {
    // Text that is not UTF-8 or not JSON is not a pack at all: a usage error, like a missing file.
    if (read.code !== 'too-large') throw new CliExit(EXIT_USAGE, `${path}: ${read.problems[0]?.message ?? read.code}`);
    return refuse(io, path, read.problems);
  }
  const result = (admit ? admitPack : validatePack)(read.value);
  return result.ok ? result.pack : refuse(io, path, result.problems);
}

/** Every problem by JSON path, the first 50 one by one; then why the pack was refused. */
function refuse(io: CliIO, path: string, problems: readonly PackProblem[]): never {
  const { shown, more } = firstOf(problems);
  for (const p of shown) io.err(`${path}: ${p.path}: ${p.message}`);
  if (more) io.err(`${path}: … and ${more} more ${more === 1 ? 'problem' : 'problems'}.`);
  throw new CliExit(EXIT_PROBLEMS, `${path} was refused: ${problemCount(problems.length)} listed above.`);
}
