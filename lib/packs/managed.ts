import { z } from 'zod';
import { validatePack, type Pack, type PackProblem } from '../engine';

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

export function parseManagedPolicy(raw: unknown): ManagedPolicy {
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
    let json: unknown;
    try {
      json = JSON.parse(PackJson);
    } catch (error) {
      return { ...policy, packProblems: [{ path: '$', message: error instanceof Error ? error.message : String(error) }] };
    }
    const result = validatePack(json);
    if (result.ok) policy.pack = result.pack;
    else policy.packProblems = result.problems;
  }
  return policy;
}

/** The slice of `browser.storage.managed` used here; absent in Firefox without policies. */
export interface ManagedArea {
  get(): Promise<Record<string, unknown>>;
}

export async function readManagedPolicy(area: ManagedArea | undefined): Promise<ManagedPolicy> {
  if (!area) return NO_POLICY;
  try {
    return parseManagedPolicy(await area.get());
  } catch {
    // No policy support (or no schema) in this browser: nothing is managed.
    return NO_POLICY;
  }
}
