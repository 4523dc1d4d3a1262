import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../db/types';
import { checkConversation } from '../engine';
import { conversationToExample, packExamples, parsePastedConversation, sessionToConversation } from './bench';
import { sampleRule, samplePack } from '../packs/fixtures';

describe('pasting a conversation into the bench', () => {
  it('reads a tagged transcript, continuing untagged lines', () => {
    const parsed = parsePastedConversation('customer: I want a refund.\nIt broke twice.\nagent: Let me check.\ndraft: The policy says no.');
    expect(parsed).toEqual({
      ok: true,
      conversation: {
        turns: [
          { from: 'customer', text: 'I want a refund.\nIt broke twice.' },
          { from: 'agent', text: 'Let me check.' },
        ],
        draft: 'The policy says no.',
      },
    });
  });

  it('reads Japanese speaker tags', () => {
    const parsed = parsePastedConversation('お客様：返金してください\n下書き：承知しました');
    expect(parsed.ok && parsed.conversation).toEqual({ turns: [{ from: 'customer', text: '返金してください' }], draft: '承知しました' });
  });

  it('reads conversation JSON and names a wrong field by path', () => {
    expect(parsePastedConversation('{"turns":[{"from":"customer","text":"hi"}]}').ok).toBe(true);
    const bad = parsePastedConversation('{"turns":[{"from":"boss","text":"hi"}]}');
    expect(!bad.ok && bad.problems[0]?.path).toBe('turns[0].from');
  });

  it('says what to do with untagged text', () => {
    const parsed = parsePastedConversation('hello there');
    expect(!parsed.ok && parsed.problems[0]?.message).toMatch(/customer:/);
  });
});

describe('bench sources', () => {
  it('turns a recent session into a conversation', () => {
    const session: SessionRecord = {
      id: 'desk:1', tool: 'desk', conversationId: '1', customerKeys: [], channel: 'voice', startedAt: 0, lastSeenAt: 60_000,
      turns: [{ from: 'customer', text: 'Hello' }], callState: 'connected', customerName: 'Mark',
    };
    expect(sessionToConversation(session)).toMatchObject({
      channel: 'voice', call: { state: 'connected' }, state: 'active', now: '1970-01-01T00:01:00.000Z', customer: { name: 'Mark' }, turns: [{ from: 'customer', text: 'Hello' }],
    });
  });

  it("lists the pack's own examples, each with its rule and what it should do", () => {
    const rule = sampleRule('say-thanks', {
      examples: { fire: [{ note: 'a plain ask', turns: [{ from: 'customer', text: 'Hi' }] }], quiet: [{ turns: [{ from: 'customer', text: 'Bye' }], draft: 'Thanks!' }] },
    });
    expect(packExamples(samplePack([rule]))).toEqual([
      { id: 'say-thanks/fire/0', ruleId: 'say-thanks', expect: 'fire', index: 0, note: 'a plain ask', conversation: { turns: [{ from: 'customer', text: 'Hi' }] } },
      { id: 'say-thanks/quiet/0', ruleId: 'say-thanks', expect: 'quiet', index: 0, conversation: { turns: [{ from: 'customer', text: 'Bye' }], draft: 'Thanks!' } },
    ]);
  });

  it('makes an example that fires for the rule it came from', () => {
    const parsed = parsePastedConversation('customer: I want a refund\ndraft: No.');
    if (!parsed.ok) throw new Error('parse failed');
    const example = conversationToExample({ ...parsed.conversation, id: 'x', history: [] }, 'from the bench');
    expect(example).toEqual({ turns: [{ from: 'customer', text: 'I want a refund' }], draft: 'No.', note: 'from the bench' });
    const fired = checkConversation(example, samplePack([sampleRule()])).prompts.map((p) => p.ruleId);
    expect(fired).toEqual(['say-thanks']);
  });
});
