import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../notes/types';
import { checkConversation } from '../rules';
import { conversationToExample, parsePastedConversation, scenarioToConversation, sessionToConversation, type DeskScenario } from './bench';
import { sampleRule, samplePack } from './fixtures';

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

  it('plays a desk scenario to its end', () => {
    const scenario: DeskScenario = {
      id: 's', title: 'S', lang: 'en', channel: 'voice', direction: 'inbound', startedAt: '2026-11-20T00:00:00Z',
      customer: { name: 'Mark', key: 'm@x' }, history: [],
      steps: [{ after: 0, call: 'connected' }, { after: 1000, from: 'customer', text: 'Hi' }, { after: 500, draft: 'Hello' }],
    };
    expect(scenarioToConversation(scenario)).toMatchObject({
      call: { state: 'connected' }, now: '2026-11-20T00:00:01.500Z', turns: [{ from: 'customer', text: 'Hi', at: '2026-11-20T00:00:01.000Z' }], draft: 'Hello',
    });
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
