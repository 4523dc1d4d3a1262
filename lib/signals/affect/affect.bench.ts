/**
 * The affect module's figures, printed, never asserted: speed per 100-character message
 * (median and p95 over 1,000 messages per language), the bundle it adds (esbuild, minified,
 * gzipped), and how it hears the scoring-only held-out sentences.
 * Run: npx tsx lib/signals/affect/affect.bench.ts
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { HELD_OUT } from './held-out';
import { readAffect } from './index';

const EN = ['the order', 'still has not arrived', 'and honestly', 'this is getting silly now', 'could you check', 'my account', 'thanks for the help',
  'why do I have to', 'call again', 'it was charged twice', 'great, just great', 'not good enough', 'please', 'the app keeps crashing', 'no problem'];
const JA = ['注文した商品が', 'まだ届いていません', '本当に困っています', 'いつになったら直るんですか', 'ありがとうございます', '確認をお願いします',
  '何度も電話しているのに', '全然使えない', 'それはおかしいでしょう', '助かりました', '色が違う', 'さすがですね', 'よろしくお願いします'];

/** A deterministic generator, so every run times the same messages. */
function messages(parts: readonly string[], join: string, count: number, seed: number): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => {
    let text = '';
    while (text.length < 100) text += parts[Math.floor(next() * parts.length)] + join;
    return text.slice(0, 100);
  });
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

function time(label: string, texts: readonly string[]): void {
  for (let round = 0; round < 3; round++) for (const t of texts) readAffect(t);
  const cpu = process.cpuUsage();
  const micros = texts.map((t) => {
    const start = process.hrtime.bigint();
    readAffect(t);
    return Number(process.hrtime.bigint() - start) / 1000;
  }).sort((a, b) => a - b);
  const { user, system } = process.cpuUsage(cpu);
  console.log(`${label.padEnd(8)} median ${percentile(micros, 50).toFixed(1)} µs, p95 ${percentile(micros, 95).toFixed(1)} µs, mean CPU ${((user + system) / texts.length).toFixed(1)} µs per 100-character message (${texts.length})`);
}

function bundleSize(): void {
  const root = path.resolve(import.meta.dirname, '../../..');
  const esbuild = path.join(root, 'node_modules/tsx/node_modules/esbuild/bin/esbuild');
  const code = execFileSync(esbuild, [path.join(import.meta.dirname, 'index.ts'), '--bundle', '--minify', '--format=esm'], { maxBuffer: 1 << 24 });
  console.log(`bundle   ${(code.length / 1024).toFixed(1)} KB minified, ${(gzipSync(code).length / 1024).toFixed(1)} KB gzipped`);
}

function heldOut(): void {
  const count = (keep: (label: string, affect: ReturnType<typeof readAffect>) => boolean) => HELD_OUT.filter(([text, label]) => keep(label, readAffect(text))).length;
  const of = (label: string) => HELD_OUT.filter(([, l]) => l === label).length;
  const upset = count((l, a) => l === 'u' && a.score >= 3);
  const falseHeat = count((l, a) => l !== 'u' && a.score >= 3);
  const problems = count((l, a) => l === 'p' && a.score < 3 && a.problem !== undefined);
  const falseProblems = count((l, a) => l === 'c' && a.problem !== undefined);
  console.log(`held-out upset heard ${upset}/${of('u')}; not upset but scored upset ${falseHeat}/${of('p') + of('c')}`);
  console.log(`held-out problem reports heard ${problems}/${of('p')}; calm turns given a problem ${falseProblems}/${of('c')}`);
}

// The machine is shared: the load says how far the wall-clock figures are from an idle one.
console.log(`load     ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
time('en', messages(EN, ' ', 1000, 7));
time('ja', messages(JA, '、', 1000, 11));
time('mixed', messages([...EN, ...JA], ' ', 1000, 13));
bundleSize();
heldOut();
