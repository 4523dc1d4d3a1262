/**
 * Speed of all intent detectors together: median and p95 µs per 100-character text over 1,000
 * texts (a third English, a third Japanese, a third mixed), after a warm-up, since the engine runs
 * all day. Run with `npx tsx lib/signals/intent/bench.ts`. Texts are stitched from customer and
 * agent fragments so that some carry an intent and most carry none, as real conversations do.
 */
import { intentDetectors } from './index';

const FRAGMENTS = {
  en: [
    "Hi, my parcel still hasn't arrived and the tracking page has not changed at all since Monday.",
    "Sorry, I'm driving at the moment so I can't really talk for long.",
    "I'll chase the courier and call you back after lunch with an update.",
    'Thanks for your patience, the refund will appear on your statement in three to five days.',
    'Is now a good time to go through the settings together?',
    'As I said, the order was placed after the cut-off time, haha.',
    'Can I speak to a manager please, this is the third time I have called.',
    'Let me know if you need anything else.',
  ],
  ja: [
    'お世話になっております。先日注文した商品がまだ届いておりません。',
    '今ちょっと手が離せなくて、外出先なので長くは話せません。',
    '確認でき次第、本日17時までにご連絡いたします。',
    '発送後に追跡番号をメールでお送りします。明日の午前中にお届け予定です。',
    '今お時間よろしいでしょうか。ご都合のよい時間に折り返しいたします。',
    '先ほども申し上げた通り、返品はできかねます（笑）',
    '責任者の方をお願いできますか。もう三回目なんですけど。',
    '他にご不明な点はございますか。',
  ],
};

function texts(count: number, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts = i % 3 === 0 ? FRAGMENTS.en : i % 3 === 1 ? FRAGMENTS.ja : [...FRAGMENTS.en, ...FRAGMENTS.ja];
    let s = '';
    for (let j = i; s.length < size; j += 5) s += parts[j % parts.length] + ' ';
    // Shift the start so consecutive texts differ (detectors keep the last text they read).
    out.push((s + s).slice(i % 17, (i % 17) + size));
  }
  return out;
}

const detectors = Object.values(intentDetectors).map((d) => d.detect);
const all = texts(1000, 100);
for (let k = 0; k < 3; k++) for (const t of all) for (const d of detectors) d(t);
const times: number[] = [];
let fired = 0;
// CPU time as well as wall time: on shared cores the wall clock also counts other people's work.
const cpu = process.cpuUsage();
for (const t of all) {
  const start = performance.now();
  for (const d of detectors) if (d(t)) fired++;
  times.push((performance.now() - start) * 1000);
}
const cpuMicros = process.cpuUsage(cpu);
times.sort((a, b) => a - b);
const at = (q: number): string => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(1);
const meanCpu = ((cpuMicros.user + cpuMicros.system) / all.length).toFixed(1);
console.log(`all ${detectors.length} detectors: median ${at(0.5)} µs, p95 ${at(0.95)} µs, mean CPU ${meanCpu} µs per 100-character text (${fired} detections in ${all.length} texts)`);
