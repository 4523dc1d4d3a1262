import { z } from 'zod';
import type { Pack, PackProblem } from '../engine';
import type { EngineApi } from '../engine/api';
import { loadEngine } from '../engine/load';

/** The part of the engine that admits a pack. */
type Admission = Pick<EngineApi, 'parsePackText' | 'admitPack'>;
import { reportFailure } from '../diagnostics/log';
import { MAX_PACK_BYTES } from '../input/limits';

/**
 * The enterprise policy (Chrome managed storage; schema in public/managed_schema.json).
 * Chrome drops values that break the schema; this parse is the second line of defence and
 * ignores anything unexpected rather than failing the whole policy.
 */
const PolicySchema = z.object({
  PackUrl: z.string().min(1).optional().catch(undefined),
  PackJson: z.string().min(1).optional().catch(undefined),
  LockedRules: z.array(z.string()).optional().catch(undefined),
  RefreshMinutes: z.number().int().min(15).max(10080).optional().catch(undefined),
});

export interface ManagedPolicy {
  packUrl?: string;
  /** The inline pack, when it validated. */
  pack?: Pack;
  /** Why the inline pack was refused, when it was. */
  packProblems?: PackProblem[];
  lockedRules: string[];
  refreshMinutes?: number;
  /** True when the policy sets anything at all: the console shows "managed by your organisation". */
  active: boolean;
}

export const NO_POLICY: ManagedPolicy = { lockedRules: [], active: false };

/** `engine` admits the policy's inline pack; null when the policy carries none (readManagedPolicy loads it only then). */
export function parseManagedPolicy(raw: unknown, engine: Admission | null): ManagedPolicy {
  const parsed = PolicySchema.safeParse(raw ?? {});
  if (!parsed.success) return NO_POLICY;
  const { PackUrl, PackJson, LockedRules, RefreshMinutes } = parsed.data;
  const policy: ManagedPolicy = {
    lockedRules: LockedRules ?? [],
    active: PackUrl !== undefined || PackJson !== undefined || (LockedRules?.length ?? 0) > 0 || RefreshMinutes !== undefined,
    ...(PackUrl ? { packUrl: PackUrl } : {}),
    ...(RefreshMinutes ? { refreshMinutes: RefreshMinutes } : {}),
  };
  if (PackJson) {
    const inline = engine ? inlinePack(PackJson, engine) : { ok: false as const, problems: [{ path: '$', message: 'The inline pack could not be checked.' }] };
    if (inline.ok) policy.pack = inline.pack;
    else policy.packProblems = inline.problems;
  }
  return policy;
}

/**
 * The policy's inline pack, admitted as at every other door (size, depth, schema, its own
 * examples). Only this part of the policy is refused when it fails: the locked rules and the
 * refresh period still apply, so a bad pack can never switch the organisation's policy off.
 */
function inlinePack(text: string, { parsePackText, admitPack }: Admission): { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] } {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > MAX_PACK_BYTES) return { ok: false, problems: [{ path: '$', message: `The inline pack is ${bytes.toLocaleString('en')} bytes; a pack is at most ${MAX_PACK_BYTES.toLocaleString('en')}.` }] };
  try {
    const parsed = parsePackText(text);
    if (!parsed.ok) return parsed;
    const result = admitPack(parsed.value);
    return result.ok ? result : { ok: false, problems: result.problems };
  } catch (error) {
    // Nothing above should throw; if it does, the rest of the policy must still hold.
    reportFailure('policy: read the inline pack', error);
    return { ok: false, problems: [{ path: '$', message: error instanceof Error ? error.message : String(error) }] };
  }
}

/** The slice of `browser.storage.managed` used here; absent in Firefox without policies. */
export interface ManagedArea {
  get(): Promise<Record<string, unknown>>;
}

export async function readManagedPolicy(area: ManagedArea | undefined): Promise<ManagedPolicy> {
  if (!area) return NO_POLICY;
  try {
    const raw = await area.get();
    // The engine is loaded only for a policy that carries a pack of its own.
    return parseManagedPolicy(raw, raw && typeof raw === 'object' && 'PackJson' in raw ? await loadEngine() : null);
  } catch {
    // No policy support (or no schema) in this browser: nothing is managed.
    return NO_POLICY;
  }
}
