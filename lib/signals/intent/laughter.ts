/**
 * Laughter in writing, in either party's text: lol, lmao, haha, hehe, :D, xD, 😂🤣😅😆, (笑), 笑 or
 * 草 closing a clause, ｗ runs after Japanese. Each mark must stand as a token of its own, so
 * words that contain the letters (lollipop, 0xDEAD), URLs (www.), "w/" for "with", and nouns
 * built on 笑 or 草 (笑顔, 笑い話, 草むしり, 雑草) do not count: 笑 and 草 laugh only at a clause's
 * end, where a noun would need a particle or a verb after it.
 */
import { alt, en, firstHit, shape, shapeSet, written, type Hit } from './grammar';

/** Where a clause ends: the end, a space or newline, punctuation, another laugh mark, an emoji. */
const CLAUSE_EDGE = '(?=$|[\\s。、！？!?.,…)）」』~〜ー♪☆★]|[笑wｗ草]|\\p{Extended_Pictographic})';
const JA_CHAR = '[\\u3041-\\u30ff\\u3400-\\u9fff々ー！？!?。、…)）」』♪]';

const SHAPES = shapeSet([
  // A hyphen joins a word: "lol-proof" is an adjective, not a laugh.
  shape(`${en(alt('lol(?:ol)*', 'lols', 'lmf?ao', 'rofl', 'a?(?:ha){2,}h?', 'ha(?: ha)+', 'he(?:he)+h?', 'ahah(?:ah)*'))}(?!-[a-z])`),
  // Case tells a face from a word: xD and :D laugh, "Adobe XD" and "Note:d" do not.
  shape(en('xd+'), (m) => !/^xD+$/.test(written(m))),
  shape(':-?d(?![a-z0-9])', (m) => !/D$/.test(written(m))),
  shape('[😂🤣😅😆😹]'),
  shape(`[(（]\\s*(?:笑|爆笑|苦笑|泣き笑い)\\s*[)）]`),
  // 笑 alone, or 爆笑/苦笑, closing a clause; 微笑 and 談笑 are nouns even there.
  shape(`(?<![微談嘲冷])(?:爆|苦)?笑${CLAUSE_EDGE}`),
  // 草 as a word of its own (not 雑草, 草むしり, 庭の草), or 草生える / 大草原.
  shape(`(?<![\\u3400-\\u9fff々の])(?:草${CLAUSE_EDGE}|草生え|草不可避|大草原(?:不可避)?${CLAUSE_EDGE})`),
  // A w run right after Japanese (or after Japanese and one space when it is ww or longer); a URL's
  // www. and "w/" are followed by a dot or a slash, and an English word does not precede.
  // The w comes first and the Japanese before it is checked after, so the scan skips ahead fast.
  shape(`w+(?<=${JA_CHAR}w+)(?![a-z0-9/]|\\.[a-z0-9])|ww+(?<=${JA_CHAR} ww+)(?![a-z0-9/.])`),
  // A call transcript marks laughter in brackets: (laughs), [laughter], *chuckles*, [笑], （笑い）.
  shape('[(\\[*]\\s*(?:laughs?|laughing|laughter|chuckles?|chuckling|giggles?|giggling)\\s*[)\\]*]'),
  shape('[(\\[（［]\\s*(?:笑い?|笑い声)\\s*[)\\]）］]'),
  // Laughing said in kana: あはは, ははは, ふふっ, opening or closing a clause.
  shape(`(?<![\\u3041-\\u30ff\\u3400-\\u9fff])(?:あ|わ|う)?(?:はは|ハハ)(?:は|ハ)*っ?${CLAUSE_EDGE}|(?<![\\u3041-\\u30ff\\u3400-\\u9fff])(?:ふふ|フフ)(?:ふ|フ)*っ?${CLAUSE_EDGE}`),
]);

export function laughter(text: string): Hit | null {
  return firstHit(text, SHAPES);
}
