/**
 * How the reader's models are built from the labelled lines in ./data: one logistic regression
 * per question, from its own lines (`<question>-N.jsonl`), lines of other questions that are "no"
 * to it (ALSO_NO) and everyday messages that are "no" to every question (`background-N.jsonl`).
 * Each model is first trained without a fifth of its lines and checked on them; the threshold is
 * the lowest probability at which those held-out lines reach PRECISION, counted at the share of
 * messages that say yes in real conversations (SHARE). Then it is trained on
 * all of them. Training is deterministic, so the same data always gives the same table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { bucket, BUCKETS, vector } from './features';
import { pack, probability, type PackedModel } from './model';
import { ALSO_NO, QUESTIONS, SHARE, type Question } from './questions';

export const DATA = join(dirname(fileURLToPath(import.meta.url)), 'data');
export const PRECISION = 0.9;
const EPOCHS = 15;
const L2 = 1e-4;
const RATE = 0.5;
const FLOOR = 0.05;

const Line = z.object({ lang: z.enum(['en', 'ja']), text: z.string().min(1), label: z.boolean() });
export type Line = z.infer<typeof Line>;

/** Every line of the files for one name (`trouble-1.jsonl`, `trouble-2.jsonl`, …), with a clear error for a bad one. */
export function loadLines(name: Question | 'background', dir = DATA): Line[] {
  const files = readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.jsonl')).sort();
  if (!files.length) throw new Error(`${dir}: no ${name}-N.jsonl files.`);
  return files.flatMap((f) =>
    readFileSync(join(dir, f), 'utf8').split('\n').flatMap((l, i) => {
      if (!l.trim()) return [];
      const parsed = Line.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${f}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return [parsed.data];
    }),
  );
}

/** AdaGrad over the log loss, each class weighing the same in total, lines in a fixed shuffled order. */
export function train(lines: readonly Line[]): { bias: number; weights: Float32Array } {
  const weights = new Float32Array(BUCKETS);
  const g2 = new Float32Array(BUCKETS).fill(1e-8);
  let bias = 0;
  let b2 = 1e-8;
  const yes = lines.filter((l) => l.label).length;
  const weightOf = (label: boolean) => lines.length / (2 * Math.max(1, label ? yes : lines.length - yes));
  const vectors = lines.map((l) => ({ ...vector(l.text), y: l.label ? 1 : 0, w: weightOf(l.label) }));
  const order = vectors.map((_, i) => i).sort((a, b) => bucket(`${a}`) - bucket(`${b}`));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const k of order) {
      const { index, value, y, w } = vectors[k]!;
      let z = bias;
      for (const i of index) z += (weights[i] ?? 0) * value;
      const err = (1 / (1 + Math.exp(-z)) - y) * w;
      for (const i of index) {
        const g = err * value + L2 * (weights[i] ?? 0);
        const sum = (g2[i] ?? 0) + g * g;
        g2[i] = sum;
        weights[i] = (weights[i] ?? 0) - (RATE / Math.sqrt(sum)) * g;
      }
      b2 += err * err;
      bias -= (RATE / Math.sqrt(b2)) * err;
    }
  }
  return { bias, weights };
}

export interface HeldOut {
  lines: number;
  heldOut: number;
  threshold: number;
  precision: number;
  recall: number;
  byLang: Record<'en' | 'ja', { precision: number; recall: number }>;
}

const isHeld = (l: Line) => bucket(`held:${l.text}`) % 5 === 0;

/** Trains without the held-out fifth, and finds the threshold and the figures on that fifth. */
export function heldOut(lines: readonly Line[], share: number): HeldOut {
  const model = train(lines.filter((l) => !isHeld(l)));
  const scored = lines.filter(isHeld).map((l) => ({ p: probability(model, l.text), y: l.label, lang: l.lang }));
  const at = (t: number, lang?: string) => {
    const s = scored.filter((x) => !lang || x.lang === lang);
    const yes = s.filter((x) => x.y).length;
    const tp = s.filter((x) => x.p >= t && x.y).length;
    // False alarms counted as if "no" lines were as common as in real conversations.
    const fp = s.filter((x) => x.p >= t && !x.y).length * ((yes / Math.max(1, s.length - yes)) * ((1 - share) / share));
    return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, yes) };
  };
  let threshold = 0.5;
  while (threshold < 0.99 && at(threshold).precision < PRECISION) threshold = Math.round((threshold + 0.01) * 100) / 100;
  return { lines: lines.length, heldOut: scored.length, threshold, ...at(threshold), byLang: { en: at(threshold, 'en'), ja: at(threshold, 'ja') } };
}

/** Every question's model, packed, with its held-out figures. */
export function buildModels(dir = DATA): { packed: Record<Question, PackedModel>; figures: Record<Question, HeldOut> } {
  const background = loadLines('background', dir).map((l) => ({ ...l, label: false }));
  const packed = {} as Record<Question, PackedModel>;
  const figures = {} as Record<Question, HeldOut>;
  for (const question of Object.keys(QUESTIONS) as Question[]) {
    const others = (ALSO_NO[question] ?? []).flatMap((q) => loadLines(q, dir).map((l) => ({ ...l, label: false })));
    const lines = [...loadLines(question, dir), ...others, ...background];
    figures[question] = heldOut(lines, SHARE[question]);
    const { bias, weights } = train(lines);
    packed[question] = pack(QUESTIONS[question], bias, weights, figures[question].threshold, FLOOR);
  }
  return { packed, figures };
}

export function generatedSource(packed: Record<Question, PackedModel>): string {
  return `// Written by \`npm run train:reader\` from ./data. Do not edit.\nimport type { PackedModel } from './model';\nimport type { Question } from './questions';\n\nexport const PACKED: Record<Question, PackedModel> = ${JSON.stringify(packed, null, 2)};\n`;
}
