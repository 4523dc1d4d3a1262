/**
 * Hearing how upset a customer is, in Japanese and English, from how people write: readAffect
 * grades one customer turn 0–10 with the words that showed it; conversationUpset follows the
 * build-up across turns and the cooling after an apology. Pure, deterministic, self-contained.
 */
import { hearEnglishPhrases } from './english-phrases';
import { hearEnglishWords, tokens } from './english-words';
import { hearJapanesePhrases } from './japanese-phrases';
import { hearJapaneseVerbs } from './japanese-verbs';
import { fold, toOriginal, type Folded } from './normalise';
import { spans } from './rules';
import { scoreTurn } from './score';
import { emptyHeard, type Heard, type TurnAffect } from './types';

export type { AffectEvidence, AffectKind, TurnAffect } from './types';
export { conversationUpset } from './conversation';

const LATIN = /[a-z]/;
const KANA_KANJI = /[\u3040-\u30ff\u4e00-\u9fff]/;
const ANGRY_FACES = /😡|🤬|😠|😤|👿|💢/gu;
const EYE_ROLL = /🙄/gu;
const KIND_FACES = /🙂|😊|👍|🙏|😀|😄/gu;
const CAPITALS = /^[A-Z][A-Z']+$/;

/** Three words in capitals in a row is shouting (one is emphasis, which the scorer weighs). */
/** A cheap look for three capitalised words before reading word by word. */
const MAYBE_SHOUTING = /[A-Z][A-Z']+[^a-zA-Z]+[A-Z][A-Z']+[^a-zA-Z]+[A-Z][A-Z']+/;

function hearShouting(folded: Folded, heard: Heard): void {
  if (!/[a-z]/.test(folded.original) || !MAYBE_SHOUTING.test(folded.original)) return;
  let run: { start: number; end: number }[] = [];
  const close = () => {
    if (run.length >= 3) heard.hits.push({ kind: 'anger', weight: 3, start: run[0]!.start, end: run.at(-1)!.end });
    run = [];
  };
  for (const tok of tokens(folded.text)) {
    const at = toOriginal(folded, tok.start, tok.end);
    if (!CAPITALS.test(folded.original.slice(at.start, at.end))) close();
    else run.push(tok);
  }
  close();
}

function hearMarks(text: string, heard: Heard): void {
  for (const s of spans(ANGRY_FACES, text)) heard.hits.push({ kind: 'anger', weight: 4, ...s });
  for (const s of spans(EYE_ROLL, text)) heard.hits.push({ kind: 'sarcasm', weight: 3, ...s, ironic: true });
  heard.calm.push(...spans(KIND_FACES, text));
}

export function readAffect(text: string): TurnAffect {
  const folded = fold(text);
  const heard = emptyHeard();
  if (LATIN.test(folded.text)) {
    hearEnglishWords(folded.text, heard);
    hearEnglishPhrases(folded.text, heard);
  }
  if (KANA_KANJI.test(folded.text)) {
    hearJapaneseVerbs(folded.text, heard);
    hearJapanesePhrases(folded.text, heard);
  }
  hearMarks(folded.text, heard);
  hearShouting(folded, heard);
  return scoreTurn(folded, heard);
}
