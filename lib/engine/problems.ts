import type { ToolProblem } from '../tools/schema';

/** One thing wrong with a pack, named by its JSON path so a team lead can find it. */
export interface PackProblem {
  path: string;
  message: string;
  ruleId?: string;
  /** A problem in one of the pack's tools, for the console to word in the UI language (`message` is English). */
  tool?: ToolProblem;
}

export class PackError extends Error {
  constructor(readonly problems: PackProblem[]) {
    super(`The rule pack has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'PackError';
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '$';
}
