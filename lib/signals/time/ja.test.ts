import { describe, expect, it } from 'vitest';
import { jst, only, REF } from './ja-fixture';

describe('days and limits', () => {
  it.each(['今日中', '本日中', '当日中'])('%s is a limit at the end of today', (word) => {
    const m = only(`${word}に発送していただけますか`);
    expect(m).toMatchObject({ phrase: word, kind: 'by', grain: 'day' });
    expect(m.interval).toEqual({ start: REF.nowMs, end: jst('2025-03-06T00:00:00') });
  });

  it('明日の午前中 is a part of tomorrow', () => {
    const m = only('明日の午前中に届けてほしいです');
    expect(m).toMatchObject({ phrase: '明日の午前中', kind: 'at', grain: 'part-of-day' });
    expect(m.interval).toEqual({ start: jst('2025-03-06T06:00:00'), end: jst('2025-03-06T12:00:00') });
  });

  it.each(['明後日', 'あさって'])('%s is the day after tomorrow', (word) => {
    expect(only(`${word}なら家にいます`).interval?.start).toBe(jst('2025-03-07T00:00:00'));
  });

  it('金曜日までに ends at the end of Friday', () => {
    const m = only('金曜日までに必要です');
    expect(m).toMatchObject({ phrase: '金曜日までに', kind: 'by', grain: 'day' });
    expect(m.interval?.end).toBe(jst('2025-03-08T00:00:00'));
  });

  it('金曜の夕方 and 金曜の夕方5時までに', () => {
    expect(only('金曜の夕方に伺います').interval).toEqual({ start: jst('2025-03-07T16:00:00'), end: jst('2025-03-07T19:00:00') });
    const m = only('金曜の夕方5時までにお願いします');
    expect(m).toMatchObject({ kind: 'by', grain: 'hour', phrase: '金曜の夕方5時までに' });
    expect(m.interval?.end).toBe(jst('2025-03-07T17:00:00'));
  });

  it('a bare weekday that is today means next week', () => {
    expect(only('水曜に電話します').interval?.start).toBe(jst('2025-03-12T00:00:00'));
  });

  it.each([
    ['今週の金曜', '2025-03-07'], ['来週の金曜日', '2025-03-14'], ['再来週の月曜', '2025-03-17'], ['週明け', '2025-03-10'],
  ])('%s falls on %s', (words, day) => {
    expect(only(`${words}にお願いします`).interval?.start).toBe(jst(`${day}T00:00:00`));
  });

  it('週末 is Saturday and Sunday; 週末までに is before it starts', () => {
    expect(only('週末に受け取りたい').interval).toEqual({ start: jst('2025-03-08T00:00:00'), end: jst('2025-03-10T00:00:00') });
    expect(only('週末までに届きますか').interval?.end).toBe(jst('2025-03-08T00:00:00'));
  });

  it('今週中 and 来週までに', () => {
    expect(only('今週中に返事をください')).toMatchObject({ kind: 'by', grain: 'week', interval: { end: jst('2025-03-10T00:00:00') } });
    expect(only('来週までに返事をください').interval?.end).toBe(jst('2025-03-10T00:00:00'));
    expect(only('来週は忙しいです')).toMatchObject({ kind: 'at', interval: { start: jst('2025-03-10T00:00:00'), end: jst('2025-03-17T00:00:00') } });
  });

  it.each([
    ['月末までに', '2025-04-01'], ['今月末までに', '2025-04-01'], ['来月末までに', '2025-05-01'], ['今月中に', '2025-04-01'], ['年内に', '2026-01-01'],
  ])('%s ends at %s 00:00', (words, end) => {
    expect(only(`${words}対応をお願いします`)).toMatchObject({ kind: 'by', interval: { end: jst(`${end}T00:00:00`) } });
  });

  it.each([
    ['年度内に', '2025-04-01', 'day'], ['今年度中に', '2025-04-01', 'day'], ['年度末までに', '2025-04-01', 'day'], ['月内に', '2025-04-01', 'month'], ['週内に', '2025-03-10', 'week'],
  ])('%s (the fiscal year ends on 31 March) ends at %s 00:00', (words, end, grain) => {
    expect(only(`${words}納品をお願いします`)).toMatchObject({ kind: 'by', grain, interval: { end: jst(`${end}T00:00:00`) } });
  });

  it('来月 is the whole of next month', () => {
    expect(only('来月に引っ越します')).toMatchObject({ grain: 'month', interval: { start: jst('2025-04-01T00:00:00'), end: jst('2025-05-01T00:00:00') } });
  });
});

describe('times of day', () => {
  it('朝イチ at 10:00 means tomorrow morning', () => {
    expect(only('朝イチで確認してください').interval).toEqual({ start: jst('2025-03-06T08:00:00'), end: jst('2025-03-06T10:00:00') });
  });

  it('昼までに is by noon today', () => {
    expect(only('昼までに連絡ください')).toMatchObject({ kind: 'by', grain: 'hour', interval: { end: jst('2025-03-05T12:00:00') } });
  });

  it.each([
    ['午後3時', '15:00', 'hour'], ['3時半', '15:30', 'minute'], ['15:30', '15:30', 'minute'], ['十五時', '15:00', 'hour'],
    ['１５時', '15:00', 'hour'], ['１５：３０', '15:30', 'minute'], ['夜8時', '20:00', 'hour'],
  ])('%s is %s today', (words, clock, grain) => {
    const m = only(`${words}に電話をください`);
    expect(m).toMatchObject({ phrase: words, grain, interval: { start: jst(`2025-03-05T${clock}:00`) } });
  });

  it('午前9時 has passed, so it is tomorrow', () => {
    expect(only('午前9時に来てください').interval?.start).toBe(jst('2025-03-06T09:00:00'));
  });

  it('14時〜16時 is one slot', () => {
    expect(only('明日の14時〜16時の間に配達してほしい')).toMatchObject({
      phrase: '明日の14時〜16時', kind: 'at', grain: 'hour', interval: { start: jst('2025-03-06T14:00:00'), end: jst('2025-03-06T16:00:00') },
    });
  });

  it('2時間以内 is a limit two hours from now', () => {
    expect(only('2時間以内に折り返してください')).toMatchObject({ kind: 'by', grain: 'hour', interval: { end: REF.nowMs + 2 * 3_600_000 } });
  });
});

describe('dates, kanji numerals and full-width digits', () => {
  it.each([
    ['12月3日', '2025-12-03'], ['12/3', '2025-12-03'], ['3日', '2025-04-03'], ['二十日', '2025-03-20'], ['三日', '2025-04-03'], ['２０日', '2025-03-20'],
  ])('%s is %s', (words, day) => {
    expect(only(`${words}に受け取りたいです`)).toMatchObject({ phrase: words, grain: 'day', interval: { start: jst(`${day}T00:00:00`) } });
  });

  it('十二月二十五日までに maps back to the kanji as written', () => {
    const text = 'できれば十二月二十五日までに届きますか';
    const m = only(text);
    expect(m).toMatchObject({ phrase: '十二月二十五日までに', start: 4, end: 14, kind: 'by' });
    expect(m.interval?.end).toBe(jst('2025-12-26T00:00:00'));
  });

  it.each([
    ['3日後に再送してください', 'at', '2025-03-09T00:00:00'], ['二週間以内に返金してください', 'by', '2025-03-20T00:00:00'],
    ['あと2日しかありません', 'by', '2025-03-08T00:00:00'],
  ])('%s is relative to now', (text, kind, end) => {
    expect(only(text)).toMatchObject({ kind, interval: { end: jst(end) } });
  });

  it('12/3(水) keeps the date and the weekday in one phrase', () => {
    expect(only('12/3(水)に届くようにしたい').phrase).toBe('12/3(水)');
  });
});

