import { describe, expect, it } from 'vitest';
import { triggerContext } from './trigger';

const snapshot = (turns: string[], draft = '') => ({ turns: turns.map((text) => ({ from: 'customer' as const, text })), transcript: [], draft });

describe('the trigger quote', () => {
  it('cuts a short window around the phrase in the customer turn it came from', () => {
    const text = 'Your app keeps overwriting my invoices. This is ridiculous and I have had enough of it, honestly.';
    const start = text.indexOf('ridiculous');
    const context = triggerContext({ phrase: 'ridiculous', source: 'customer', turnIndex: 1, start, end: start + 10 }, snapshot(['hi', text]));
    expect(context?.phrase).toBe('ridiculous');
    expect(context?.before.startsWith('…')).toBe(true);
    expect(context?.before.endsWith('This is ')).toBe(true);
    expect(context?.after.endsWith('…')).toBe(true);
    expect(context!.after.length).toBeLessThanOrEqual(29);
  });

  it('finds draft triggers in the draft', () => {
    const draft = 'CSVはUTF-8で出力される仕様のため、文字化けします。';
    const start = draft.indexOf('仕様');
    expect(triggerContext({ phrase: '仕様', source: 'draft', start, end: start + 2 }, snapshot([], draft), 'ja'))
      .toEqual({ source: 'draft', before: 'CSVはUTF-8で出力される', phrase: '仕様', after: 'のため、文字化けします。', sentence: draft });
  });

  it('highlights whole words, and knows the draft sentence a Replace would swap', () => {
    const turn = 'Your app keeps overwriting my invoices.';
    const at = turn.indexOf('overwrit');
    expect(triggerContext({ phrase: 'overwrit', source: 'customer', turnIndex: 0, start: at, end: at + 8 }, snapshot([turn]))?.phrase).toBe('overwriting');
    const draft = 'Thanks for waiting. Our policy says no refunds. Anything else?';
    const p = draft.indexOf('policy');
    expect(triggerContext({ phrase: 'policy', source: 'draft', start: p, end: p + 6 }, snapshot([], draft))?.sentence).toBe('Our policy says no refunds.');
  });

  it('shows the bare phrase when the text has changed since the evaluation', () => {
    expect(triggerContext({ phrase: 'furious', source: 'customer', turnIndex: 0, start: 3, end: 10 }, snapshot(['I am calm now'])))
      .toEqual({ source: 'customer', before: '', phrase: 'furious', after: '' });
  });

  it('has nothing to show without a trigger', () => {
    expect(triggerContext(undefined, snapshot([]))).toBeNull();
  });
});
