// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseFixture } from '../../../tests/fixtures/adapters/load';
import { genericAdapter } from './generic';
import { readPage } from './read';

/** Made-up pages of tools Kizuki has no adapter for. */
const CHAT_WITH_HINTS = `
  <main><div class="chat">
    <div class="log">
      <div class="bubble incoming"><p>My card was charged twice.</p></div>
      <div class="bubble outgoing"><p>Sorry about that, let me check.</p></div>
      <div class="bubble incoming"><p>Please hurry.</p></div>
    </div>
    <form><textarea name="reply">I have refunded the second charge.</textarea></form>
  </div></main>`;

const CHAT_ONE_SIDE_HINTED = `
  <section class="thread">
    <ul class="items">
      <li class="item"><span>予約を変更したいです。</span></li>
      <li class="item own" aria-label="Sent by agent"><span>承知しました。</span></li>
      <li class="item"><span>来週の火曜日でお願いします。</span></li>
      <li class="item own"><span>確認します。</span></li>
    </ul>
    <div class="composer"><div contenteditable="true"><p>火曜日で</p><p>お取りしました。</p></div></div>
  </section>`;

const NO_CONVERSATION = `<header><nav><a href="/">Home</a></nav></header><p>Welcome</p>`;

const read = (html: string) => {
  const { doc } = parseFixture(html);
  return { doc, reading: readPage(genericAdapter, doc, new URL('https://desk.example.com/t/77#msg')).reading };
};

describe('generic fallback adapter', () => {
  it('reads bubbles with class hints and the textarea draft', () => {
    const { doc, reading } = read(CHAT_WITH_HINTS);
    expect(reading.turns).toEqual([
      { from: 'customer', text: 'My card was charged twice.' },
      { from: 'agent', text: 'Sorry about that, let me check.' },
      { from: 'customer', text: 'Please hurry.' },
    ]);
    expect(reading.draft).toBe('I have refunded the second charge.');
    expect(reading.conversationId).toBe('77');
    expect(reading.how).toEqual({ thread: 'structure', speakers: 'structure', replyBox: 'structure', id: 'url', replyApart: true });
    expect(doc).toBeDefined();
  });

  it('treats unhinted bubbles as the customer unless they look like the agent\'s', () => {
    const { reading } = read(CHAT_ONE_SIDE_HINTED);
    expect(reading.turns.map((t) => t.from)).toEqual(['customer', 'agent', 'customer', 'agent']);
    expect(reading.turns[2]?.text).toBe('来週の火曜日でお願いします。');
    expect(reading.draft).toBe('火曜日で\nお取りしました。');
  });

  it('prefers the focused reply box over a larger one', () => {
    const { doc } = parseFixture(`${CHAT_WITH_HINTS}<textarea id="notes">internal</textarea>`);
    doc.querySelector<HTMLTextAreaElement>('textarea[name="reply"]')?.focus();
    expect(genericAdapter.composer(doc)?.getAttribute('name')).toBe('reply');
    expect(readPage(genericAdapter, doc, new URL('https://x.example/')).reading.draft).toBe('I have refunded the second charge.');
  });

  it('reports what it did not find instead of inventing a conversation', () => {
    const { doc } = parseFixture(NO_CONVERSATION);
    const reading = readPage(genericAdapter, doc, new URL('https://x.example/')).reading;
    expect(reading).toMatchObject({ conversationId: null, customer: null, turns: [], draft: null });
    expect(reading.how).toEqual({ thread: 'none', speakers: 'none', replyBox: 'none', id: 'none', replyApart: true });
    expect(genericAdapter.detect(doc, new URL('https://x.example/'))).toBe(false);
  });

  it('finds a reply box but no thread on a compose page', () => {
    const { doc } = parseFixture('<div><h1>New reply</h1><textarea></textarea></div>');
    // Still a conversation to coach: the draft is there even without a message list.
    const reading = readPage(genericAdapter, doc, new URL('https://x.example/t/9')).reading;
    expect(reading).toMatchObject({ conversationId: '9', turns: [], draft: '' });
    expect(reading.how).toMatchObject({ thread: 'none', replyBox: 'structure' });
  });
});
