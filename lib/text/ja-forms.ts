/**
 * Japanese as people type it, for matching: a lemma with a marker expands to the surface forms
 * people write (conjugated, polite, past, progressive, contracted, okurigana left out); a text is
 * folded (width, case, quotes) and its colloquial forms rewritten to one spelling, with a map back
 * to the original so a match still points at the writer's own words. Pure; imports nothing.
 *
 * Markers, at the end of a phrase (a phrase without one is literal):
 *   `~`   conjugate. The class comes from the ending: …する, 来る/くる, い (adjectives, and the
 *         adjective-like ない~ and …たい~), e/i-row kana + る (ichidan), other u-row kana (godan).
 *         Kanji + る is godan (直る, 帰る) unless the kanji is one of ICHIDAN_KANJI (見る, 出る).
 *   `~5`, `~1`  force godan or ichidan (しゃべる~5, 混じる~5).
 *   `-` / `+` after the marker: only negative / only affirmative forms (an affirmative match is
 *         refused when a negation follows it: 忙しい~+ does not hear 忙しくない).
 *   ない~ also gives ありません and ございません: 時間がない~ hears 時間がありません.
 * Write lemmas with full okurigana (折り返す, 取り込む): the shortened spellings are generated.
 */

/** A rewritten text; starts[i], ends[i] are the span of `original` that unit i of `text` came from. */
export interface MappedText { readonly original: string; readonly text: string; readonly starts: readonly number[]; readonly ends: readonly number[] }

const KANJI = '\\u3400-\\u9fff\\uf900-\\ufaff々〆ヶ';
const KANJI_RE = new RegExp(`[${KANJI}]`);

function builder(original: string) {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (piece: string, start: number, end: number) => {
    text += piece;
    for (let k = 0; k < piece.length; k++) { starts.push(start); ends.push(end); }
  };
  const copy = (from: number, to: number) => {
    text += original.slice(from, to);
    for (let k = from; k < to; k++) { starts.push(k); ends.push(k + 1); }
  };
  return { push, copy, done: (): MappedText => ({ original, text, starts, ends }) };
}

/** Maps [start, end) of a mapped text to the original; an empty span maps to a point. */
export function toOriginal(m: MappedText, start: number, end: number): { start: number; end: number } {
  const at = m.starts[start] ?? m.original.length;
  return end > start ? { start: at, end: m.ends[end - 1] ?? m.original.length } : { start: at, end: at };
}

/** Everything NFKC or lower-casing would touch, plus curly quotes (so I’m meets I'm). */
const TOUCHED = /[^\t\n\r\x20-\x40\x5b-\x7e\u3001-\u3002\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff]/g;
const QUOTES: Readonly<Record<string, string>> = { '‘': "'", '’': "'", 'ʼ': "'", '“': '"', '”': '"' };

/** Full-width ASCII → half-width, half-width kana → full-width, lower case, straight quotes. */
export function foldWidth(original: string): MappedText {
  const b = builder(original);
  let i = 0;
  TOUCHED.lastIndex = 0;
  for (let m = TOUCHED.exec(original); m; m = TOUCHED.exec(original)) {
    if (m.index < i) continue;
    b.copy(i, m.index);
    let end = m.index + (original.codePointAt(m.index)! > 0xffff ? 2 : 1);
    // A half-width kana keeps its voicing mark; any base keeps its combining marks.
    while (end < original.length && /[\p{M}\uff9e\uff9f]/u.test(original[end]!)) end++;
    const piece = original.slice(m.index, end);
    b.push(QUOTES[piece] ?? piece.normalize('NFKC').toLowerCase(), m.index, end);
    i = end;
    TOUCHED.lastIndex = end;
  }
  b.copy(i, original.length);
  return b.done();
}

/** Kana (and one-kanji ichidan stems) a te-form て can follow; 捨てる or 当てる are verbs, not contractions. */
const TE_BEFORE = 'いきぎしじちにひびみりえけげせぜてねへべめれっ見寝出着居似来煮得経';
/** Adverbs ending in て: 初めてなので and 決してない are not 初めていない. */
const NOT_TE = '初め|はじめ|すべ|全|決し|けっし|改め|あらため|極め|きわめ|敢え|あえ|せめ|かつ|果たし|はたし';
const COLLOQUIAL = new RegExp(
  [
    // Each alternative starts with its literal so the scan skips other characters quickly.
    `(?<te>て(?<=[${TE_BEFORE}]て)(?<!(?:${NOT_TE})て)|で(?<=[んい]で))(?=[るたて]|な[いかくけ]|ま[すせし])`,
    `(?<chau>ちゃ(?<=[${TE_BEFORE}]ちゃ)(?<!(?:め|めっ|むっ|むち|くっ)ちゃ)|じゃ(?<=[んい]じゃ))(?=[うっいわおえ]|だめ|ダメ|いけ|いか)`,
    `(?<ja>じゃ)(?=な[いかく]|あり)`,
    `(?<ortho>致(?=[しすさせ])|[頂戴](?=[きくけかい])|下(?=さ[いっるれ])|出来(?=[るずなまたてれよ])|宜し(?=[いくかけゅ])|良(?=[いくかけさ])|分か(?=[らりるれろっ])|御(?=[${KANJI}]))`,
  ].join('|'),
  'g',
);
const ORTHO: Readonly<Record<string, string>> = { 致: 'いた', 頂: 'いただ', 戴: 'いただ', 下: 'くだ', 出来: 'でき', 宜し: 'よろし', 良: 'よ', 分か: 'わか' };
/** A text without any of these has nothing to rewrite (English, mostly). */
const CANDIDATE = /[てでちじ致頂戴下出宜良分御]/;
/** 御 reads お before these, ご before other kanji (御連絡, 御確認). */
const O_AFTER = /^(?:電話|手数|待|問|願|送|届|詫|礼|知|返事|時間)/;

/**
 * One spelling for what people write several ways: 〜てる/〜てない/〜てます → 〜ている/〜ていない/
 * 〜ています, 〜ちゃう/〜じゃう → 〜てしまう/〜でしまう, 〜ちゃだめ → 〜てはだめ, 〜じゃない → 〜ではない,
 * and kana for the kanji spellings of auxiliaries (致します, 頂く, 下さい, 出来る, 宜しい, 良い, 分かる, 御).
 */
export function normalizeJaColloquial(original: string): MappedText {
  const b = builder(original);
  let i = 0;
  COLLOQUIAL.lastIndex = 0;
  for (let m = COLLOQUIAL.exec(original); m; m = COLLOQUIAL.exec(original)) {
    const [s, e] = [m.index, m.index + m[0].length];
    b.copy(i, s);
    const g = m.groups ?? {};
    const voiced = m[0].startsWith('で') || m[0].startsWith('じ');
    if (g.te) b.push(`${m[0]}い`, s, e);
    else if (g.chau) b.push((voiced ? 'で' : 'て') + (/^(?:だめ|ダメ|いけ|いか)/.test(original.slice(e)) ? 'は' : 'しま'), s, e);
    else if (g.ja) b.push('では', s, e);
    else if (m[0] === '御') b.push(O_AFTER.test(original.slice(e)) ? 'お' : 'ご', s, e);
    else b.push(ORTHO[m[0]] ?? m[0], s, e);
    i = e;
  }
  b.copy(i, original.length);
  return b.done();
}

/** `outer` rewrote `inner.text`: the composed map goes from outer's text to inner's original. */
function compose(inner: MappedText, outer: MappedText): MappedText {
  if (outer.text === inner.text) return inner;
  const starts = outer.starts.map((s) => inner.starts[s] ?? inner.original.length);
  const ends = outer.ends.map((e) => inner.ends[e - 1] ?? inner.original.length);
  return { original: inner.original, text: outer.text, starts, ends };
}

/** Width and case folded, then colloquial forms rewritten: the text every Japanese grammar reads. */
export function normalizeJa(original: string): MappedText {
  const folded = foldWidth(original);
  return CANDIDATE.test(folded.text) ? compose(folded, normalizeJaColloquial(folded.text)) : folded;
}

interface Form { s: string; neg: boolean; stem: boolean }
/** A verb's stems: 未然 (neg), 連用 (masu), 仮定 (cond), volitional, te-form, and the bare stems to hear alone. */
interface Verb { dict: string; neg: string; masu: string; cond: string; vol: string; te: string; bare: string[] }

/** Godan endings: a, i, e, o rows, then the sound before て. */
const GODAN: Readonly<Record<string, string>> = { く: 'かきけこい', ぐ: 'がぎげごい', す: 'さしせそし', つ: 'たちてとっ', ぬ: 'なにねのん', ぶ: 'ばびべぼん', む: 'まみめもん', る: 'らりれろっ', う: 'わいえおっ' };
const IE_ROW = 'いきぎしじちぢにひびぴみりえけげせぜてでねへべぺめれ';
const ICHIDAN_KANJI = '見寝出着居似煮得経';
/** Honorific godan verbs whose polite stem ends in い: くださいます, いらっしゃいます. */
const ARU_HONORIFIC = /(?:くださる|下さる|なさる|いらっしゃる|おっしゃる|ござる)$/;
/** Kana that may be left out between two kanji (折り返す → 折返す); particles are never dropped. */
const OKURI = 'りしちきみひびぎじけせべえれめい';
const pos = (...ss: string[]): Form[] => ss.map((s) => ({ s, neg: false, stem: false }));
const negs = (...ss: string[]): Form[] => ss.map((s) => ({ s, neg: true, stem: false }));

function verbForms(v: Verb): Form[] {
  const { te, masu, neg } = v;
  const ta = te.slice(0, -1) + (te.endsWith('で') ? 'だ' : 'た');
  const chau = te.slice(0, -1) + (te.endsWith('で') ? 'じゃ' : 'ちゃ');
  return [
    ...pos(v.dict, `${masu}ます`, `${masu}ました`, `${masu}ましょう`, `${masu}まして`, `${masu}たい`, te, ta, `${ta}ら`, `${v.cond}ば`, v.vol),
    ...pos(...['いる', 'います', 'いました', 'いた', 'いて', 'る', 'ます', 'ました', 'た', 'おります', 'おりました', 'しまう', 'しまった', 'しまいました'].map((x) => te + x)),
    ...pos(`${chau}う`, `${chau}った`, `${chau}って`, `${chau}いました`),
    ...negs(`${neg}ない`, `${neg}なかった`, `${neg}なくて`, `${neg}なければ`, `${neg}ず`, `${masu}ません`, `${masu}ませんでした`),
    ...negs(...['いない', 'いません', 'いなかった', 'ない', 'ません', 'なかった', 'おりません'].map((x) => te + x)),
    ...v.bare.filter((s) => s.length >= 2).map((s) => ({ s, neg: false, stem: true })),
  ];
}

function godan(base: string): Form[] {
  const p = base.slice(0, -1);
  const row = GODAN[base.slice(-1)]!;
  const iku = /(?:^|行|[てで])いく$|行く$/.test(base);
  const onbin = iku ? 'っ' : row[4]!;
  const te = p + onbin + ('ぐぬぶむ'.includes(base.slice(-1)) ? 'で' : 'て');
  const masu = p + (ARU_HONORIFIC.test(base) ? 'い' : row[1]!);
  const forms = verbForms({ dict: base, neg: p + row[0], masu, cond: p + row[2], vol: `${p}${row[3]}う`, te, bare: [p + row[0], masu, p + row[2], p + row[3]] });
  // ある has no あらない: its negative is the adjective ない.
  if (base === 'ある' || /[がはもにで]ある$/.test(base)) return [...forms.filter((f) => !f.s.startsWith(`${p}ら`)), ...negs(...adjective(`${base.slice(0, -2)}ない`).map((f) => f.s))];
  return forms;
}

function ichidan(base: string): Form[] {
  const s = base.slice(0, -1);
  const bare = KANJI_RE.test(s.slice(-1)) ? [] : [s];
  return verbForms({ dict: base, neg: s, masu: s, cond: `${s}れ`, vol: `${s}よう`, te: `${s}て`, bare });
}

function suru(p: string): Form[] {
  const own = verbForms({ dict: `${p}する`, neg: `${p}し`, masu: `${p}し`, cond: `${p}すれ`, vol: `${p}しよう`, te: `${p}して`, bare: p ? [`${p}し`] : [] });
  // する's ず-form is せず, not しず; its potential is できる, its humble form いたす.
  return [...own.filter((f) => f.s !== `${p}しず`), ...negs(`${p}せず`), ...ichidan(`${p}できる`), ...godan(`${p}いたす`)];
}

function kuru(p: string, kanji: boolean): Form[] {
  const [k, ki, ko] = kanji ? ['来', '来', '来'] : ['く', 'き', 'こ'];
  return verbForms({ dict: `${p}${k}る`, neg: p + ko, masu: p + ki, cond: `${p}${k}れ`, vol: `${p}${ko}よう`, te: `${p}${ki}て`, bare: [] });
}

function adjective(base: string): Form[] {
  if (/ない$/.test(base)) {
    const p = base.slice(0, -2);
    return pos(...['ない', 'なく', 'なくて', 'なかった', 'なければ', 'なさそう', 'ありません', 'ありませんでした', 'ございません'].map((x) => p + x));
  }
  const good = /(?:いい|よい)$/.test(base);
  const s = good ? `${base.slice(0, -2)}よ` : base.slice(0, -1);
  return [
    ...pos(...new Set([base, `${s}い`]), `${s}く`, `${s}くて`, `${s}かった`, `${s}ければ`, `${s}かったら`, good ? `${s}さそう` : `${s}そう`),
    ...negs(`${s}くない`, `${s}くなかった`, `${s}くなくて`, `${s}くありません`, `${s}くありませんでした`),
  ];
}

function conjugate(base: string, klass: string): Form[] {
  if (klass === '5') return godan(base);
  if (klass === '1') return ichidan(base);
  if (base.endsWith('する')) return suru(base.slice(0, -2));
  if (base === 'くる' || /[てで]くる$/.test(base) || base.endsWith('来る')) return kuru(base.slice(0, -2), base.endsWith('来る'));
  if (base.endsWith('い')) return adjective(base);
  const prev = base.slice(-2, -1);
  const oneKanjiIchidan = ICHIDAN_KANJI.includes(prev) && !KANJI_RE.test(base.slice(-3, -2));
  if (base.endsWith('る') && prev && (IE_ROW.includes(prev) || oneKanjiIchidan)) return ichidan(base);
  if (GODAN[base.slice(-1)]) return godan(base);
  throw new Error(`ja-forms: cannot conjugate "${base}"`);
}

/** The spelling given, then each spelling with okurigana between two kanji left out. */
function okuriganaVariants(base: string): string[] {
  const chars = base.split('');
  const drops = chars.flatMap((ch, i) => (OKURI.includes(ch) && KANJI_RE.test(chars[i - 1] ?? '') && KANJI_RE.test(chars[i + 1] ?? '') ? [i] : [])).slice(0, 3);
  const out: string[] = [];
  for (let mask = 0; mask < 1 << drops.length; mask++) out.push(chars.filter((_, i) => !drops.some((d, k) => d === i && mask & (1 << k))).join(''));
  return out;
}

const MARKER = /^(.+)~([15]?)([+-]?)$/;

function parse(phrase: string): { base: string; klass: string; polarity: string; forms: Form[] } {
  const [, base = phrase, klass = '', polarity = ''] = MARKER.exec(phrase) ?? [];
  if (base === phrase) return { base, klass, polarity, forms: pos(phrase) };
  const seen = new Set<string>();
  const forms = okuriganaVariants(base).flatMap((v) => conjugate(v, klass)).filter((f) => {
    if ((polarity === '-' && !f.neg) || (polarity === '+' && f.neg) || seen.has(f.s)) return false;
    return seen.add(f.s), true;
  });
  return { base, klass, polarity, forms };
}

/** A lemma with a marker (届く~, 確認する~, 忙しい~+) → its surface forms; a plain phrase → itself. */
export function expandJaForms(phrase: string): string[] {
  return parse(phrase).forms.map((f) => f.s);
}

/** Alternation of words as a prefix tree, so a regex fails on the first character that differs. */
function trie(words: readonly string[]): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const ch of w) n = n.next.get(ch) ?? (n.next.set(ch, { end: false, next: new Map() }).get(ch) as Node);
    n.end = true;
  }
  const emit = (n: Node): string => {
    const parts = [...n.next].map(([ch, child]) => ch.replace(/[.*+?^${}()|[\]\\/]/, '\\$&') + emit(child));
    if (!parts.length) return '';
    const body = parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/** After a bare stem, a kanji starts a compound noun (届け出, 話し中), except the few auxiliaries. */
const STEM_END = `(?!(?!次第|申し?|致|頂|戴|下さ|済)[${KANJI}])`;
/** A kanji word with its kana ending and nothing else (送る, 忙しい): its left edge is a word edge. */
const SIMPLE_WORD = new RegExp(`^[${KANJI}]+[\\u3041-\\u3096]+$`);
/** Kanji that head compound verbs (見送る, 取り消す, 手直し); 今話せない or 再送ります are not compounds. */
const COMPOUND_HEAD = '(?<![見取引申差打立持書呼思言聞押切乗読受付出入飛追繰巻落手口])';
const NEG_END = '(?!(?:い|お?り|たく|は)?(?:な[いかくけ]|ありませ|ませ|ず))';

/**
 * A regex source (no flags needed) matching any form of the phrases, in `normalizeJa` spelling.
 * A bare stem must not run into a compound noun; a simple kanji verb (送る, 直る) must not be the
 * tail of a longer one (見送る); `+` phrases refuse a following negation.
 */
export function jaFormsSource(phrases: readonly string[]): string {
  const buckets = new Map<string, Set<string>>();
  for (const phrase of phrases) {
    const p = parse(phrase);
    const left = MARKER.test(phrase) && !/(?:する|来る)$/.test(p.base) && SIMPLE_WORD.test(p.base);
    for (const f of p.forms) {
      const key = `${f.stem ? 'S' : 'F'}${left ? 'L' : ''}${p.polarity === '+' ? '+' : ''}`;
      buckets.set(key, (buckets.get(key) ?? new Set()).add(normalizeJa(f.s).text));
    }
  }
  const parts = [...buckets].sort(([a], [b]) => a.localeCompare(b)).map(([key, words]) => {
    const body = (key.includes('L') ? COMPOUND_HEAD : '') + trie([...words]);
    return body + (key.startsWith('S') ? STEM_END : '') + (key.includes('+') ? NEG_END : '');
  });
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}

const compiled = new Map<string, RegExp>();

/** Every match of the phrases in a text, as the writer's own words with original offsets. */
export function findJaForms(text: string, phrases: readonly string[]): { phrase: string; start: number; end: number }[] {
  const key = phrases.join('\u0000');
  const re = compiled.get(key) ?? compiled.set(key, new RegExp(jaFormsSource(phrases), 'g')).get(key)!;
  const norm = normalizeJa(text);
  return [...norm.text.matchAll(re)].map((m) => {
    const span = toOriginal(norm, m.index, m.index + m[0].length);
    return { phrase: text.slice(span.start, span.end), ...span };
  });
}
