import { describe, expect, it } from 'vitest';
import { excerptWithHit, highlightHits } from './highlight';

const marks = (text: string, query: string) => highlightHits(text, query).filter((p) => p.hit).map((p) => p.text);

describe('search hits in a note', () => {
  it('marks every word of the search, folding case and width as the search does', () => {
    expect(marks('Refund for the double charge', 'refund CHARGE')).toEqual(['Refund', 'charge']);
    expect(marks('ＡＢＣ社の予約を変更', 'abc 予約')).toEqual(['ＡＢＣ', '予約']);
    expect(marks('nothing here', '')).toEqual([]);
  });

  it('shows the part of the note the hit is in', () => {
    expect(excerptWithHit(['Wants a refund', 'Call back tomorrow 3pm', ''], 'tomorrow')).toBe('Call back tomorrow 3pm');
    expect(excerptWithHit([null, 'body text'], 'zzz')).toBe('body text');
  });
});
