// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { expectListRemovalDegrades, loadFixture } from '../../../tests/fixtures/adapters/load';
import { gmailAdapter } from './gmail';
import { readPage } from './read';

describe('gmail adapter', () => {
  const { doc, url } = loadFixture('gmail');

  it('detects an open thread and not the inbox list', () => {
    expect(gmailAdapter.detect(doc, url)).toBe(true);
    const list = new DOMParser().parseFromString('<div role="main"><table class="F cf zt"></table></div>', 'text/html');
    expect(gmailAdapter.detect(list, new URL('https://mail.google.com/mail/u/0/#inbox'))).toBe(false);
  });

  it('reads thread id, customer, turns without quotes or signatures, and the reply draft', () => {
    const reading = readPage(gmailAdapter, doc, url).reading;
    expect(reading.conversationId).toBe('thread-f:1784512345678901234');
    expect(reading.customer).toEqual({ name: 'Jane Cooper', key: 'jane@example.org' });
    expect(reading.channel).toBe('email');
    expect(reading.turns.map(({ from, text, id }) => ({ from, text, id }))).toEqual([
      {
        from: 'customer',
        text: 'Hi,\n\nMy order 1042 arrived today and the mug is broken.\nI need a replacement before Friday, it is a gift.',
        id: '#msg-f:1784512345678901001',
      },
      { from: 'agent', text: 'Hello Jane,\n\nI am sorry to hear that. Could you send a photo of the damage?', id: '#msg-f:1784512345678901002' },
      { from: 'customer', text: 'Photo attached. This is the second time this has happened!', id: '#msg-f:1784512345678901003' },
    ]);
    // Gmail shows local time in the tooltip; the ISO value depends on the machine's zone.
    expect(reading.turns[0]?.at).toMatch(/^2026-11-2\dT/);
    expect(reading.draft).toBe('Hi Jane,\n\nThank you for the photo. We will ship a new mug today.');
  });

  it('takes the first sender as the customer when the title shows no signed-in address', () => {
    const copy = loadFixture('gmail');
    copy.doc.title = 'Order 1042 arrived damaged';
    expect(readPage(gmailAdapter, copy.doc, copy.url).reading.customer?.key).toBe('jane@example.org');
  });

  it('falls back to the id in the URL when the subject carries none', () => {
    const copy = loadFixture('gmail');
    copy.doc.querySelector('h2.hP')?.removeAttribute('data-thread-perm-id');
    copy.doc.querySelector('h2.hP')?.removeAttribute('data-legacy-thread-id');
    expect(readPage(gmailAdapter, copy.doc, copy.url).reading.conversationId).toBe('FMfcgzQXJWDsKmVHgwTnHhNpRkxvLbzG');
  });

  it('degrades when the thread is redrawn away', () => {
    expectListRemovalDegrades(gmailAdapter, 'gmail', '[role="list"]');
  });
});
