/**
 * npm run bench:notes — search latency over 20,000 notes (half Japanese), autosave write
 * latency, and database size. Runs in Node on fake-indexeddb, which is slower per record
 * than Chromium's IndexedDB, so the figures are an upper bound for the real extension.
 * BENCH_NOTES=n changes the corpus size; BENCH_DEBUG=1 prints every query over 30 ms.
 */
import 'fake-indexeddb/auto';
import { KizukiDB } from '../../lib/db/db';
import { followUpIdFor, saveNote } from '../../lib/notes/notes';
import { searchNotes, type NoteFilters } from '../../lib/notes/search';
import type { FollowUpRecord } from '../../lib/db/types';
import { makeNote, makeQueries, rng } from './notes-corpus';
import { formatMs, percentile } from './stats';

const NOTES = Number(process.env.BENCH_NOTES ?? 20_000);
const QUERIES = 200;
const LIMIT = 50;

function summary(times: number[]): string {
  const at = (p: number) => formatMs(percentile(times, p));
  return `p50 ${at(50)}  p95 ${at(95)}  p99 ${at(99)}  max ${formatMs(Math.max(...times))}`;
}

const db = new KizukiDB('bench-notes');
const now = Date.parse('2026-11-20T00:00:00Z');
const random = rng(20261120);
const notes = Array.from({ length: NOTES }, (_, i) => makeNote(i, random, now));
const followUps: FollowUpRecord[] = notes
  .filter((n) => n.fields.followUpBy !== null)
  .map((n, i) => ({ id: followUpIdFor(n.id), noteId: n.id, sessionId: n.sessionId, customerName: n.customerName, dueAt: n.fields.followUpBy!, done: i % 4 === 0 ? 0 : 1 }));

let started = performance.now();
for (let i = 0; i < notes.length; i += 1000) await db.notes.bulkAdd(notes.slice(i, i + 1000));
await db.followUps.bulkAdd(followUps);
console.log(`Loaded ${NOTES} notes (${notes.filter((_, i) => i % 2 === 0).length} Japanese) and ${followUps.length} follow-ups in ${((performance.now() - started) / 1000).toFixed(1)} s`);

// Queries as agents type them; a third carry a filter (customer, tag, last 30 days, open follow-ups).
const queryRandom = rng(7);
const queries = makeQueries(queryRandom, QUERIES);
const filterFor = (i: number): NoteFilters => {
  const note = notes[Math.floor(queryRandom() * notes.length)]!;
  switch (i % 6) {
    case 1: return { customerKey: note.customerKeys[0] };
    case 3: return { tag: i % 12 === 3 ? 'billing' : '要折り返し' };
    case 5: return i % 4 === 1 ? { from: now - 30 * 86_400_000, to: now } : { openFollowUps: true };
    default: return {};
  }
};
const cases = queries.map((q, i) => ({ q, filters: filterFor(i) }));
for (const c of cases.slice(0, 10)) await searchNotes(db, c.q, c.filters, { limit: LIMIT }); // warm-up

const times: number[] = [];
const ja: number[] = [];
const en: number[] = [];
const filtered: number[] = [];
let hits = 0;
for (const { q, filters } of cases) {
  started = performance.now();
  const found = await searchNotes(db, q, filters, { limit: LIMIT });
  const took = performance.now() - started;
  times.push(took);
  (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(q) ? ja : en).push(took);
  if (Object.keys(filters).length) filtered.push(took);
  if (process.env.BENCH_DEBUG && took > 30) console.log(took.toFixed(1), q, JSON.stringify(filters), found.length);
  if (found.length) hits++;
}
console.log(`\nSearch over ${NOTES} notes, ${cases.length} queries (${hits} with results, first ${LIMIT} newest):`);
console.log(`  all        ${summary(times)}`);
console.log(`  Japanese   ${summary(ja)}  (${ja.length})`);
console.log(`  English    ${summary(en)}  (${en.length})`);
console.log(`  filtered   ${summary(filtered)}  (${filtered.length})`);

// Autosave: the same note saved again and again as the agent types (one word per save).
const writes: number[] = [];
let body = '';
let id: string | undefined;
const words = ['お客さま', 'は', '請求書', 'の', '再発行', 'を', '希望', '。', 'refund', 'requested', 'tomorrow', 'call back'];
for (let i = 0; i < 200; i++) {
  body += words[i % words.length]!;
  started = performance.now();
  const note = await saveNote(db, { id, sessionId: 'bench:autosave', customerKeys: ['email:bench@example.com'], body, fields: { followUpBy: i % 50 === 0 ? now : null } }, now + i);
  writes.push(performance.now() - started);
  id = note.id;
}
console.log(`\nAutosave write (saveNote, note growing to ${body.length} chars): ${summary(writes)}`);

// Size: serialised records plus one index entry per term (key + primary key).
const all = await db.notes.toArray();
const recordBytes = all.reduce((sum, n) => sum + Buffer.byteLength(JSON.stringify(n)), 0);
const indexBytes = all.reduce((sum, n) => sum + n.terms.reduce((s, term) => s + Buffer.byteLength(term) + n.id.length, 0), 0);
const avgTerms = all.reduce((sum, n) => sum + n.terms.length, 0) / all.length;
const mb = (b: number) => `${(b / 1_048_576).toFixed(1)} MB`;
console.log(`\nDatabase size (approx.): notes ${mb(recordBytes)} as JSON (terms included), search index entries ${mb(indexBytes)}, ${avgTerms.toFixed(0)} terms a note`);
const p95 = percentile(times, 95);
console.log(`\nBar: search p95 < 30 ms — ${p95 < 30 ? 'met' : 'NOT met'} (${formatMs(p95)})`);
