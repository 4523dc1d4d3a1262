/**
 * A deterministic corpus of support notes for the notes benchmark: half Japanese, half
 * English, with the vocabulary and shapes agents really write (short clauses, product names,
 * order numbers, promises with dates).
 */
import { newNoteId } from '../../lib/notes/ids';
import { indexTerms } from '../../lib/notes/terms';
import type { NoteRecord } from '../../lib/db/types';

export function rng(seed: number): () => number {
  // mulberry32: small, fast, and the same figures on every machine.
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JA_SUBJECTS = ['請求書', '配送', '返品', '交換', '解約', 'ログイン', 'パスワード', '領収書', 'プラン変更', '定期便', '不良品', '初期設定', 'アプリ', '保証', '見積もり', '支払い方法', 'クーポン', 'ポイント', '住所変更', 'カタログ'];
const JA_NEEDS = ['が届かないとのこと', 'について問い合わせ', 'の再発行を希望', 'の手続きを急ぎたい', 'がうまくいかない', 'の金額に誤りがあると指摘', 'の状況を確認したい', 'の方法がわからない', 'の期限を延ばしてほしい', 'で二重に請求されたとのこと'];
const JA_FEELINGS = ['かなりお怒り', '落ち着いたご様子', '前回の対応に不満', '急いでいらっしゃる', '丁寧な口調', '何度も問い合わせている', '高齢のお客さま', '法人のご担当者'];
const JA_PROMISES = ['明日までに折り返し', '担当部署に確認して連絡', '返金処理を本日中に', '代替品を発送', '上長から電話', '三営業日以内に回答', '書類を郵送', 'メールで手順を送付'];
const JA_NAMES = ['山田 花子', '佐藤 健', '鈴木 一郎', '高橋 美咲', '田中 翔太', '伊藤 由美', '渡辺 大輔', '中村 さくら', '小林 誠', '加藤 真理'];
const EN_SUBJECTS = ['invoice', 'delivery', 'return', 'exchange', 'cancellation', 'login', 'password reset', 'receipt', 'plan upgrade', 'subscription', 'damaged item', 'setup', 'mobile app', 'warranty', 'quote', 'payment method', 'coupon', 'loyalty points', 'address change', 'refund'];
const EN_NEEDS = ['has not arrived', 'question about the charge', 'wants it reissued', 'needs it done urgently', 'keeps failing', 'says the amount is wrong', 'wants a status update', 'does not know how to proceed', 'asks for an extension', 'was charged twice'];
const EN_FEELINGS = ['very frustrated', 'calm and patient', 'unhappy with the last call', 'in a hurry', 'polite', 'third contact this week', 'elderly customer', 'business account admin'];
const EN_PROMISES = ['call back tomorrow', 'check with billing and email', 'process the refund today', 'ship a replacement', 'supervisor will phone', 'answer within three business days', 'mail the documents', 'send the steps by email'];
const EN_NAMES = ['Emma Clark', 'Liam Walker', 'Olivia Hughes', 'Noah Patel', 'Ava Turner', 'James Wright', 'Mia Brooks', 'Lucas Reed', 'Sophia Ward', 'Henry Cole'];
const TAGS = ['billing', 'shipping', 'vip', 'escalated', 'repeat', 'bug', 'refund', '要折り返し', 'クレーム', '法人'];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

export function makeNote(i: number, r: () => number, now: number): NoteRecord {
  const ja = i % 2 === 0;
  const order = `${ja ? '注文番号' : 'order'} ${100000 + Math.floor(r() * 900000)}`;
  const customerNo = Math.floor(r() * 4000);
  const name = ja ? pick(r, JA_NAMES) : pick(r, EN_NAMES);
  const need = ja ? `${pick(r, JA_SUBJECTS)}${pick(r, JA_NEEDS)}` : `${pick(r, EN_SUBJECTS)} ${pick(r, EN_NEEDS)}`;
  const promised = r() < 0.5 ? (ja ? pick(r, JA_PROMISES) : pick(r, EN_PROMISES)) : '';
  const lines = Array.from({ length: 2 + Math.floor(r() * 4) }, () =>
    ja
      ? `${pick(r, JA_SUBJECTS)}${pick(r, JA_NEEDS)}。${pick(r, JA_FEELINGS)}。`
      : `${pick(r, EN_SUBJECTS)} ${pick(r, EN_NEEDS)}; ${pick(r, EN_FEELINGS)}.`,
  );
  const body = [...lines, order].join('\n');
  const tags = r() < 0.6 ? [pick(r, TAGS)] : [];
  const createdAt = now - Math.floor(r() * 365 * 86_400_000);
  const fields = { need, promised, followUpBy: promised && r() < 0.5 ? createdAt + 86_400_000 : null };
  const customerKeys = [`email:customer${customerNo}@example.com`];
  return {
    id: newNoteId(createdAt),
    sessionId: `desk:${10000 + i}`,
    customerKeys,
    customerName: name,
    body,
    fields,
    tags,
    createdAt,
    updatedAt: createdAt + Math.floor(r() * 3_600_000),
    terms: indexTerms(body, need, promised, tags.join(' '), name),
  };
}

/** Queries agents type: 2–4 character Japanese substrings, English words and prefixes. */
export function makeQueries(r: () => number, count: number): string[] {
  const ja = [...JA_SUBJECTS, ...JA_NEEDS, ...JA_FEELINGS, ...JA_PROMISES, ...JA_NAMES.map((n) => n.replace(' ', ''))];
  const en = [...EN_SUBJECTS, ...EN_NEEDS, ...EN_FEELINGS, ...EN_PROMISES, ...EN_NAMES].flatMap((s) => s.split(' '));
  return Array.from({ length: count }, (_, i) => {
    if (i % 2 === 0) {
      const source = Array.from(pick(r, ja));
      const len = 2 + Math.floor(r() * 3);
      const start = Math.floor(r() * Math.max(1, source.length - len));
      return source.slice(start, start + len).join('');
    }
    const word = pick(r, en);
    return i % 3 === 0 && word.length > 4 ? word.slice(0, 3 + Math.floor(r() * 2)) : word;
  }).filter((q) => q.length >= 2);
}
