import { describe, expect, it } from 'vitest';
import { normalizeConversation } from './normalize';
import { deriveSignals } from './signals';
import { textSignals } from './text-signals';

describe('derived signals', () => {
  it('scores heat from words and punctuation, calm text stays cool', () => {
    expect(textSignals('パスワードの変更方法を教えてください。').heat).toBe(0);
    expect(textSignals('Thanks!').heat).toBeLessThan(3);
    expect(textSignals('いい加減にしてください！！').heat).toBeGreaterThanOrEqual(3);
    expect(textSignals('This is RIDICULOUS, I am FURIOUS!!').heat).toBeGreaterThanOrEqual(5);
  });

  it('"ご迷惑" from the agent side of a sentence does not count as anger', () => {
    expect(textSignals('ご迷惑をおかけしました').heat).toBe(0);
  });

  it('upset reads the last three customer turns, with the phrase that showed it', () => {
    const s = deriveSignals({ turns: [{ from: 'customer', text: '最悪です' }, { from: 'agent', text: '申し訳ございません' }, { from: 'customer', text: 'はい' }] });
    expect(s.upset).toBe(true);
    expect(s.upsetEvidence).toMatchObject({ phrase: '最悪', turnIndex: 0, source: 'customer' });
  });

  it('finds deadlines and repeat contact in the text', () => {
    const s = deriveSignals({ turns: [{ from: 'customer', text: '先日も電話したのですが、至急送ってください' }] });
    expect(s.deadline?.phrase).toBe('至急');
    expect(s.repeatContact).toBe(true);
  });

  it('counts history within 7 days as a repeat contact, older history not', () => {
    const base = { startedAt: '2026-11-20T07:00:00Z', turns: [{ from: 'customer' as const, text: 'Hello' }] };
    expect(deriveSignals({ ...base, history: [{ startedAt: '2026-11-19T01:00:00Z', summary: 'カタログ請求' }] }).repeatEvidence).toMatchObject({ source: 'history', phrase: 'カタログ請求' });
    expect(deriveSignals({ ...base, history: [{ startedAt: '2026-11-01T01:00:00Z' }] }).repeatContact).toBe(false);
  });

  it('knows the first reply, promises, and call duration', () => {
    const s = deriveSignals(
      { channel: 'voice', call: { state: 'connected', since: '2026-11-20T07:00:00Z' }, turns: [{ from: 'customer', text: 'hi' }], draft: "I'll call you back at 3pm" },
      { nowMs: Date.parse('2026-11-20T07:12:00Z') },
    );
    expect(s.firstAgentReplyIndex).toBeNull();
    expect(s.promises[0]).toMatchObject({ source: 'draft', phrase: expect.stringMatching(/call/) });
    expect(s.callSeconds).toBe(720);
  });

  it('fills defaults and detects the language', () => {
    const c = normalizeConversation({ turns: [{ from: 'customer', text: 'こんにちは' }] });
    expect(c).toMatchObject({ lang: 'ja', channel: 'chat', direction: 'inbound', state: 'active', draft: '', history: [] });
    expect(normalizeConversation({ turns: [{ from: 'customer', text: 'hi' }] }).lang).toBe('en');
  });
});
