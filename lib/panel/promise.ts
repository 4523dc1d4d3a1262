import type { Snapshot } from '../conversation/snapshot';
import type { Trigger } from '../engine';
import { sourceText } from './trigger';

const MAX_LENGTH = 200;

/**
 * The sentence in which the agent made the promise note-the-promise fired on: what goes
 * into the follow-up, so the reminder later says what was promised in the agent's own words.
 * Falls back to the phrase alone when the text has changed since the evaluation.
 */
export function promiseSentence(trigger: Trigger | undefined, snapshot: Pick<Snapshot, 'turns' | 'transcript' | 'draft'>): string {
  if (!trigger) return (snapshot.draft ?? '').trim().slice(0, MAX_LENGTH);
  const text = sourceText(trigger, snapshot);
  if (text === null || trigger.end > text.length || trigger.start >= trigger.end) return trigger.phrase;
  const start = lastBoundaryBefore(text, trigger.start);
  const end = firstBoundaryFrom(text, trigger.end);
  const sentence = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return sentence.length > MAX_LENGTH ? trigger.phrase : sentence;
}

// A sentence ends at 。！？!? or a line break, and at ". " — not the dot in "4.30", nor "p.m. " / "e.g. ".
const ENDS = /[。！？!?\n]|(?<!\b[a-z]\.[a-z])\.(?=\s)/gi;

function lastBoundaryBefore(text: string, index: number): number {
  let start = 0;
  for (const match of text.slice(0, index).matchAll(ENDS)) start = match.index + 1;
  return start;
}

function firstBoundaryFrom(text: string, index: number): number {
  const rest = text.slice(index);
  const match = new RegExp(ENDS.source, 'i').exec(rest) ?? (rest.endsWith('.') ? { index: rest.length - 1 } : null);
  return match ? index + match.index + 1 : text.length;
}
