/**
 * `npm run bench:engine` — keystroke latency of the coaching engine with 1,000+ rules,
 * compared in the same run with textlint + textlint-rule-prh on the same phrase dictionary.
 * Figures are printed; nothing is asserted here (numbers belong to benchmarks, not unit tests).
 */
import { TextlintKernel } from '@textlint/kernel';
import textPluginModule from '@textlint/textlint-plugin-text';
import prhModule from 'textlint-rule-prh';
import { compilePack } from '../../lib/engine';
import { createSession } from '../../lib/engine/session';
import { conversation, draftText, largePack } from './engine.fixtures';
import { formatMs, percentile } from './stats';

/** Both packages are CommonJS with a `default` export; unwrap whichever shape the loader gives. */
function unwrap<T>(mod: T): T {
  const inner = (mod as { default?: T }).default;
  return inner ?? mod;
}
const prhRule = unwrap(prhModule);
const textPlugin = unwrap(textPluginModule);

const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 3000);
const TEXTLINT_RUNS = Number(process.env.BENCH_TEXTLINT_RUNS ?? 40);

const ms = formatMs;
const heapMB = () => process.memoryUsage().heapUsed / 2 ** 20;

function gc() {
  (globalThis as { gc?: () => void }).gc?.();
}

gc();
const heapBefore = heapMB();
const { pack, phrases } = largePack(1000);
let t = performance.now();
const compiled = compilePack(pack);
const compileMs = performance.now() - t;
gc();
const heapCompiled = heapMB() - heapBefore;
console.log(`Pack: ${pack.rules.length} rules, ${compiled.phraseCount} distinct phrases`);
console.log(`Compile: ${ms(compileMs)}; heap used by the compiled pack: ${heapCompiled.toFixed(1)} MB`);

/** Types the draft one character at a time (cycling through its 600 characters). */
function engineKeystrokes(lang: 'ja' | 'en'): { sorted: number[]; promptsAtEnd: number } {
  const { turns, draft: _draft, now: _now, ...context } = conversation(lang);
  const full = draftText(lang);
  // The live panel's path: the engine session is told what changed (here: only the draft).
  const session = createSession(compiled);
  session.setContext(context);
  session.setTurns(turns, 1); // the conversation arrives: turns are scanned once
  session.evaluate({ nowMs: 0 });
  const times: number[] = [];
  let prompts = 0;
  for (let k = 0; k < KEYSTROKES + 200; k++) {
    const draft = full.slice(0, 1 + (k % full.length));
    const start = performance.now();
    // Prompts only, no explanation of the quiet rules.
    session.setDraft(draft);
    const result = session.evaluate({ nowMs: k * 150, explain: false });
    const took = performance.now() - start;
    if (k >= 200) times.push(took); // first 200 warm the JIT
    prompts = result.prompts.length;
  }
  return { sorted: times.sort((a, b) => a - b), promptsAtEnd: prompts };
}

async function textlintKeystrokes(lang: 'ja' | 'en'): Promise<number[]> {
  // prh escapes punctuation in a way its own u-flag regexes reject: give it letters and digits only.
  const plain = phrases.filter((p) => /^[\p{L}\p{N} ]+$/u.test(p));
  const yaml = `version: 1\nrules:\n${plain.map((p) => `  - expected: ${JSON.stringify(`${p}!`)}\n    pattern: ${JSON.stringify(p)}`).join('\n')}\n`;
  const kernel = new TextlintKernel();
  const options = {
    ext: '.txt',
    plugins: [{ pluginId: 'text', plugin: textPlugin }],
    rules: [{ ruleId: 'prh', rule: prhRule, options: { ruleContents: [yaml] } }],
  };
  const full = draftText(lang);
  const times: number[] = [];
  for (let k = 0; k < TEXTLINT_RUNS + 3; k++) {
    const text = full.slice(0, full.length - (k % 5));
    const start = performance.now();
    await kernel.lintText(text, options);
    if (k >= 3) times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const summary: string[] = [];
for (const lang of ['ja', 'en'] as const) {
  const engine = engineKeystrokes(lang);
  const e50 = percentile(engine.sorted, 50);
  console.log(`\n[${lang}] engine, ${KEYSTROKES} keystrokes on a 600-character draft, 100 turns: p50 ${ms(e50)}  p95 ${ms(percentile(engine.sorted, 95))}  p99 ${ms(percentile(engine.sorted, 99))}  (prompts shown at the end: ${engine.promptsAtEnd})`);
  t = performance.now();
  const tl = await textlintKeystrokes(lang);
  const t50 = percentile(tl, 50);
  console.log(`[${lang}] textlint + prh (${phrases.filter((p) => /^[\p{L}\p{N} ]+$/u.test(p)).length} phrases), ${TEXTLINT_RUNS} runs on the same draft: median ${ms(t50)}  p95 ${ms(percentile(tl, 95))}`);
  console.log(`[${lang}] ratio (textlint median / engine median): ${(t50 / e50).toFixed(0)}×`);
  summary.push(`${lang}: engine p95 ${ms(percentile(engine.sorted, 95))}, ${(t50 / e50).toFixed(0)}× faster than textlint+prh`);
}
gc();
console.log(`\nHeap used at the end: ${heapMB().toFixed(1)} MB`);
console.log(`Summary — ${summary.join('; ')}; compile ${ms(compileMs)}.`);
