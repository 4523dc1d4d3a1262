/**
 * The failure verbs support hears, as lemma + conjugation rather than listed forms: one
 * pattern per verb reads its whole suffix chain (届かない, 届かなかった, 届いてない, 届いていない,
 * 届いておりません, 届きませんでした, 届かなくなりました, 壊れちゃった …), then the chain says
 * whether it is negative, and what follows says whether it is a report at all (届かなかったら,
 * 届かない場合 are possibilities; 使えないですか is a question about the service).
 */
import { clauseAround, matches } from './normalise';
import type { Heard } from './types';

/** Godan rows: the kana of the a-, i- and te-stems and the dictionary form. Ichidan verbs add nothing. */
const ROWS = {
  k: ['か', 'き', 'い', 'く'], r: ['ら', 'り', 'っ', 'る'], w: ['わ', 'い', 'っ', 'う'], m: ['ま', 'み', 'ん', 'む'],
  t: ['た', 'ち', 'っ', 'つ'], ichidan: ['', '', '', 'る'], suru: ['し', 'し', 'し', 'する'],
} as const;
type Row = keyof typeof ROWS;

/** After the a-stem: plain, past, adverbial ("stopped working": 〜なくなった), colloquial, classical, Kansai. */
const NEG_A = '(?:なく(?:なっ(?:て(?:しま(?:い(?:まし)?た|った))?|た|ちゃ(?:った|いました))|なり(?:まし)?た|なる|て)?|なかった|ない|ねえ|ねー|ず|へんかった|ひんかった|へん|ひん)';
/** After the te-stem: て + (は|も) + (い|お|おり) + an ending: progressive, resultative, negated (Kansai 届いてへん too), colloquial contractions. */
const TE = '[てで](?:[はも]|すら|さえ)?(?:い|おり|お)?(?:なかった|ない|なく|へんかった|へん|ひん|ませ(?:ん(?:でした)?)?|ます|ました|る|た|て)?';
const chain = ([a, i, te, u]: readonly string[]) =>
  `(?:${a}${NEG_A}|${i}(?:ませんでした|ません|ました|ます)|${te}${TE}|${te}[ただ]|${te}ちゃ(?:う|った|って|いました)?|${te}じゃ(?:う|った)|${u})`;

interface Verb { stem: string; row: Row; /** The failure is the verb denied (届かない) or the verb itself (壊れた). */ fails: 'denied' | 'done' }
const v = (stem: string, row: Row, fails: Verb['fails']): Verb => ({ stem, row, fails });

const SERVICE = '(?:ログイン|サインイン|注文|支払い?|決済|接続|起動|再生|ダウンロード|インストール|解約|返品|登録|更新|同期|印刷|送信|保存|利用|使用|アクセス|予約|購入|変更|キャンセル|視聴|受け取り|申し?込み?)(?:が|も|は)?';
const VERBS: Verb[] = [
  v('(?:届|とど)', 'k', 'denied'), v('(?:直|なお)', 'r', 'denied'), v('(?:動|うご)', 'k', 'denied'), v('(?:使え|つかえ)', 'ichidan', 'denied'),
  v('(?:繋が|つなが)', 'r', 'denied'), v('(?:開|ひら)', 'k', 'denied'), v('開け', 'ichidan', 'denied'), v('読み?込', 'm', 'denied'),
  v('(?<=[がはもに]|まだ|全然|一向に)来', 'ichidan', 'denied'), v('返って(?:こ|来)', 'ichidan', 'denied'), v('(?:連絡|電話)が(?:つ|付)', 'k', 'denied'),
  v('(?:押せ|送れ|払え|見れ|見られ|聞こえ|受け取れ|選べ|買え|ログインでき)', 'ichidan', 'denied'), v('(?<=[がはも])入', 'r', 'denied'), v('足り', 'ichidan', 'denied'), v('(?<=[がはも])(?:付|つ)', 'k', 'denied'),
  v('(?:映|点)', 'r', 'denied'), v('(?:起動|解決|反応|動作)', 'suru', 'denied'), v(`${SERVICE}でき`, 'ichidan', 'denied'),
  v('(?:反映|返金|処理|発送|出荷|登録|更新|交換|入金|振り?込ま|対応|表示|適用)され', 'ichidan', 'denied'),
  v('(?:壊れ|こわれ|潰れ|つぶれ|割れ|欠け|汚れ|消え|破れ|漏れ|外れ|落ち|裂け|さけ|こぼれ|零れ|剥がれ|はがれ|溶け|枯れ|しおれ|萎れ|濡れ|ぬれ|ちぎれ|千切れ|ずれ)', 'ichidan', 'done'), v('(?:腐|曲が|傷ま)', 'r', 'done'), v('(?:傷|いた)(?=ん)', 'm', 'done'), v('(?:止ま|固ま)', 'r', 'done'), v('(?:凹|へこ)', 'm', 'done'),
  v('(?:フリーズ|故障|破損|停止)', 'suru', 'done'), v('消され', 'ichidan', 'done'), v('(?<=[とがも])(?:全然|全く|まったく)?(?:違|ちが)', 'w', 'done'),
  v('エラー(?:メッセージ)?(?:が|も)?出', 'ichidan', 'done'), v('エラー(?:が|に)?な', 'r', 'done'),
];

const NEGATIVE = /な(?:い|かっ|く)|ませ|[ずへひ]|ねえ|ねー/;
/** Conditionals, "in case", "might", "so that … not", "looks set to" (足りなくなりそう): the failure is a possibility, not a report. */
const POSSIBLE = /^[^。、]{0,4}(?:があれば|があったら|がある場合|の場合)|^(?:です)?(?:ら|たら|なら|れば|ければ|場合|時|とき|ように|かも|か(?:心配|不安|どうか|な|も)|可能性|と困)|^な(?:りそう|るかも|りかね)/;
/** A plain question about the service ("使えないですか", "届きますか"): asking, not reporting. */
const ASKING = /^(?:です|でしょう)?か/;
/**
 * A stem written in kana can be the tail of another word (届いたんで holds いたんで, 並んでいた
 * holds いた, 吹きこぼれ is a compound): kana starts a verb after a particle, the text's start, a
 * non-word character, or (a stem long enough not to be a word's tail) a kanji adverb (全然つながらない).
 */
const KANA = /[\u3041-\u309f]/;
const WORD = /[\u3041-\u309f\u3400-\u9fff々]/;
const PARTICLE = /[がはもをにへとやか]/;
function startsAWord(text: string, start: number, match: string): boolean {
  if (!KANA.test(text[start] ?? '')) return true;
  const before = text[start - 1];
  if (!before || PARTICLE.test(before) || ADVERB_END.test(text.slice(Math.max(0, start - 3), start))) return true;
  // After kana the stem is the second half of a compound (吹きこぼれ) or an ending (ていた); after kanji only a short stem can be a tail.
  return SHORT_KANA_STEM.test(match) ? !WORD.test(before) : !COMPOUND_FIRST.test(text.slice(Math.max(0, start - 2), start));
}
/** The kana stems short enough to be another word's tail (いた in 届いた, ちが in 間違); longer ones (つながら) are not. */
const SHORT_KANA_STEM = /^(?:いた|ちが|なお|うご|ひら|へこ|とど)/;
/** The first half of a compound verb: a kanji stem and its i-row kana (吹き|こぼれ, 取り|外れ). まだ, もう stay adverbs. */
const COMPOUND_FIRST = /[\u4e00-\u9fff][きしちにひみりいぎじびぴ]$/;
/** Adverbs written in kanji that end right before a verb: 全然, 一向に, 全く. */
const ADVERB_END = /(?:全然|一向に|全く|未だ|今だに|又)$/;
/** A potential verb after a kana adverb is the writer's own ability (ゆっくり見られない), not a failure (画面が見られない). */
const POTENTIAL = /^(?:見れ|見られ|送れ|払え|受け取れ|選べ|買え|押せ)/;
function ownAbility(text: string, start: number, match: string): boolean {
  if (!POTENTIAL.test(match)) return false;
  const before = text.slice(Math.max(0, start - 4), start);
  return /[\u3041-\u309f]$/.test(before) && !/(?:[がはもをに]|まだ|全然|ぜんぜん)$/.test(before);
}
const FORMS = VERBS.map((verb) => ({ verb, re: new RegExp(`(?:${verb.stem})(${chain(ROWS[verb.row])})`, 'g') }));

export function hearJapaneseVerbs(text: string, heard: Heard): void {
  for (const { verb, re } of FORMS) {
    for (const m of matches(re, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!startsAWord(text, start, m[0]) || ownAbility(text, start, m[0])) continue;
      const denied = NEGATIVE.test(m[1] ?? '');
      if (denied !== (verb.fails === 'denied')) continue;
      const after = text.slice(end, end + 6);
      if (POSSIBLE.test(after) || ASKING.test(after)) continue;
      if (/もし/.test(text.slice(clauseAround(text, start).start, start))) continue;
      heard.hits.push({ kind: 'failure', weight: 1, start, end });
    }
  }
}
