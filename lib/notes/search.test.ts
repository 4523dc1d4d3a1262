import { describe, expect, it } from 'vitest';
import { saveNote } from './notes';
import { searchNotes } from './search';
import { indexTerms, normalise, parseQuery } from './terms';
import { freshDb } from '../db/testing';

const JA_NOTES = [
  '先週注文したカタログがまだ届いていないとのこと。配送業者に確認して明日折り返す。',
  'ログインできない。パスワード再設定のメールが迷惑メールに入っていた。',
  '山田 花子 様、請求書の宛名を株式会社サンプルに変更希望。',
];

async function seed() {
  const db = freshDb();
  const t0 = Date.parse('2026-11-01T00:00:00Z');
  const ja = [];
  for (const [i, body] of JA_NOTES.entries()) {
    ja.push(await saveNote(db, { sessionId: `desk:J${i}`, customerKeys: [`email:ja${i}@example.jp`], body, tags: i === 0 ? ['配送'] : [] }, t0 + i * 86_400_000));
  }
  const en = await saveNote(db, { sessionId: 'desk:E1', customerKeys: ['email:emma@example.com'], customerName: 'Emma Clark', body: 'Refund requested for the duplicate charge. Supervisor approved.', tags: ['Billing'], fields: { followUpBy: t0 + 9 * 86_400_000 } }, t0 + 5 * 86_400_000);
  const en2 = await saveNote(db, { sessionId: 'desk:E2', customerKeys: ['email:emma@example.com'], body: 'Asked about refunds policy again.', tags: ['billing'] }, t0 + 6 * 86_400_000);
  return { db, ja, en, en2, t0 };
}

describe('tokenising', () => {
  it('folds width and case, and ignores spacing between Japanese characters', () => {
    expect(normalise('ＡＢＣ ｶﾀｶﾅ 山田 花子')).toBe('abc カタカナ山田花子');
  });

  it('indexes Japanese as bigrams and English as words with their prefixes', () => {
    const terms = indexTerms('配送遅延 refund');
    expect(terms).toEqual(expect.arrayContaining(['配送', '送遅', '遅延', '延', 'refund', 're', 'ref', 'refun']));
  });

  it('checks a long Japanese query as a phrase and long English words in full', () => {
    expect(parseQuery('配送業者 supervisor')).toMatchObject({ phrases: ['配送業者'], longWords: ['supervisor'] });
  });
});

describe('searchNotes', () => {
  it('finds a Japanese note by every substring of two or more characters', async () => {
    const { db, ja } = await seed();
    for (const [i, note] of ja.entries()) {
      // Every substring of every stretch between punctuation, from two characters to the whole stretch.
      for (const stretch of normalise(JA_NOTES[i]!).split(/[、。,\s]+/).filter(Boolean)) {
        const chars = Array.from(stretch);
        for (let start = 0; start < chars.length - 1; start++) {
          for (let end = start + 2; end <= chars.length; end++) {
            const query = chars.slice(start, end).join('');
            expect((await searchNotes(db, query)).map((n) => n.id), query).toContain(note.id);
          }
        }
      }
    }
  });

  it('does not return a note that has the bigrams but not the phrase', async () => {
    const { db } = await seed();
    // 配送 and 確認 both occur in note 0, but not "配送確認".
    expect(await searchNotes(db, '配送確認')).toEqual([]);
  });

  it('finds English by word prefix, any case, all words required, newest first', async () => {
    const { db, en, en2 } = await seed();
    expect((await searchNotes(db, 'REFUN')).map((n) => n.id)).toEqual([en2.id, en.id]);
    expect((await searchNotes(db, 'refund supervisor')).map((n) => n.id)).toEqual([en.id]);
    expect((await searchNotes(db, 'supervisors'))).toEqual([]);
    expect((await searchNotes(db, 'fund'))).toEqual([]);
  });

  it('finds one-character queries, and the customer name', async () => {
    const { db, ja, en } = await seed();
    expect((await searchNotes(db, '宛')).map((n) => n.id)).toEqual([ja[2]!.id]);
    expect((await searchNotes(db, '山田花子')).map((n) => n.id)).toEqual([ja[2]!.id]);
    expect((await searchNotes(db, 'emma')).map((n) => n.id)).toEqual([en.id]);
  });

  it('filters by customer, tag, date range and open follow-ups', async () => {
    const { db, ja, en, en2, t0 } = await seed();
    const ids = async (q: string, f: Parameters<typeof searchNotes>[2]) => (await searchNotes(db, q, f)).map((n) => n.id);
    expect(await ids('', { customerKey: 'email:emma@example.com' })).toEqual([en2.id, en.id]);
    expect(await ids('refund', { tag: 'BILLING' })).toEqual([en2.id, en.id]);
    expect(await ids('', { tag: '配送' })).toEqual([ja[0]!.id]);
    expect(await ids('', { from: t0 + 86_400_000, to: t0 + 5 * 86_400_000 })).toEqual([en.id, ja[2]!.id, ja[1]!.id]);
    expect(await ids('refund', { to: t0 + 5 * 86_400_000 })).toEqual([en.id]);
    expect(await ids('', { openFollowUps: true })).toEqual([en.id]);
    expect(await ids('請求', { openFollowUps: true })).toEqual([]);
  });

  it('lists everything newest first with an empty query, up to the limit', async () => {
    const { db, en2 } = await seed();
    const all = await searchNotes(db, '');
    expect(all).toHaveLength(5);
    expect(all[0]!.id).toBe(en2.id);
    expect(await searchNotes(db, '', {}, { limit: 2 })).toHaveLength(2);
  });

  it('returns the newest matches when there are more than the limit', async () => {
    const db = freshDb();
    const saved = [];
    for (let i = 0; i < 30; i++) saved.push(await saveNote(db, { sessionId: `s${i}`, customerKeys: [], body: i % 3 ? `返金の件 ${i}` : `refund ${i}` }, 1_000_000 + i * 1000));
    const found = await searchNotes(db, '返金', {}, { limit: 5 });
    expect(found.map((n) => n.id)).toEqual(saved.filter((_, i) => i % 3).reverse().slice(0, 5).map((n) => n.id));
  });
});
