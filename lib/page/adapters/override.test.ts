// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { provideStructure } from '../structure/api';
import { structureApi } from '../structure';
import { createAdapterChooser } from '../choose-adapter';
import type { CustomTool } from '../../tools/schema';
import { deskAdapter } from './desk';
import { readPage } from './read';

/**
 * A pack's fix to a built-in tool (`extends`): its selectors are tried first, the tool's own
 * code after, the page's structure last. The desk stands in for a vendor that renamed its markup.
 */
const url = new URL('http://127.0.0.1:5178/desk/c/ja-late-catalog');
const released = (attribute: string) => `
  <div data-desk-root>
    <section data-desk-conversation-id="ja-late-catalog" data-desk-channel="chat">
      <article ${attribute} data-author="customer"><div class="meta">山田 花子</div><div ${attribute}-text>カタログがまだ届きません</div></article>
      <article ${attribute} data-author="agent"><div class="meta">佐藤</div><div ${attribute}-text>大変申し訳ございません。</div></article>
    </section>
    <aside><span data-desk-customer-name>山田 花子</span></aside>
    <textarea data-desk-composer data-desk-composer-role="reply">お調べいたします</textarea>
  </div>`;
const fix: CustomTool = {
  id: 'desk-next', name: 'Sora Desk, next release', extends: 'desk', urlPattern: 'http://127.0.0.1/desk/*',
  messages: '[data-desk-entry]', text: '[data-desk-entry-text]',
  speakers: { customer: { selector: '[data-author="customer"]' }, otherwise: 'agent' },
};
const choose = (tools: CustomTool[]) => createAdapterChooser(() => null, tools, [], [deskAdapter]);

describe('a pack that corrects a built-in tool', () => {
  beforeAll(() => provideStructure(structureApi));

  it('reads the renamed messages with the fix\'s selectors, keeping the tool\'s id and its own code for the rest', () => {
    document.body.innerHTML = released('data-desk-entry');
    const adapter = choose([fix])(document, url);
    expect(adapter?.id).toBe('desk');
    const { reading } = readPage(adapter!, document, url);
    expect(reading.turns).toEqual([{ from: 'customer', text: 'カタログがまだ届きません' }, { from: 'agent', text: '大変申し訳ございません。' }]);
    // Not in the fix: the conversation id, the channel, the customer and the reply box come from the desk's own code.
    expect(reading).toMatchObject({ conversationId: 'ja-late-catalog', channel: 'chat', customer: { name: '山田 花子' }, draft: 'お調べいたします' });
    expect(reading.how).toMatchObject({ thread: 'tool', speakers: 'tool', replyBox: 'tool' });
  });

  it('falls back on the tool\'s own code where the fix finds nothing (the old markup is back)', () => {
    document.body.innerHTML = released('data-desk-message');
    const { reading } = readPage(choose([fix])(document, url)!, document, url);
    expect(reading.turns.map((t) => t.text)).toEqual(['カタログがまだ届きません', '大変申し訳ございません。']);
    expect(reading.how?.thread).toBe('tool');
  });

  it('falls back on the page\'s structure last, when neither the fix nor the tool\'s code finds the messages', () => {
    document.body.innerHTML = released('data-desk-other');
    const { reading } = readPage(choose([fix])(document, url)!, document, url);
    expect(reading.how?.thread).not.toBe('tool');
  });

  it('without the fix the built-in desk no longer finds the renamed messages', () => {
    document.body.innerHTML = released('data-desk-entry');
    expect(deskAdapter.read(document, url).turns).toEqual([]);
  });

  it('the first of two fixes that applies wins: the list comes most authoritative first', () => {
    document.body.innerHTML = released('data-desk-entry');
    const stale: CustomTool = { ...fix, id: 'desk-old', messages: '[data-desk-nothing]', speakers: { otherwise: 'customer' } };
    const policyFix: CustomTool = { ...fix, id: 'desk-policy', speakers: { otherwise: 'customer' } };
    const { reading } = readPage(choose([policyFix, stale])(document, url)!, document, url);
    expect(reading.turns.map((t) => t.from)).toEqual(['customer', 'customer']);
  });
});
