/**
 * Schema version 2 scopes every stored customer key to the tool and the site it was read on:
 * "email:hanako@example.jp" read on the desk at http://localhost becomes
 * "desk@http://localhost:email:hanako@example.jp". A page can put any name and address on
 * screen; scoped, what it claims links only to history from the same tool on the same site.
 *
 * Frozen with the version (migrations are history): it knows the key shapes version 1 wrote,
 * and it leaves alone any key already scoped, so it can also run over a backup of any age.
 */
export const UNKNOWN_ORIGIN = 'unknown';

interface Keyed {
  customerKeys: string[];
}
export interface ScopableSession extends Keyed {
  id: string;
  tool: string;
  tabUrl?: string;
}
export interface ScopableNote extends Keyed {
  sessionId: string;
}

/** A version-1 key: `email:…`, `tel:…`, or the tool's own `id:<tool>:…`. */
const LEGACY = /^(?:email|tel|id):/;

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { origin } = new URL(url);
    return origin && origin !== 'null' ? origin : null;
  } catch {
    return null;
  }
}

function scopeKey(key: string, tool: string, origin: string): string {
  if (!LEGACY.test(key)) return key;
  // The tool's own id already named its tool; the scope names it now.
  const id = /^id:[^:]*:(.*)$/s.exec(key);
  return `${tool}@${origin}:${id ? `id:${id[1]}` : key}`;
}

/**
 * Scoped copies of the records. A session knows its site from its page address; one without
 * takes the site of a session of the same tool that shares a key with it, else "unknown". A
 * note takes its session's scope (or, its session gone, the same lookup by its own keys).
 */
export function scopeCustomerKeys<S extends ScopableSession, N extends ScopableNote>(sessions: readonly S[], notes: readonly N[]): { sessions: S[]; notes: N[] } {
  const siteOfKey = new Map<string, string>();
  for (const s of sessions) {
    const origin = originOf(s.tabUrl);
    if (origin) for (const key of s.customerKeys) if (!siteOfKey.has(`${s.tool}|${key}`)) siteOfKey.set(`${s.tool}|${key}`, origin);
  }
  const guess = (tool: string, keys: readonly string[]) => keys.map((key) => siteOfKey.get(`${tool}|${key}`)).find(Boolean) ?? UNKNOWN_ORIGIN;
  const scopeOf = new Map<string, { tool: string; origin: string }>();
  const scopedSessions = sessions.map((s) => {
    const origin = originOf(s.tabUrl) ?? guess(s.tool, s.customerKeys);
    scopeOf.set(s.id, { tool: s.tool, origin });
    return { ...s, customerKeys: unique(s.customerKeys.map((key) => scopeKey(key, s.tool, origin))) };
  });
  const scopedNotes = notes.map((n) => {
    const tool = scopeOf.get(n.sessionId)?.tool ?? n.sessionId.split(':')[0] ?? 'tool';
    const origin = scopeOf.get(n.sessionId)?.origin ?? guess(tool, n.customerKeys);
    return { ...n, customerKeys: unique(n.customerKeys.map((key) => scopeKey(key, tool, origin))) };
  });
  return { sessions: scopedSessions, notes: scopedNotes };
}

const unique = (keys: string[]) => [...new Set(keys)];
