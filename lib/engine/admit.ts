import { runPackExamples } from './examples';
import type { PackProblem } from './problems';
import type { Pack } from './schema';
import { validatePack } from './validate';

/** Why a pack was refused: it does not validate, or it does but a rule fails its own examples. */
export type AdmitResult = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[]; reason: 'invalid' | 'failing-examples' };

/**
 * The check every door a pack comes through applies (a file, a URL, the enterprise policy,
 * `kizuki lint`): the pack is valid, and every enabled rule passes its own examples — the
 * same bar the console sets when a rule is saved switched on. A rule switched off may keep a
 * failing example (the console saves such a rule only switched off), since it never shows.
 */
export function admitPack(input: unknown): AdmitResult {
  const result = validatePack(input);
  if (!result.ok) return { ...result, reason: 'invalid' };
  const { pack } = result;
  const index = new Map(pack.rules.map((rule, i) => [rule.id, i]));
  const enabled = new Set(pack.rules.filter((rule) => rule.enabled !== false).map((rule) => rule.id));
  const problems: PackProblem[] = runPackExamples(pack)
    .filter((r) => !r.passed && enabled.has(r.ruleId))
    .map((r) => ({
      path: `rules[${index.get(r.ruleId)}].examples.${r.expect}[${r.example}]`,
      message: `Example ${r.expect}[${r.example}] of rule "${r.ruleId}" fails: ${r.detail ?? 'it does not do what it says'}.`,
      ruleId: r.ruleId,
    }));
  return problems.length ? { ok: false, problems, reason: 'failing-examples' } : result;
}
