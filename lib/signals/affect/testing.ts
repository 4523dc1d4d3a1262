import { expect } from 'vitest';
import { readAffect, type AffectKind, type TurnAffect } from './index';

/** A customer who is upset: the score reaches 3 and some evidence of `kind` points at `shows`. */
export interface UpsetCase { text: string; kind?: AffectKind; shows: string }
/** A calm report of a failure the company caused: `problem` points at `shows`, heat stays below 3. */
export interface ProblemCase { text: string; shows: string }
/** Must stay calm: below 3, no problem reported; `thankful` also expects `calm`. */
export interface CalmCase { text: string; thankful?: boolean }

const has = (phrase: string, shows: string) => phrase.toLowerCase().includes(shows.toLowerCase());

/** Every piece of evidence must be the exact words of the original text at its offsets. */
export function expectExactOffsets(text: string, affect: TurnAffect): void {
  for (const e of [...affect.evidence, ...(affect.problem ? [affect.problem] : [])]) {
    expect(text.slice(e.start, e.end), `${e.kind} in «${text}»`).toBe(e.phrase);
  }
}

export function expectUpset({ text, kind, shows }: UpsetCase): void {
  const affect = readAffect(text);
  expectExactOffsets(text, affect);
  expect(affect.score, `score of «${text}» (${JSON.stringify(affect.evidence)})`).toBeGreaterThanOrEqual(3);
  const matching = affect.evidence.filter((e) => (!kind || e.kind === kind) && has(e.phrase, shows));
  expect(matching, `${kind ?? 'any'} evidence showing «${shows}» in «${text}»: ${JSON.stringify(affect.evidence)}`).not.toEqual([]);
  expect(affect.calm).toBe(false);
}

export function expectProblem({ text, shows }: ProblemCase): void {
  const affect = readAffect(text);
  expectExactOffsets(text, affect);
  expect(affect.problem, `problem in «${text}»`).toBeDefined();
  expect(has(affect.problem!.phrase, shows), `problem «${affect.problem!.phrase}» shows «${shows}»`).toBe(true);
  expect(affect.score, `a plain report stays below upset: «${text}» ${JSON.stringify(affect.evidence)}`).toBeLessThan(3);
}

export function expectCalm({ text, thankful }: CalmCase): void {
  const affect = readAffect(text);
  expectExactOffsets(text, affect);
  expect(affect.score, `score of «${text}» (${JSON.stringify(affect.evidence)})`).toBeLessThan(3);
  expect(affect.problem, `no problem in «${text}»`).toBeUndefined();
  if (thankful) expect(affect.calm, `calm «${text}»`).toBe(true);
}
