/**
 * The reader: small learned models that answer one question about a customer's message
 * (questions.ts), for what no grammar rule has a shape for — "So I paid for next-day and it
 * turned up on day four. Cool.", 「三回電話して三回とも違うこと言われたんですけど」. A message is read whole and sentence by sentence; the
 * answer is the whole message's (what the models learned from), or one sentence's when the model
 * is all but sure of it (a long email dilutes the sentence that asks), and the sentence that scores
 * highest is the evidence, so a prompt can still point at the words.
 */
import { sentenceEnds } from '../../text/segment';
import type { Found } from '../types';
import { unpack, probability, type Model } from './model';
import type { Question } from './questions';
import { PACKED } from './weights.generated';

const models = new Map<Question, Model>();

/** How sure the model must be of one sentence for it to answer for the whole message. */
const SURE_SENTENCE = 0.99;

function model(question: Question): Model {
  let m = models.get(question);
  if (!m) models.set(question, (m = unpack(PACKED[question])));
  return m;
}

/** Sentences with their offsets, split where the draft hearings split them, spaces trimmed. */
function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const to of sentenceEnds(text)) {
    const piece = text.slice(from, to);
    const start = from + piece.length - piece.trimStart().length;
    const end = from + piece.trimEnd().length;
    if (end > start) out.push({ start, end });
    from = to;
  }
  return out;
}

export interface Reading {
  /** The probability the model gives the whole message, or the sentence that answers for it. */
  p: number;
  yes: boolean;
  /** The sentence (or the whole message) that scored highest, when the answer is yes. */
  found?: Found;
}

export function read(question: Question, text: string): Reading {
  const m = model(question);
  const whole = probability(m, text);
  const parts = sentencesOf(text);
  let best = parts[0] ?? { start: 0, end: text.length };
  let bestP = -1;
  if (parts.length > 1) {
    for (const s of parts) {
      const p = probability(m, text.slice(s.start, s.end));
      if (p > bestP) [best, bestP] = [s, p];
    }
  }
  // A long email dilutes the one sentence that asks: a sentence alone counts when the model is sure of it.
  const p = bestP >= SURE_SENTENCE ? Math.max(whole, bestP) : whole;
  if (p < m.threshold) return { p, yes: false };
  return { p, yes: true, found: { phrase: text.slice(best.start, best.end), start: best.start, end: best.end } };
}

/** A hearing's detect: the reader's evidence when its answer is yes. */
export const hears = (question: Question) => (text: string): Found | null => read(question, text).found ?? null;
