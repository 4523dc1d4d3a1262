// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { expectListRemovalDegrades, loadFixture } from '../../../tests/fixtures/adapters/load';
import { freshdeskAdapter } from './freshdesk';
import { readPage } from './read';

describe('freshdesk adapter', () => {
  const { doc, url } = loadFixture('freshdesk');

  it('detects a ticket on a freshdesk.com portal only', () => {
    expect(freshdeskAdapter.detect(doc, url)).toBe(true);
    expect(freshdeskAdapter.detect(doc, new URL('https://example.com/a/tickets/7731'))).toBe(false);
  });

  it('reads ticket id, requester, public conversations and the Froala draft', () => {
    const reading = readPage(freshdeskAdapter, doc, url).reading;
    expect(reading.conversationId).toBe('7731');
    expect(reading.customer).toEqual({ name: 'Lena Fischer', key: 'lena.fischer@example.de' });
    expect(reading.turns).toEqual([
      { from: 'customer', text: 'I returned the shoes two weeks ago and still have no refund.', at: '2026-11-19T15:00:00.000Z', id: 'c-1' },
      { from: 'agent', text: 'Hi Lena, I have asked the warehouse to confirm.', at: '2026-11-19T16:00:00.000Z', id: 'c-2' },
      { from: 'customer', text: 'This is unacceptable. I want my money back today.', at: '2026-11-20T08:00:00.000Z', id: 'c-4' },
    ]);
    expect(reading.draft).toBe('Hi Lena,\nI am sorry — I have issued the refund now.');
  });

  it('degrades when the conversation list is redrawn away', () => {
    expectListRemovalDegrades(freshdeskAdapter, 'freshdesk', '.ticket-conversations');
  });
});
