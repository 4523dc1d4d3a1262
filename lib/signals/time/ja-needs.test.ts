import { describe, expect, it } from 'vitest';
import { find, jst, only } from './ja-fixture';

describe('urgency and its negation', () => {
  it.each(['至急', '大至急', '急ぎ', '早急', 'なるべく早く', '今すぐ', '一日も早く'])('%s is asap', (word) => {
    const m = only(`${word}対応してください`);
    expect(m).toMatchObject({ phrase: word, kind: 'asap' });
    expect(m.interval).toBeUndefined();
  });

  it.each(['急ぎません', '急ぎではないです', '急ぎじゃないので', '急がなくて大丈夫です', 'いつでも大丈夫です'])('%s is no urgency', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('a negated urgency leaves the deadline beside it', () => {
    const found = find('急ぎではないですが、金曜までにお願いします');
    expect(found.map((m) => [m.phrase, m.kind])).toEqual([['金曜までに', 'by']]);
  });

  it('すぐ counts only when asked for', () => {
    expect(find('すぐに壊れました')).toEqual([]);
    expect(only('すぐに対応してください').kind).toBe('asap');
  });
});

describe('what is not a need', () => {
  it.each(['賞味期限は12月3日までですか？', '有効期限が来週までになっています', '消費期限は明日までですよね'])('%s is an expiry', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('an expired item with a real deadline keeps the deadline', () => {
    expect(only('賞味期限が切れていたので明日までに交換してほしい').phrase).toBe('明日までに');
  });

  it.each(['今日は質問があってご連絡しました', '本日もよろしくお願いします', '今日届くはずだったのに', '毎週金曜に届く定期便です', '十分です', '一時的に止めてほしい', '朝から何度も電話しています'])(
    '%s has no time need', (text) => {
      expect(find(text)).toEqual([]);
    });

  it('a lone 今日 qualifying a request counts', () => {
    expect(only('今日届けてもらえますか')).toMatchObject({ phrase: '今日', kind: 'at', grain: 'day' });
  });
});

describe('needs tied to events', () => {
  it('週明けの会議で使う: the meeting day, limit at its start', () => {
    const m = only('週明けの会議で使うのでよろしくお願いします');
    expect(m).toMatchObject({ phrase: '週明けの会議で使う', kind: 'by', event: '会議', grain: 'day' });
    expect(m.interval?.end).toBe(jst('2025-03-10T00:00:00'));
    expect(find('週明けの会議で使うので急ぎです').map((x) => x.kind)).toEqual(['by', 'asap']);
  });

  it.each([['旅行に持っていきたいのですが', '旅行'], ['結婚式に間に合わせたいです', '結婚式'], ['出張までに届けてほしい', '出張']])('%s has no date', (text, event) => {
    const m = only(text);
    expect(m).toMatchObject({ kind: 'by', event });
    expect(m.interval).toBeUndefined();
  });

  it('15日のイベントで必要 ties the event to the 15th', () => {
    expect(only('15日のイベントで必要なんです')).toMatchObject({ event: 'イベント', interval: { end: jst('2025-03-15T00:00:00') } });
  });

  it('クリスマスまでに is before Christmas Day begins', () => {
    expect(only('クリスマスまでに届きますか')).toMatchObject({ kind: 'by', event: 'クリスマス', interval: { end: jst('2025-12-25T00:00:00') } });
  });

  it('a past meeting is no need', () => {
    expect(find('会議の前に確認しました')).toEqual([]);
  });

  it('a wish in its て-form asks too: 検定の前に慣れときたくて', () => {
    expect(only('検定の前にちょっとでも慣れときたくて…')).toMatchObject({ kind: 'by', event: '検定' });
  });

  it.each([
    ['母が退院するまでに直してほしいです', '退院するまでに', '退院する'],
    ['子どもが帰ってくるまでに届けてもらえますか', '帰ってくるまでに', '帰ってくる'],
    ['出発する前に届けてほしい', '出発する前に', '出発する'],
    ['父が退院したら同居するので、それまでにお風呂が使えないと困ります', '退院したら', '退院'],
  ])('an event said with its verb: %s', (text, phrase, event) => {
    expect(only(text)).toMatchObject({ phrase, kind: 'by', event });
  });

  it.each(['注文する前に確認したいです', '届くまでに何日かかりますか', '退院したら連絡します', '今日届かないのは困ります'])('%s ties no need to an event', (text) => {
    expect(find(text).filter((m) => m.event)).toEqual([]);
  });

  it('a lone 今日 with 〜ないと困る is a need', () => {
    expect(only('今日届かないと本当に困ります')).toMatchObject({ phrase: '今日', kind: 'at' });
  });

  it('any noun a date names is an event to be in time for', () => {
    expect(only('3月の予算確定の前に社内へ報告したいので、目安を教えてください')).toMatchObject({ kind: 'by', event: '予算確定' });
    expect(find('3月の決算の前に確認しました').every((m) => m.kind !== 'by')).toBe(true);
  });
});

it('several mentions keep their order and offsets', () => {
  const text = '明日の15時か、金曜の午前中でお願いします。至急です';
  const found = find(text);
  expect(found.map((m) => m.phrase)).toEqual(['明日の15時', '金曜の午前中', '至急']);
  for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.phrase);
});

describe('context', () => {
  it('それまでに turns the moment before it into a limit at its start', () => {
    expect(only('来週の火曜日に出張があるので、それまでに届けてほしいです')).toMatchObject({
      phrase: '来週の火曜日', kind: 'by', interval: { end: jst('2025-03-11T00:00:00') },
    });
  });

  it('昨日の夜 is last night, not tonight', () => {
    expect(only('昨日の夜に問い合わせました').interval?.start).toBe(jst('2025-03-04T18:00:00'));
  });

  it.each(['2日で届くと書いてありました', 'メリークリスマス！', '1時間ほど待ちました', '注文番号は12345です'])('%s has no mention', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('今週の土日 is this weekend', () => {
    expect(only('今週の土日どちらかで配達できますか').interval).toEqual({ start: jst('2025-03-08T00:00:00'), end: jst('2025-03-10T00:00:00') });
  });

  it.each([['20日必着でお願いします', '20日必着'], ['期限は金曜です', '期限は金曜']])('%s is a limit', (text, phrase) => {
    expect(only(text)).toMatchObject({ phrase, kind: 'by' });
  });
});
