import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../conversation/schema';
import { checkConversation } from '../index';
import { packWith } from '../test-helpers';
import { validatePack } from '../validate';

const pack = packWith({ id: 'came-back-soon', when: { recentContact: { withinHours: 36, says: { hears: 'problem' } } } });
const anyRecent = packWith({ id: 'came-back-soon', when: { recentContact: { withinHours: 36 } } });
const conv = (history: Conversation['history']): Conversation => ({
  startedAt: '2026-11-20T06:52:00Z',
  history,
  turns: [{ from: 'customer', text: 'あの、カタログの件で…' }],
  draft: '',
});
const fires = (c: Conversation, p = pack) => checkConversation(c, p).prompts.some((x) => x.ruleId === 'came-back-soon');

describe('recentContact: an earlier contact in the last hours, and what its summary says', () => {
  it('holds for this morning\'s contact about something that went wrong, and points at its summary', () => {
    const c = conv([{ startedAt: '2026-11-20T01:30:00Z', channel: 'voice', summary: 'カタログ未着のお問い合わせ。当社の発送漏れ。通常便で再手配。' }]);
    expect(fires(c)).toBe(true);
    expect(checkConversation(c, pack).prompts[0]?.trigger).toMatchObject({ source: 'history', turnIndex: 0 });
    expect(fires(conv([{ startedAt: '2026-11-19T15:15:00Z', summary: "Missed delivery: driver marked 'no one home'; redelivery booked" }]))).toBe(true);
  });

  it('leaves an older contact, a later one, and one whose summary says nothing went wrong', () => {
    expect(fires(conv([{ startedAt: '2026-11-10T17:00:00Z', summary: 'Blender arrived cracked; asked for refund' }]))).toBe(false);
    expect(fires(conv([{ startedAt: '2026-11-20T09:00:00Z', summary: 'カタログ未着' }]))).toBe(false);
    expect(fires(conv([{ startedAt: '2026-11-20T01:30:00Z', summary: '住所変更のご依頼。変更済み。' }]))).toBe(false);
  });

  it('without "says", any contact in the window counts', () => {
    expect(fires(conv([{ startedAt: '2026-11-20T01:30:00Z', summary: '住所変更のご依頼。変更済み。' }]), anyRecent)).toBe(true);
    expect(fires(conv([]), anyRecent)).toBe(false);
  });

  it('refuses a window that is not a number of hours, by path', () => {
    const result = validatePack(packWith({ id: 'x', when: { recentContact: { withinHours: 0 } } }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.path)).toContain('rules[0].when.recentContact.withinHours');
  });
});
