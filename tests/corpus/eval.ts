/**
 * `npm run eval`: scores the built-in pack on the labelled corpus (README.md here). Per rule,
 * a prompt that fires where the label expects it is a hit (tp), one that stays quiet there a
 * miss (fn), and one that fires where the label forbids it a false alarm (fp); a rule in
 * neither list is not scored. Top-level precision and recall are the test split's.
 *
 *   npm run eval              per-rule table, the dev split's misses with their notes, overall figures
 *   npm run eval -- --json    one JSON object on stdout
 *   npm run eval -- --check   exit 1 when the test split falls below tests/corpus/baseline.json
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { ConversationSchema } from '../../lib/conversation/schema';
import { builtinPack, checkConversation, type Pack } from '../../lib/engine';

export const CORPUS_DIR = resolve(import.meta.dirname, '.');
export const SPLITS = ['dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

const ruleIds = builtinPack.rules.map((r) => r.id);
const RuleId = z.enum(ruleIds as [string, ...string[]]);
const LabelSchema = z.strictObject({
  expect: z.array(RuleId).max(3),
  forbid: z.array(RuleId),
  tier: z.enum(['easy', 'moderate', 'hard']),
  note: z.string().min(1),
});
const CaseSchema = ConversationSchema.extend({ id: z.string().min(1), label: LabelSchema }).refine(
  (c) => !c.label.expect.some((id) => c.label.forbid.includes(id)),
  'a rule is both expected and forbidden',
);
export type LabelledCase = z.infer<typeof CaseSchema> & { split: Split; file: string };

export function loadCorpus(dir = CORPUS_DIR): LabelledCase[] {
  return SPLITS.flatMap((split) =>
    readdirSync(join(dir, split)).filter((f) => f.endsWith('.json')).sort().map((file) => {
      const path = join(dir, split, file);
      const parsed = CaseSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.success) throw new Error(`${split}/${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return { ...parsed.data, split, file };
    }),
  );
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}
export interface Miss {
  id: string;
  split: Split;
  ruleId: string;
  kind: 'missed' | 'false alarm';
  note: string;
  tier: string;
}
export interface Scores {
  precision: number;
  recall: number;
  perRule: Record<string, Counts>;
  /** Conversations where more than three prompts would show at once. */
  crowded: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

function score(cases: readonly LabelledCase[], fired: Map<string, Set<string>>, misses?: Miss[]): Scores {
  const perRule: Record<string, Counts> = {};
  let tp = 0, fp = 0, fn = 0, crowded = 0;
  for (const id of ruleIds) perRule[id] = { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 };
  for (const c of cases) {
    const got = fired.get(c.id)!;
    if (got.size > 3) crowded++;
    for (const ruleId of c.label.expect) {
      const counts = perRule[ruleId]!;
      if (got.has(ruleId)) { counts.tp++; tp++; } else { counts.fn++; fn++; misses?.push({ id: c.id, split: c.split, ruleId, kind: 'missed', note: c.label.note, tier: c.label.tier }); }
    }
    for (const ruleId of c.label.forbid) {
      if (!got.has(ruleId)) continue;
      perRule[ruleId]!.fp++; fp++;
      misses?.push({ id: c.id, split: c.split, ruleId, kind: 'false alarm', note: c.label.note, tier: c.label.tier });
    }
  }
  for (const counts of Object.values(perRule)) {
    counts.precision = ratio(counts.tp, counts.tp + counts.fp);
    counts.recall = ratio(counts.tp, counts.tp + counts.fn);
  }
  return { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), perRule, crowded };
}

export interface EvalReport {
  conversations: number;
  languages: { ja: number; en: number };
  precision: number;
  recall: number;
  perRule: Record<string, Counts>;
  splits: Record<Split, Scores & { conversations: number }>;
  misses: Miss[];
}

export function evaluateCorpus(cases: readonly LabelledCase[], pack: Pack = builtinPack): EvalReport {
  const fired = new Map<string, Set<string>>();
  for (const c of cases) {
    const { label: _label, split: _split, file: _file, ...conversation } = c;
    fired.set(c.id, new Set(checkConversation(conversation, pack).prompts.map((p) => p.ruleId)));
  }
  const misses: Miss[] = [];
  const whole = score(cases, fired, misses);
  const splits = Object.fromEntries(SPLITS.map((split) => {
    const part = cases.filter((c) => c.split === split);
    return [split, { conversations: part.length, ...score(part, fired) }];
  })) as EvalReport['splits'];
  const langOf = (c: LabelledCase) => c.lang ?? (/[\u3040-\u30ff\u4e00-\u9fff]/.test(c.turns.map((t) => t.text).join('')) ? 'ja' : 'en');
  return {
    conversations: cases.length,
    languages: { ja: cases.filter((c) => langOf(c) === 'ja').length, en: cases.filter((c) => langOf(c) === 'en').length },
    precision: splits.test.precision,
    recall: splits.test.recall,
    perRule: whole.perRule,
    splits,
    misses,
  };
}

/** What the corpus must cover (README.md); a corpus that falls short is refused, not scored. */
export function spreadProblems(cases: readonly LabelledCase[]): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => { if (!ok) problems.push(what); };
  const count = (f: (c: LabelledCase) => boolean) => cases.filter(f).length;
  need(cases.length >= 240, `at least 240 conversations (has ${cases.length})`);
  for (const lang of ['ja', 'en'] as const) need(count((c) => c.lang === lang) >= 100, `at least 100 in ${lang}`);
  for (const channel of ['chat', 'email', 'voice'] as const) need(count((c) => c.channel === channel) > 0, `some ${channel}`);
  for (const direction of ['inbound', 'outbound'] as const) need(count((c) => (c.direction ?? 'inbound') === direction) > 0, `some ${direction}`);
  for (const state of ['active', 'ended'] as const) need(count((c) => (c.state ?? 'active') === state) > 0, `some ${state}`);
  for (const tier of ['easy', 'moderate', 'hard'] as const) need(count((c) => c.label.tier === tier) > 0, `some ${tier}`);
  need(count((c) => c.label.expect.length === 0) >= 30, 'at least 30 where nothing should fire');
  for (const id of ruleIds) {
    need(count((c) => c.label.expect.includes(id)) >= 10, `${id} expected in at least 10`);
    need(count((c) => c.label.forbid.includes(id)) >= 40, `${id} forbidden in at least 40`);
  }
  const testShare = count((c) => c.split === 'test') / Math.max(1, cases.length);
  need(testShare >= 0.3, `a test split of about a third (has ${Math.round(testShare * 100)} %)`);
  return problems;
}

export interface Baseline {
  precision: number;
  recall: number;
  /** The least recall any rule may have on the test split. */
  ruleRecall: number;
}

export function belowBaseline(report: EvalReport, baseline: Baseline): string[] {
  const out: string[] = [];
  if (report.precision < baseline.precision) out.push(`test precision ${report.precision} < baseline ${baseline.precision}`);
  if (report.recall < baseline.recall) out.push(`test recall ${report.recall} < baseline ${baseline.recall}`);
  for (const [id, counts] of Object.entries(report.splits.test.perRule)) {
    if (counts.recall < baseline.ruleRecall) out.push(`${id}: test recall ${counts.recall} < baseline ${baseline.ruleRecall}`);
  }
  return out;
}

export function loadBaseline(dir = CORPUS_DIR): Baseline {
  return JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')) as Baseline;
}

function pct(n: number): string {
  return `${(n * 100).toFixed(1)} %`;
}

export function printReport(report: EvalReport): void {
  const out: string[] = [];
  out.push(`Kizuki coaching eval: ${report.conversations} conversations (ja ${report.languages.ja}, en ${report.languages.en}); dev ${report.splits.dev.conversations}, test ${report.splits.test.conversations}`, '');
  out.push('rule                        tp   fp   fn  precision  recall   |  test precision  recall');
  for (const id of ruleIds) {
    const w = report.perRule[id]!;
    const t = report.splits.test.perRule[id]!;
    const f1 = w.precision + w.recall === 0 ? 0 : (2 * w.precision * w.recall) / (w.precision + w.recall);
    out.push(`${id.padEnd(26)} ${String(w.tp).padStart(4)} ${String(w.fp).padStart(4)} ${String(w.fn).padStart(4)}  ${pct(w.precision).padStart(9)} ${pct(w.recall).padStart(8)}   F1 ${f1.toFixed(2)} | ${pct(t.precision).padStart(9)} ${pct(t.recall).padStart(8)}`);
  }
  const devMisses = report.misses.filter((m) => m.split === 'dev');
  out.push('', `Dev split: what went wrong (${devMisses.length}); the test split's cases are scored only and not listed`);
  for (const m of devMisses) out.push(`  ${m.kind === 'missed' ? 'missed     ' : 'false alarm'} ${m.ruleId.padEnd(24)} ${m.id} [${m.tier}] — ${m.note}`);
  for (const split of SPLITS) {
    const s = report.splits[split];
    out.push('', `${split.padEnd(4)}: precision ${pct(s.precision)}, recall ${pct(s.recall)}; ${s.crowded} conversation(s) with more than 3 prompts at once`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

if (process.argv[1] && /eval\.ts$/.test(process.argv[1])) {
  const args = process.argv.slice(2);
  const cases = loadCorpus();
  const problems = spreadProblems(cases);
  if (problems.length) {
    process.stderr.write(`The corpus does not cover what it must:\n${problems.map((p) => `- ${p}`).join('\n')}\n`);
    process.exit(2);
  }
  const report = evaluateCorpus(cases);
  if (args.includes('--json')) {
    const { misses: _misses, ...json } = report;
    process.stdout.write(`${JSON.stringify(json)}\n`);
  } else printReport(report);
  if (args.includes('--check')) {
    const failed = belowBaseline(report, loadBaseline());
    if (failed.length) {
      process.stderr.write(`Below the committed baseline:\n${failed.map((f) => `- ${f}`).join('\n')}\n`);
      process.exit(1);
    }
  }
}
