import { builtinPack } from './builtin';
import { compilePack, type CompiledPack } from './compile';
import { createSession, type EngineSession } from './session';
import { validatePack } from './validate';
import { admitPack } from './admit';
import { parsePackBytes, parsePackText } from './pack-bytes';
import type { Pack } from './schema';

/** A compiled pack with the engine that compiled it, so whoever holds it needs no engine of its own. */
export interface LoadedPack {
  readonly compiled: CompiledPack;
  /** A fresh engine session (caches, fatigue counts) over this pack. */
  session(): EngineSession;
}

function loadPack(pack: Pack): LoadedPack {
  const compiled = compilePack(pack);
  return { compiled, session: () => createSession(compiled) };
}

/**
 * What the background asks of the engine, the built-in pack included. In the background it
 * arrives as a script of its own (entrypoints/engine.ts, see load.ts), so a worker woken for a
 * reminder, a shortcut or a pack refresh does not parse the rules, lexicons and RE2.
 */
export const engineApi = { builtinPack, loadPack, validatePack, admitPack, parsePackBytes, parsePackText } as const;
export type EngineApi = typeof engineApi;
