// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { expectListRemovalDegrades, loadFixture } from '../../../tests/fixtures/adapters/load';
import { helpscoutAdapter } from './helpscout';
import { readPage } from './read';

describe('helpscout adapter', () => {
  const { doc, url } = loadFixture('helpscout');

  it('detects a conversation on secure.helpscout.net only', () => {
    expect(helpscoutAdapter.detect(doc, url)).toBe(true);
    expect(helpscoutAdapter.detect(doc, new URL('https://example.com/conversation/2468013579/'))).toBe(false);
  });

  it('reads id, customer card, threads oldest first (notes and quotes left out), draft without signature', () => {
    const reading = readPage(helpscoutAdapter, doc, url).reading;
    expect(reading.conversationId).toBe('2468013579');
    expect(reading.customer).toEqual({ name: 'Priya Natarajan', key: 'priya@example.in' });
    expect(reading.turns).toEqual([
      { from: 'customer', text: "I can't log in since the update.", at: '2026-11-20T09:00:00.000Z', id: '9000' },
      { from: 'agent', text: 'Hi Priya, could you clear your cache and try again?', at: '2026-11-20T09:05:00.000Z', id: '9001' },
      { from: 'customer', text: 'Still not working. I have tried three times now.', at: '2026-11-20T09:15:00.000Z', id: '9003' },
    ]);
    expect(reading.draft).toBe("Hi Priya,\nI've reset your session, please try again.");
  });

  it('degrades when the thread list is redrawn away', () => {
    expectListRemovalDegrades(helpscoutAdapter, 'helpscout', '#threads');
  });
});
