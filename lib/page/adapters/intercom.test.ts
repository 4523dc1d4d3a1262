// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { expectListRemovalDegrades, loadFixture } from '../../../tests/fixtures/adapters/load';
import { intercomAdapter } from './intercom';
import { readPage } from './read';

describe('intercom adapter', () => {
  const { doc, url } = loadFixture('intercom');

  it('detects the inbox conversation page on app.intercom.com only', () => {
    expect(intercomAdapter.detect(doc, url)).toBe(true);
    expect(intercomAdapter.detect(doc, new URL('https://intercom.example.com/conversation/1'))).toBe(false);
  });

  it('reads id, customer, user/admin parts (notes left out) and the composer draft', () => {
    const reading = readPage(intercomAdapter, doc, url).reading;
    expect(reading.conversationId).toBe('215467890123456');
    expect(reading.customer).toEqual({ name: 'Maria Lopez', key: 'maria.lopez@example.com' });
    expect(reading.turns).toEqual([
      { from: 'customer', text: 'My export has been stuck at 90% since yesterday.\nOur board meeting is tomorrow.', at: '2026-11-20T07:01:00.000Z', id: 'part-1' },
      { from: 'agent', text: "Hi Maria, I'm looking into it now.", at: '2026-11-20T07:02:00.000Z', id: 'part-2' },
      { from: 'customer', text: 'Any update?', at: '2026-11-20T07:03:00.000Z', id: 'part-4' },
    ]);
    expect(reading.draft).toBe('Thanks for waiting, Maria.\nThe export is running again.');
  });

  it('degrades when the stream is redrawn away', () => {
    expectListRemovalDegrades(intercomAdapter, 'intercom', '.inbox2__conversation-stream');
  });
});
