// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPicker } from './picker';

const options = { hint: 'Click the reply box', foundLabel: '$1 found' };

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the picker in the page', () => {
  it('picks what is clicked, keeps the click from the page, and leaves nothing behind', async () => {
    document.body.innerHTML = '<form><textarea name="reply"></textarea><button class="send">Send</button></form>';
    const pageSaw = vi.fn();
    document.querySelector('.send')!.addEventListener('click', pageSaw);
    const answer = createPicker().pick('draft', options);
    expect(document.querySelector('kizuki-picker')).not.toBeNull();
    const box = document.querySelector('textarea')!;
    box.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
    box.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await expect(answer).resolves.toEqual({ ok: true, selector: 'textarea[name="reply"]', count: 1 });
    document.querySelector('.send')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(pageSaw).toHaveBeenCalledTimes(1); // the page's own clicks work again afterwards
    expect(document.querySelector('kizuki-picker')).toBeNull();
  });

  it('gives up on Esc, and when the console cancels', async () => {
    document.body.innerHTML = '<p>text</p>';
    const picker = createPicker();
    const first = picker.pick('customerName', options);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await expect(first).resolves.toEqual({ ok: false, reason: 'cancelled' });
    const second = picker.pick('customerName', options);
    picker.cancel();
    await expect(second).resolves.toEqual({ ok: false, reason: 'cancelled' });
    expect(document.querySelector('kizuki-picker')).toBeNull();
  });

  it('swallows the page\'s clicks while picking', async () => {
    document.body.innerHTML = '<a href="#gone" class="link">Open</a>';
    const pageSaw = vi.fn();
    document.querySelector('.link')!.addEventListener('click', pageSaw);
    const answer = createPicker().pick('customerName', options);
    document.querySelector('.link')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await answer;
    expect(pageSaw).not.toHaveBeenCalled();
  });
});
