import type { HistoryEntry } from './schema';

/**
 * One list of the customer's earlier contacts: the tool's own (what the agent sees in it) and
 * the ones Kizuki recorded, each contact once (the same start within a minute is one contact).
 * The prompts read it, and the panel's notes count the same contacts.
 */
export function earlierContacts(fromTool: readonly HistoryEntry[] | undefined, recorded: readonly HistoryEntry[]): HistoryEntry[] {
  const all = [...(fromTool ?? []), ...recorded];
  const seen: number[] = [];
  return all.filter((entry) => {
    const at = Date.parse(entry.startedAt);
    if (Number.isNaN(at)) return true;
    if (seen.some((other) => Math.abs(other - at) < 60_000)) return false;
    seen.push(at);
    return true;
  });
}
