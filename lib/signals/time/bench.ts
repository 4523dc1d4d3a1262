/**
 * Parse speed: median and p95 µs per 100-character message over 1,000 messages per language.
 * Run with `npx tsx lib/signals/time/bench.ts` (or bundle it with esbuild and run it in node). Messages are stitched from customer-like
 * fragments so that most carry one or two time words and some carry none, as real chats do.
 */
import { findTimeMentions } from './index';

const FRAGMENTS = {
  en: [
    'Hi, my parcel still has not arrived and the tracking page has not changed at all.',
    'I really need it by Friday at 5pm because we leave for Osaka on Sunday morning.',
    'Could you check with the courier and call me back this afternoon if possible?',
    'Thanks for your help so far, I know you are busy.',
    'It is not urgent, but please reply before the end of next week.',
    'The replacement should be here before my flight on Thursday, otherwise it is too late.',
    'I ordered the gift for the wedding on Saturday and it is not here yet.',
    'Please refund me asap, I was charged twice on March 3rd.',
  ],
  ja: [
    'お世話になっております。先日注文した商品がまだ届いておりません。',
    '金曜日の夕方5時までに届けていただけないでしょうか。',
    '週明けの会議で使う予定なので、できるだけ早くお願いします。',
    '追跡番号を確認しましたが、ステータスが変わっていないようです。',
    '急ぎではないのですが、今月中に返金していただけると助かります。',
    '明日の午前中は不在にしておりますので、午後3時以降でお願いします。',
    '十二月二十日の結婚式に間に合わせたいので、至急ご確認ください。',
    'お手数をおかけしますが、よろしくお願いいたします。',
  ],
};

function messages(lang: 'en' | 'ja', count: number, size: number): string[] {
  const parts = FRAGMENTS[lang];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    for (let j = i; s.length < size; j += 3) s += parts[j % parts.length] + (lang === 'en' ? ' ' : '');
    out.push(s.slice(0, size));
  }
  return out;
}

function run(lang: 'en' | 'ja'): void {
  const ref = { nowMs: Date.UTC(2025, 2, 5, 1, 0), timeZone: lang === 'ja' ? 'Asia/Tokyo' : 'Europe/London' };
  const msgs = messages(lang, 1000, 100);
  // Warm up the JIT over the whole set first: the engine runs all day in a background script.
  for (let k = 0; k < 3; k++) for (const m of msgs) findTimeMentions(m, lang, ref);
  const times: number[] = [];
  let found = 0;
  for (const m of msgs) {
    const t = performance.now();
    found += findTimeMentions(m, lang, ref).length;
    times.push((performance.now() - t) * 1000);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): string => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(1);
  console.log(`${lang}: median ${at(0.5)} µs, p95 ${at(0.95)} µs per 100-char message (${found} mentions in ${msgs.length})`);
}

run('en');
run('ja');
