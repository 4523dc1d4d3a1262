import { create } from 'zustand';
import { getDb } from '../db/db';
import type { Lexicon } from '../engine';
import { announcePackChange, loadPackSources } from '../packs/active';
import { recentFigures, type RecentFigures } from '../packs/adherence';
import { availableLexicons, ruleCatalog, type CatalogEntry } from '../packs/catalog';
import type { PackSources } from '../packs/compose';
import type { ManagedPolicy } from '../packs/managed';
import { profileName } from '../packs/store';

const DAY_MS = 86_400_000;

export interface ConsoleState {
  loaded: boolean;
  error: string | null;
  sources: (PackSources & { policy: ManagedPolicy }) | null;
  catalog: CatalogEntry[];
  /** Every lexicon a rule may use (built-in, subscription, team, policy). */
  lexicons: Record<string, Lexicon>;
  /** Last 30 days per rule, for the rules list. */
  figures: Map<string, RecentFigures>;
  profile: string;
  /** A message to show once on the next screen (e.g. "Saved" after a new rule's page opens). */
  notice: string | null;
  setNotice(notice: string | null): void;
  reload(): Promise<void>;
  /** After any write: reload here and tell the background (and other pages) to re-read. */
  changed(): Promise<void>;
}

export const useConsole = create<ConsoleState>((set, get) => ({
  loaded: false,
  error: null,
  sources: null,
  catalog: [],
  lexicons: {},
  figures: new Map(),
  profile: '',
  notice: null,
  setNotice: (notice) => set({ notice }),
  async reload() {
    try {
      const db = getDb();
      const since = Date.now() - 30 * DAY_MS;
      const [sources, events, profile] = await Promise.all([loadPackSources(), db.promptEvents.where('at').aboveOrEqual(since).toArray(), profileName(db)]);
      set({
        loaded: true,
        error: null,
        sources,
        catalog: ruleCatalog(sources),
        lexicons: availableLexicons(sources),
        figures: recentFigures(events, since),
        profile,
      });
    } catch (error) {
      set({ loaded: true, error: error instanceof Error ? error.message : String(error) });
    }
  },
  async changed() {
    await Promise.all([get().reload(), announcePackChange()]);
  },
}));

/** The name history records: the profile name the lead set, or a neutral stand-in. */
export function authorName(state: Pick<ConsoleState, 'profile'>, fallback: string): string {
  return state.profile || fallback;
}
