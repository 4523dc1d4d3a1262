import type { Snapshot } from '../conversation/snapshot';
import type { Trigger } from '../engine';
import { sentenceAt, wordSpan, type TextLang } from '../text/segment';

/** The words around the phrase that called for a prompt, for the card's highlighted quote. */
export interface TriggerContext {
  source: Trigger['source'];
  before: string;
  phrase: string;
  after: string;
  /** When the trigger is in the draft: the sentence it sits in, which "Replace" swaps for a phrasing. */
  sentence?: string;
}

const SIDE = 28;

/**
 * Finds the trigger's text on the page (a turn, a transcript line or the draft) and cuts a
 * short window around it. When the offsets no longer match the text (it changed since the
 * evaluation), the phrase is shown on its own rather than a wrong highlight.
 */
export function triggerContext(trigger: Trigger | undefined, snapshot: Pick<Snapshot, 'turns' | 'transcript' | 'draft'>, lang: TextLang = 'en'): TriggerContext | null {
  if (!trigger || !trigger.phrase) return null;
  const text = sourceText(trigger, snapshot);
  const bare = { source: trigger.source, before: '', phrase: trigger.phrase, after: '' };
  if (text === null || trigger.end > text.length || trigger.start >= trigger.end) return bare;
  if (!sameIgnoringWidth(text.slice(trigger.start, trigger.end), trigger.phrase)) return bare;
  // The engine matches stems ("overwrit"); the highlight shows the whole words.
  const { start, end } = wordSpan(text, trigger.start, trigger.end, lang);
  return {
    source: trigger.source,
    before: clip(text.slice(0, start), 'start'),
    phrase: text.slice(start, end),
    after: clip(text.slice(end), 'end'),
    ...(trigger.source === 'draft' ? { sentence: sentenceAt(text, trigger.start, lang) } : {}),
  };
}

/** The whole text the trigger was found in (a turn, a transcript line or the draft), or null. */
export function sourceText(trigger: Trigger, snapshot: Pick<Snapshot, 'turns' | 'transcript' | 'draft'>): string | null {
  if (trigger.source === 'draft') return snapshot.draft ?? null;
  if ((trigger.source === 'customer' || trigger.source === 'agent') && trigger.turnIndex !== undefined) {
    const lines = [...snapshot.turns, ...(snapshot.transcript ?? [])];
    return lines[trigger.turnIndex]?.text ?? null;
  }
  return null;
}

/** The engine matches on normalised text; accept a phrase that differs only in width or case. */
function sameIgnoringWidth(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
  return norm(a) === norm(b);
}

/** Keeps the words nearest the phrase, cut at a space where there is one. */
function clip(text: string, keep: 'start' | 'end'): string {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= SIDE) return flat;
  if (keep === 'start') {
    const tail = flat.slice(-SIDE);
    const space = tail.indexOf(' ');
    return `…${space > 0 && space < 10 ? tail.slice(space + 1) : tail}`;
  }
  const head = flat.slice(0, SIDE);
  const space = head.lastIndexOf(' ');
  return `${space > SIDE - 10 ? head.slice(0, space) : head}…`;
}
