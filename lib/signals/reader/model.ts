/**
 * A reader model: logistic regression over hashed features (features.ts). Stored compactly as
 * base64 — bucket numbers as gaps in variable-length bytes, each weight as one signed byte
 * times a scale — and unpacked once, the first time it is read.
 */
import { BUCKETS, vector } from './features';

export interface PackedModel {
  /** What the model answers, for people reading the table. */
  question: string;
  bias: number;
  scale: number;
  /** base64 of [gap varint, weight int8] pairs, buckets ascending. */
  weights: string;
  /** Probability at and above which the answer is yes, chosen on held-out lines. */
  threshold: number;
}

export interface Model {
  bias: number;
  weights: Float32Array;
  threshold: number;
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function unpack(packed: PackedModel): Model {
  const bytes = fromBase64(packed.weights);
  const weights = new Float32Array(BUCKETS);
  let at = 0;
  let index = -1;
  while (at < bytes.length) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++] ?? 0;
      gap |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    index += gap;
    const q = bytes[at++] ?? 0;
    weights[index] = (q > 127 ? q - 256 : q) * packed.scale;
  }
  return { bias: packed.bias, weights, threshold: packed.threshold };
}

/** Keeps the weights that matter (|w| at least `floor`), quantised to one byte each. */
export function pack(question: string, bias: number, weights: Float32Array, threshold: number, floor: number): PackedModel {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const bytes: number[] = [];
  let last = -1;
  weights.forEach((w, i) => {
    const q = Math.round(w / scale);
    if (Math.abs(w) < floor || q === 0) return;
    let gap = i - last;
    last = i;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bytes.push(gap, q & 0xff);
  });
  return { question, bias: Math.round(bias * 1e4) / 1e4, scale: Number(scale.toPrecision(6)), weights: toBase64(Uint8Array.from(bytes)), threshold };
}

/** The probability the model gives a text. */
export function probability(model: Pick<Model, 'bias' | 'weights'>, text: string): number {
  const { index, value } = vector(text);
  let z = model.bias;
  for (const i of index) z += (model.weights[i] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}
