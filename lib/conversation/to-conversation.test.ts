import { describe, expect, it } from 'vitest';
import { emptySnapshot, type Snapshot } from './snapshot';
import { snapshotToConversation } from './to-conversation';

const base: Snapshot = { ...emptySnapshot('http://127.0.0.1/desk/'), tool: 'desk', toolName: 'Desk', conversationId: 'c1' };
const context = { startedAt: '2026-11-20T06:58:00Z', nowMs: Date.parse('2026-11-20T07:03:00Z') };

describe('the engine\'s view of a page', () => {
  it('passes a chat through with its draft, customer and the time now', () => {
    const conversation = snapshotToConversation(
      { ...base, customer: { name: 'Ann', key: 'ann@example.com' }, turns: [{ from: 'customer', text: 'Hi' }], draft: 'Hello Ann' },
      context,
    );
    expect(conversation).toMatchObject({
      channel: 'chat', direction: 'inbound', state: 'active', startedAt: context.startedAt, now: '2026-11-20T07:03:00.000Z',
      customer: { name: 'Ann', key: 'ann@example.com' }, turns: [{ from: 'customer', text: 'Hi' }], draft: 'Hello Ann',
    });
  });

  it('on a call, reads the transcript as the conversation, with no draft', () => {
    const conversation = snapshotToConversation({
      ...base,
      call: { state: 'connected', since: '2026-11-20T07:00:00Z' },
      transcript: [
        { from: 'agent', text: 'Thank you for calling.' },
        { from: 'customer', text: 'You just laughed, didn\'t you?!' },
        { from: 'agent', text: 'Well, the system works that way.' },
      ],
    }, context);
    expect(conversation.channel).toBe('voice');
    expect(conversation.call).toEqual({ state: 'connected', since: '2026-11-20T07:00:00Z' });
    expect(conversation.startedAt).toBe('2026-11-20T07:00:00Z');
    expect(conversation.turns.map((t) => t.from)).toEqual(['agent', 'customer', 'agent']);
    expect(conversation.draft).toBe('');
  });

  it('marks an ended call as an ended conversation', () => {
    expect(snapshotToConversation({ ...base, call: { state: 'ended' } }, context).state).toBe('ended');
  });
});
