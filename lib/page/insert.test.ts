// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertAtCaret } from './insert';

/**
 * The fallback path: happy-dom has no editing commands, as a page whose document cannot run
 * execCommand('insertText'). The browser's own path is covered end to end in
 * tests/e2e/watching.e2e.ts, in all four desk composers.
 */
describe('inserting phrasing at the caret', () => {
  let inputs: InputEvent[];
  const record = (event: Event) => inputs.push(event as InputEvent);

  beforeEach(() => {
    inputs = [];
    (document as unknown as { execCommand: () => boolean }).execCommand = () => false;
    document.addEventListener('input', record);
  });
  afterEach(() => {
    document.removeEventListener('input', record);
    document.body.innerHTML = '';
  });

  describe('into a textarea', () => {
    const textarea = (value: string) => {
      document.body.innerHTML = '<textarea></textarea><input id="search">';
      const el = document.querySelector('textarea')!;
      el.value = value;
      return el;
    };

    // Not asserted here: where the caret ends up. happy-dom's setRangeText(…, 'end') puts it at
    // the end of the whole value (it adds the value's length, not the replacement's).
    it('puts the text at the caret and tells the page with an input event', async () => {
      const el = textarea('Hello Robert. Let me check.');
      el.setSelectionRange(14, 14);
      expect(await insertAtCaret(el, 'Sorry for the wait. ')).toBe(true);
      expect(el.value).toBe('Hello Robert. Sorry for the wait. Let me check.');
      expect(inputs).toHaveLength(1);
      expect(inputs[0]).toMatchObject({ inputType: 'insertText', data: 'Sorry for the wait. ' });
      expect(inputs[0]!.target).toBe(el);
    });

    it('replaces the words the agent selected', async () => {
      const el = textarea('It is not my call.');
      el.setSelectionRange(6, 17);
      await insertAtCaret(el, 'up to my manager');
      expect(el.value).toBe('It is up to my manager.');
    });

    it('keeps its own caret while the agent is elsewhere on the page, and takes focus', async () => {
      const el = textarea('Hi Robert.');
      el.setSelectionRange(3, 3);
      document.querySelector<HTMLInputElement>('#search')!.focus();
      await insertAtCaret(el, 'dear ');
      expect(el.value).toBe('Hi dear Robert.');
      expect(document.activeElement).toBe(el);
    });
  });

  describe('into a rich editor', () => {
    const editor = (html: string) => {
      document.body.innerHTML = `<div contenteditable="true" id="reply">${html}</div><p id="thread">Where is my refund?</p>`;
      return document.querySelector<HTMLElement>('#reply')!;
    };
    const caretAt = (node: Node, offset: number) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.collapse(true);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    };

    it('puts the text at the caret and announces it with input events', async () => {
      const el = editor('<p>Hello Robert. Let me check.</p>');
      caretAt(el.querySelector('p')!.firstChild!, 14);
      const beforeInputs: InputEvent[] = [];
      el.addEventListener('beforeinput', (event) => beforeInputs.push(event as InputEvent));
      expect(await insertAtCaret(el, 'Sorry! ')).toBe(true);
      expect(el.textContent).toBe('Hello Robert. Sorry! Let me check.');
      expect(beforeInputs.map((e) => [e.inputType, e.data, e.cancelable])).toEqual([['insertText', 'Sorry! ', true]]);
      expect(inputs.map((e) => e.inputType)).toEqual(['insertText']);
    });

    it('leaves the text to an editor that takes the beforeinput itself', async () => {
      const el = editor('<p>Hello</p>');
      caretAt(el.querySelector('p')!.firstChild!, 5);
      el.addEventListener('beforeinput', (event) => {
        event.preventDefault(); // the editor's model takes it and draws it a moment later
        setTimeout(() => { el.querySelector('p')!.textContent += (event as InputEvent).data; }, 10);
      });
      expect(await insertAtCaret(el, ' there')).toBe(true);
      expect(el.textContent).toBe('Hello there'); // written once, by the editor
      expect(inputs).toHaveLength(0);
    });

    it('goes through the editor\'s paste when the editor draws itself back over the edit', async () => {
      const el = editor('<p>Hello Robert.</p>');
      const p = el.querySelector('p')!;
      caretAt(p.firstChild!, 13);
      // An editor that renders from its own model: any foreign edit is drawn over, a paste is its own.
      (document as unknown as { execCommand: () => boolean }).execCommand = () => { p.textContent += ' Sorry!'; return true; };
      new MutationObserver(() => { if (p.textContent !== model) p.textContent = model; }).observe(el, { subtree: true, characterData: true, childList: true });
      let model = 'Hello Robert.';
      const pastes: string[] = [];
      el.addEventListener('paste', (event) => {
        event.preventDefault();
        const text = (event as ClipboardEvent).clipboardData!.getData('text/plain');
        pastes.push(text);
        model += text;
        p.textContent = model;
      });
      expect(await insertAtCaret(el, ' Sorry!')).toBe(true);
      expect(pastes).toEqual([' Sorry!']);
      expect(el.textContent).toBe('Hello Robert. Sorry!');
    });

    it('says so when the words did not stay, so the panel can offer Copy', async () => {
      const el = editor('<p>Hello</p>');
      caretAt(el.querySelector('p')!.firstChild!, 5);
      el.addEventListener('beforeinput', (event) => event.preventDefault());
      el.addEventListener('paste', (event) => event.preventDefault());
      expect(await insertAtCaret(el, ' there')).toBe(false);
      expect(el.textContent).toBe('Hello');
    });

    it('puts the text after the draft when the caret is elsewhere on the page', async () => {
      const el = editor('<p>Hi Robert.</p>');
      caretAt(document.querySelector('#thread')!.firstChild!, 3);
      // Browsers move the caret to the start of an editable that gains focus without one.
      const focus = vi.spyOn(el, 'focus').mockImplementation(() => caretAt(el.querySelector('p')!.firstChild!, 0));
      await insertAtCaret(el, ' Sorry for the wait.');
      expect(focus).toHaveBeenCalled();
      expect(el.textContent).toBe('Hi Robert. Sorry for the wait.');
    });
  });

  it('refuses an element that cannot take text', async () => {
    document.body.innerHTML = '<div id="plain">Hi</div>';
    const el = document.querySelector<HTMLElement>('#plain')!;
    expect(await insertAtCaret(el, 'x')).toBe(false);
    expect(el.textContent).toBe('Hi');
    expect(inputs).toHaveLength(0);
  });
});
