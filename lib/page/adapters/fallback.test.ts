// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { provideStructure } from '../structure/api';
import { structureApi } from '../structure';
import { deskAdapter } from './desk';
import { withFallbacks } from './fallback';

/**
 * A known tool whose selectors find no message: the page's structure stands in, unless the
 * tool's own list is there and empty, where the empty state beside it ("No messages yet",
 * 「まだメッセージはありません。」) is no message to guess.
 */
const url = new URL('http://127.0.0.1:5178/desk/c/c-1');
const page = (list: string, beside: string) => `
  <div data-desk-root>
    <section data-desk-conversation-id="c-1" data-desk-channel="chat">
      <div class="desk-thread__messages">${list}</div>
      ${beside}
    </section>
    <textarea data-desk-composer data-desk-composer-role="reply"></textarea>
  </div>`;
const desk = withFallbacks(deskAdapter);

describe('a known tool whose selectors find no message', () => {
  beforeAll(() => provideStructure(structureApi));

  it.each([
    ['en', '<p class="desk-thread__empty">No messages yet.</p>'],
    ['ja', '<p class="desk-thread__empty">まだメッセージはありません。</p>'],
    ['a hint with a button', '<div class="hint"><p>Say hello to start the conversation.</p><button>Templates</button></div>'],
  ])('reads no turn from an open conversation whose list is empty (%s)', (_case, beside) => {
    document.body.innerHTML = page('', beside);
    const reading = desk.read(document, url);
    expect(reading.turns).toEqual([]);
    expect(reading.how?.thread).toBe('none');
  });

  it('reads by structure when its list shows messages in markup it does not know', () => {
    document.body.innerHTML = page(
      '<div class="bubble from-them"><span>This is my third message about the cracked blender.</span></div><div class="bubble from-me"><span>Sorry, let me look.</span></div>',
      '',
    );
    const reading = desk.read(document, url);
    expect(reading.turns.map((t) => t.text)).toContain('This is my third message about the cracked blender.');
    expect(reading.how?.thread).toBe('structure');
  });
});

describe('the page structure standing in', () => {
  beforeAll(() => provideStructure(structureApi));

  it.each([
    ['hidden', '<p class="desk-thread__empty" hidden>No messages yet.</p>'],
    ['aria-hidden', '<p class="empty" aria-hidden="true">まだメッセージはありません。</p>'],
    ['display: none', '<p class="empty" style="display: none">Start the conversation</p>'],
  ])('never reads an empty state the page hides (%s) as the last message', (_case, hidden) => {
    document.body.innerHTML = `
      <div data-desk-root>
        <section data-desk-conversation-id="c-1" data-desk-channel="chat">
          <div class="desk-thread" role="log">
            <div class="desk-thread__messages"><div class="bubble from-them"><span>The blender arrived cracked.</span></div></div>
            ${hidden}
          </div>
        </section>
        <textarea data-desk-composer data-desk-composer-role="reply"></textarea>
      </div>`;
    const texts = desk.read(document, url).turns.map((t) => t.text).join(' | ');
    expect(texts).toContain('The blender arrived cracked.');
    expect(texts).not.toMatch(/No messages yet|まだメッセージ|Start the conversation/);
  });
});
