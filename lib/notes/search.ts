import Dexie from 'dexie';
import type { KizukiDB } from '../db/db';
import { noteIdTime } from './ids';
import { noteIdOfFollowUp } from './notes';
import { normalise, parseQuery, rarity, searchableText } from './terms';
import type { NoteRecord } from '../db/types';

export interface NoteFilters {
  /** A normalised customer key (see customer-keys.ts). */
  customerKey?: string;
  tag?: string;
  /** Inclusive range on the note's createdAt (epoch ms): the day of the call, not of the last edit. */
  from?: number;
  to?: number;
  /** Only notes with a follow-up not yet done. */
  openFollowUps?: boolean;
}

export interface SearchOptions {
  /** The notebook shows a page at a time; finding every match would read every candidate. */
  limit?: number;
}

/** Note ids from the terms index for one query term. Exact terms come newest first (ids sort by time). */
interface TermSource {
  exact: boolean;
  rarity: number;
  ids: (limit?: number) => Promise<string[]>;
}

/**
 * Notes matching every part of `query` and every filter, newest first (by createdAt).
 *
 * Reading an id from an index costs a few microseconds; reading a note costs ten times
 * more. So: filters (customer, tag, open follow-ups) are loaded as id sets; the query term
 * most likely to be rare is walked newest-first, id by id, through those sets and the date
 * range; only the survivors are read and checked against the whole query, until `limit` are
 * found. If the other query terms turn out to reject most survivors, every term's ids are
 * intersected instead.
 */
export async function searchNotes(
  db: KizukiDB,
  query: string,
  filters: NoteFilters = {},
  { limit = 50 }: SearchOptions = {},
): Promise<NoteRecord[]> {
  const parsed = parseQuery(query);
  const tag = filters.tag ? normalise(filters.tag).trim() : undefined;
  const inRange = (time: number) => (filters.from === undefined || time >= filters.from) && (filters.to === undefined || time <= filters.to);
  const matchesQuery = (n: NoteRecord) =>
    inRange(n.createdAt) &&
    parsed.lookups.every((l) => (l.prefix ? n.terms.some((t) => t.startsWith(l.term)) : n.terms.includes(l.term))) &&
    parsed.longWords.every((w) => n.terms.some((t) => t.startsWith(w))) &&
    phraseMatch(n, parsed.phrases);

  return db.transaction('r', db.notes, db.followUps, async () => {
    const filterSets = await Promise.all([
      ...(filters.openFollowUps ? [openFollowUpNoteIds(db)] : []),
      ...(filters.customerKey ? [idSet(db.notes.where('customerKeys').equals(filters.customerKey).primaryKeys())] : []),
      ...(tag ? [idSet(db.notes.where('tags').equals(tag).primaryKeys())] : []),
    ]);
    const passesFilters = (id: string) => inRange(noteIdTime(id)) && filterSets.every((s) => s.has(id));
    const read = (ids: string[]) => readMatching(db, ids.filter(passesFilters), matchesQuery, limit);

    const sources = parsed.lookups.map(({ term, prefix }) => termSource(db, term, prefix));
    // One customer's notes are a handful: read them all rather than walk a common term.
    const fewest = filterSets.length > 0 ? smallest(filterSets) : undefined;
    if (fewest && (sources.length === 0 || fewest.size <= limit * 2)) return read(newestFirst(fewest));
    if (sources.length === 0) {
      const byDate = db.notes.where('createdAt').between(filters.from ?? Dexie.minKey, filters.to ?? Dexie.maxKey, true, true);
      return byDate.reverse().limit(limit).toArray();
    }
    const driver = sources.reduce((best, s) => (s.exact && (!best.exact || s.rarity > best.rarity) ? s : best));
    if (!driver.exact) return read(newestFirst(new Set(await driver.ids())));
    const intersect = sources.length > 1 ? () => intersectAll(sources) : undefined;
    return walk(driver, { read, passesFilters, intersect }, limit);
  });
}

interface Walk {
  read: (ids: string[]) => Promise<NoteRecord[]>;
  passesFilters: (id: string) => boolean;
  /** Set when other query terms must also match; used when they reject most of the driver's notes. */
  intersect?: () => Promise<Set<string>>;
}

/**
 * Walks one term's ids newest-first, each page sized from how many ids the last one needed
 * per match, until `limit` notes are found or the term has no more.
 */
async function walk(driver: TermSource, { read, passesFilters, intersect }: Walk, limit: number): Promise<NoteRecord[]> {
  for (let page = limit * 4; ; ) {
    const ids = await driver.ids(page);
    const found = await read(ids);
    if (found.length >= limit || ids.length < page) return found;
    const survivors = ids.filter(passesFilters).length;
    // Reading ids is several times cheaper than reading notes: when the other terms reject
    // most of what the filters let through, intersect their ids instead of reading on.
    if (intersect && found.length < survivors / 2) return read(newestFirst(await intersect()));
    const perMatch = ids.length / Math.max(found.length, 1);
    page = Math.max(page * 2, Math.ceil(perMatch * limit * 1.5));
  }
}

function termSource(db: KizukiDB, term: string, prefix: boolean): TermSource {
  if (prefix) return { exact: false, rarity: 0, ids: () => db.notes.where('terms').startsWith(term).primaryKeys() };
  return {
    exact: true,
    rarity: rarity(term),
    ids: (limit) => {
      const newest = db.notes.where('terms').equals(term).reverse();
      return (limit ? newest.limit(limit) : newest).primaryKeys();
    },
  };
}

async function idSet(ids: Promise<string[]>): Promise<Set<string>> {
  return new Set(await ids);
}

/** Reads the likeliest-rare terms first and stops as soon as nothing is left in common. */
async function intersectAll(sources: TermSource[]): Promise<Set<string>> {
  let common: Set<string> | undefined;
  for (const source of [...sources].sort((a, b) => b.rarity - a.rarity)) {
    const ids = await source.ids();
    common = new Set(common ? ids.filter((id) => common!.has(id)) : ids);
    if (common.size === 0) break;
  }
  return common ?? new Set();
}

function smallest(sets: Set<string>[]): Set<string> {
  return sets.reduce((a, b) => (b.size < a.size ? b : a));
}

function newestFirst(ids: Set<string>): string[] {
  return [...ids].sort().reverse();
}

/** Reads `ids` in order, a page at a time, keeping those that pass until `limit` are found. */
async function readMatching(db: KizukiDB, ids: string[], keep: (n: NoteRecord) => boolean, limit: number): Promise<NoteRecord[]> {
  const out: NoteRecord[] = [];
  for (let i = 0; i < ids.length && out.length < limit; i += limit) {
    for (const note of await db.notes.bulkGet(ids.slice(i, i + limit))) {
      if (note && keep(note) && out.length < limit) out.push(note);
    }
  }
  return out;
}

/**
 * From the index alone, no follow-up read: a follow-up's id names its note (followUpIdFor).
 * (Dexie's `keys()` would walk a cursor, hundreds of times slower than `primaryKeys()`.)
 */
async function openFollowUpNoteIds(db: KizukiDB): Promise<Set<string>> {
  const ids = await db.followUps.where('[done+dueAt]').between([0, Dexie.minKey], [0, Dexie.maxKey]).primaryKeys();
  return new Set(ids.map(noteIdOfFollowUp));
}

function phraseMatch(note: NoteRecord, phrases: string[]): boolean {
  if (phrases.length === 0) return true;
  const text = normalise(searchableText(note));
  return phrases.every((p) => text.includes(p));
}
