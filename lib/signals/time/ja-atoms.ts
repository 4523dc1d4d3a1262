/**
 * Japanese time words, as a small grammar over normalised text (half-width digits, kanji
 * numerals already turned into digits). Each rule yields atoms; compose.ts merges neighbours
 * (明日の + 午後3時) and the resolver places them. No dictionary: the closed classes of
 * Japanese time words (曜, 週, 月, parts of the day, counters) are few enough to list.
 */
import { joinRanges, pickLongest, scan } from './compose';
import { holidayAtom, type Atom, type PartSpec, type TimeSpec } from './types';

const WD: Record<string, number> = { 日: 0, 月: 1, 火: 2, 水: 3, 木: 4, 金: 5, 土: 6 };
/** 今週/今月 = 0, 来週/来月 = 1, 再来週/再来月 = 2. */
const OFF: Record<string, number> = { 今: 0, 来: 1, 再: 2 };
const off = (word: string | undefined): number => OFF[word?.[0] ?? '今'] ?? 0;

const PARTS: Record<string, PartSpec> = {
  午前中: { from: 360, to: 720 }, 午前: { from: 360, to: 720 }, 朝: { from: 360, to: 600 },
  朝イチ: { from: 480, to: 600 }, 朝いち: { from: 480, to: 600 }, 朝一: { from: 480, to: 600 }, 朝一番: { from: 480, to: 600 },
  午後: { from: 720, to: 1080 }, 夕方: { from: 960, to: 1140 }, 夜: { from: 1080, to: 1440 }, 晩: { from: 1080, to: 1440 },
  今夜: { from: 1080, to: 1440 }, 今晩: { from: 1080, to: 1440 },
};
/** Part words that are common inside other words or greetings (朝から, 夜遅く): they need company. */
const LONE_PARTS = new Set(['午前', '朝', '午後', '夕方', '夜', '晩']);
const AM = new Set(['午前', '朝', 'AM', 'am']);

type Rule = [RegExp, (m: RegExpExecArray, s: number, e: number) => Atom | undefined];

const num = (v: string | undefined): number => Number(v ?? '0');

const RULES: Rule[] = [
  // 明後日 before 明日 so the longer word wins; きょう only where it cannot start another word.
  // 昨日 is kept as a (past) moment, so that 昨日の夜 does not read as tonight. 当日の, 当日は name
  // the day of something else (お引越し当日は, 当日の現金で); 当日発送, 当日中 are today.
  [/(明後日|あさって|明日|あした|一昨日|おととい|昨日|今日|本日|当日(?![のはにも]|まで)|きょう(?=[はのにもま中じ、。]|$))(中|じゅう)?/g, (m, s, e) => {
    const w = m[1] ?? '';
    const days = /明後日|あさって/.test(w) ? 2 : /明日|あした/.test(w) ? 1 : /一昨日|おととい/.test(w) ? -2 : w === '昨日' ? -1 : 0;
    const a: Atom = { s, e, day: { k: 'rel', days } };
    if (days === 0) a.today = true;
    if (m[2]) a.by = 'end';
    else if (days === 0) a.lone = 'today';
    return a;
  }],
  // 毎週金曜 is a routine, not a date.
  [/(?<!毎週の?|毎)(?:(今週|来週|再来週)の?)?([月火水木金土日])曜(?:日)?/g, (m, s, e) => {
    const wd = WD[m[2] ?? ''] ?? 0;
    return { s, e, day: m[1] ? { k: 'wd', wd, week: off(m[1]) } : { k: 'wd', wd } };
  }],
  [/[(（]([月火水木金土日])(?:曜日?)?[)）]/g, (m, s, e) => ({ s, e, day: { k: 'wd', wd: WD[m[1] ?? ''] ?? 0 } })],
  [/週明け/g, (_m, s, e) => ({ s, e, day: { k: 'wd', wd: 1 } })],
  [/(今週|来週|再来週)末|(?:(今週|来週|再来週)の?)?(?:週末|土日)/g, (m, s, e) => ({ s, e, span: { k: 'weekend', off: off(m[1] ?? m[2]) } })],
  [/(今週|来週|再来週)(中|いっぱい)?/g, (m, s, e) => endOf({ s, e, span: { k: 'week', off: off(m[1]) } }, m[2])],
  // 年内 = within the year, 年末 = its last days: both read as 31 December.
  [/年内|年末/g, (m, s, e) => ({ s, e, day: { k: 'monthEnd', off: 0, m: 12 }, ...(m[0] === '年内' ? { by: 'end' as const } : {}) })],
  // 年度内, 今年度中, 年度末: the Japanese fiscal year ends on 31 March.
  [/(?:今年度|本年度|年度)(内|中|末)(?!\d)/g, (m, s, e) => ({ s, e, day: { k: 'monthEnd', off: 0, m: 3 }, ...(m[1] === '末' ? {} : { by: 'end' as const }) })],
  // 月内, 週内: within this month or week, as 今月中, 今週中.
  [/(?<![\d今来先])月内/g, (_m, s, e) => endOf({ s, e, span: { k: 'month', off: 0 } }, '内')],
  [/(?<![\d今来先])週内/g, (_m, s, e) => endOf({ s, e, span: { k: 'week', off: 0 } }, '内')],
  [/(今月|来月|再来月)末|月末/g, (m, s, e) => ({ s, e, day: { k: 'monthEnd', off: off(m[1]) } })],
  [/(?<!\d)(\d{1,2})月末/g, (m, s, e) => ({ s, e, day: { k: 'monthEnd', off: 0, m: num(m[1]) } })],
  [/(今月|来月|再来月)(中|いっぱい)?/g, (m, s, e) => endOf({ s, e, span: { k: 'month', off: off(m[1]) } }, m[2])],
  [/(?<!\d)(\d{1,2})月(中(?!旬)|いっぱい)?(?![\d日末]|間)/g, (m, s, e) => endOf({ s, e, span: { k: 'month', off: 0, m: num(m[1]) } }, m[2])],
  [/(?<!\d)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g, (m, s, e) => ({
    s, e, day: m[1] ? { k: 'date', y: num(m[1]), m: num(m[2]), d: num(m[3]) } : { k: 'date', m: num(m[2]), d: num(m[3]) },
  })],
  [/(今月|来月|再来月)の?(\d{1,2})日/g, (m, s, e) => ({ s, e, day: { k: 'date', d: num(m[2]), mOff: off(m[1]) } })],
  // M/D, as Japanese writes dates; not inside a longer number or fraction run.
  [/(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/g, (m, s, e) =>
    num(m[1]) >= 1 && num(m[1]) <= 12 ? { s, e, day: { k: 'date', m: num(m[1]), d: num(m[2]) } } : undefined],
  // A bare day of the month only before a particle or a delivery word: 3日後, 3日間 are not dates.
  [/(?<![\d月])(\d{1,2})日(?=まで|ごろ|なので|なんで|なんです|です|でして|だから|やから|[にのはがも中頃、。!?\s(（着必指迄]|$)/g, (m, s, e) => ({ s, e, day: { k: 'date', d: num(m[1]) } })],
  [/今夜|今晩|午前中|朝イチ|朝いち|朝一番?|午前|午後|夕方|朝|夜|晩/g, (m, s, e) => {
    const part = PARTS[m[0]];
    if (!part) return undefined;
    const a: Atom = { s, e, part };
    if (m[0] === '今夜' || m[0] === '今晩') Object.assign(a, { day: { k: 'rel', days: 0 }, today: true });
    if (LONE_PARTS.has(m[0])) a.lone = 'part';
    return a;
  }],
  [/お昼|正午|昼(?=まで|に|頃|ごろ|過ぎ|前)/g, (_m, s, e) => ({ s, e, time: { h: 12, min: 0, grain: 'hour', mer: 'pm' } })],
  [/(午前|午後|朝|夕方|夜|晩|AM|PM|am|pm)?\s?(\d{1,2})時(?:(\d{1,2})分|(半))?(?!間|的|停止|保留|点|期|代)/g, (m, s, e) => {
    let h = num(m[2]);
    if (h > 24) return undefined;
    const pre = m[1];
    // 夜12時 is midnight; 午後3時, 夕方5時 are afternoon; 午前/朝 keep the morning.
    if (h === 12 && (pre === '夜' || pre === '晩')) h = 24;
    const time: TimeSpec = { h, min: m[4] ? 30 : num(m[3]), grain: m[3] || m[4] ? 'minute' : 'hour' };
    if (pre && h < 24) time.mer = AM.has(pre) ? 'am' : 'pm';
    return { s: pre ? s : s + m[0].indexOf(m[2] ?? ''), e, time };
  }],
  [/(午前|午後)?(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])/g, (m, s, e) => {
    const time: TimeSpec = { h: num(m[2]), min: num(m[3]), grain: 'minute' };
    if (time.h > 24 || time.min > 59) return undefined;
    if (m[1]) time.mer = m[1] === '午前' ? 'am' : 'pm';
    return { s, e, time };
  }],
  [/(\d{1,3})(分|時間|日|週間|か月|ヶ月|カ月|ヵ月|箇月)(後|以内|経ったら|たったら)/g, (m, s, e) => {
    const a: Atom = { s, e, rel: { n: num(m[1]), unit: unitOf(m[2]) } };
    if (m[3] === '以内') a.by = 'end';
    return a;
  }],
  [/あと(\d{1,3})(分|時間|日|週間|か月|ヶ月|カ月|ヵ月)/g, (m, s, e) => ({ s, e, rel: { n: num(m[1]), unit: unitOf(m[2]) }, by: 'end' })],
  [/(?<!メリー・?)(?:クリスマス・?イブ|クリスマス|大晦日|大みそか|元旦|元日|お正月|正月|バレンタイン(?:デー)?|ホワイトデー|ハロウィー?ン)/g,
    (m, s, e) => holidayAtom(s, e, m[0])],
];

function endOf(a: Atom, flag: string | undefined): Atom {
  return flag ? { ...a, endOf: true, by: 'end' } : a;
}

function unitOf(w: string | undefined): 'minute' | 'hour' | 'day' | 'week' | 'month' {
  if (w === '分') return 'minute';
  if (w === '時間') return 'hour';
  if (w === '日') return 'day';
  if (w === '週間') return 'week';
  return 'month';
}

export function jaAtoms(text: string): Atom[] {
  const found: Atom[] = [];
  for (const [re, make] of RULES) found.push(...scan(text, re, (m) => make(m, m.index, m.index + m[0].length)));
  return joinRanges(pickLongest(found), text, /^(?:〜|~|-|ー|から)$/);
}
