// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFixture } from '../../../tests/fixtures/adapters/load';
import { loadScenarios, parseScenario, scenarioToConversation, stepTimes, type Scenario } from '../../../tests/desk/scenarios';
import { ConversationSchema } from '../../conversation/schema';
import { deskAdapter } from './desk';
import { editableText } from './shared';
import { readPage } from './read';

/** Saved from the running desk by tests/desk/capture-fixtures.mjs. */
function loadDeskFixture(name: 'chat' | 'voice') {
  return parseFixture(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'desk', `${name}.html`), 'utf8'));
}

const scenarios = loadScenarios();
function scenario(id: string): Scenario {
  const found = scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`scenario ${id} missing`);
  return found;
}

/** Markup as each composer variant renders it, for the draft reading. */
function fragment(html: string): HTMLElement {
  const doc = new DOMParser().parseFromString(`<div id="x">${html}</div>`, 'text/html');
  return doc.getElementById('x') as HTMLElement;
}

describe('desk adapter on a chat mid-conversation', () => {
  const { doc, url } = loadDeskFixture('chat');
  const expected = scenarioToConversation(scenario('ja-laughed-complaint'));

  it('detects the desk under /desk only, and only when the app is there', () => {
    expect(deskAdapter.detect(doc, url)).toBe(true);
    expect(deskAdapter.detect(doc, new URL('http://127.0.0.1:5178/desk/'))).toBe(true);
    expect(deskAdapter.detect(doc, new URL('http://localhost:5178/desktop/c/1'))).toBe(false);
    expect(deskAdapter.detect(doc, new URL('http://localhost:5178/other/'))).toBe(false);
    expect(deskAdapter.detect(parseFixture('<main>Nothing here</main>').doc, url)).toBe(false);
  });

  it('reads what the desk showed: the same conversation the scenario helper builds', () => {
    const reading = readPage(deskAdapter, doc, url).reading;
    expect(reading.conversationId).toBe('ja-laughed-complaint');
    expect(reading.customer).toEqual({ name: '佐々木 健一', key: 'k.sasaki@sasaki-shoten.example.jp' });
    expect(reading.channel).toBe('chat');
    expect(reading.direction).toBe('inbound');
    expect(reading.turns).toEqual(expected.turns);
    expect(reading.turns.map((t) => t.from)).toEqual(['customer', 'agent', 'customer']);
    expect(reading.draft).toBe('CSVはUTF-8で出力される仕様のため、Excelで直接開くと文字化けしてしまいます。');
    expect(reading.draft).toBe(expected.draft);
    expect(reading.call).toBeUndefined();
    expect(reading.transcript).toBeUndefined();
  });

  it('finds the ProseMirror-style reply box as the composer', () => {
    const composer = deskAdapter.composer(doc);
    expect(composer?.classList.contains('ProseMirror')).toBe(true);
    expect(composer?.getAttribute('contenteditable')).toBe('true');
  });

  it('degrades, never throws, when parts of the page go missing or turn odd', () => {
    const copy = loadDeskFixture('chat');
    copy.doc.querySelector('[data-desk-message]')?.setAttribute('data-author', 'bot');
    copy.doc.querySelector('[data-desk-composer]')?.remove();
    copy.doc.querySelector('[data-desk-conversation-id]')?.setAttribute('data-desk-channel', 'fax');
    const odd = readPage(deskAdapter, copy.doc, copy.url).reading;
    expect(odd.turns.map((t) => t.from)).toEqual(['agent', 'customer']);
    expect(odd.draft).toBeNull();
    expect(odd.channel).toBeUndefined();
    copy.doc.querySelector('[data-desk-conversation-id]')?.remove();
    expect(readPage(deskAdapter, copy.doc, copy.url).reading).toEqual({ conversationId: null, customer: null, turns: [], draft: null });
  });
});

describe('desk adapter on a voice call', () => {
  const { doc, url } = loadDeskFixture('voice');
  const expected = scenarioToConversation(scenario('ja-late-catalog-second-call'), 9);

  it('reads the call state, when it started, the softphone\'s own elapsed time, and the live transcript', () => {
    const reading = readPage(deskAdapter, doc, url).reading;
    expect(reading.conversationId).toBe('ja-late-catalog-second-call');
    expect(reading.channel).toBe('voice');
    // The strip shows 00:23 beside the call.
    expect(reading.call).toEqual({ state: 'connected', since: '2026-11-20T06:56:04.000Z', shownElapsedMs: 23_000 });
    expect({ state: reading.call?.state, since: reading.call?.since }).toEqual(expected.call);
    expect(reading.transcript).toEqual(expected.turns);
    expect(reading.transcript?.at(-1)).toMatchObject({ from: 'customer', text: 'うーん……。土曜日に間に合えばいいんですけど……。' });
    expect(reading.turns).toEqual([]);
  });

  it('does not take the call notes for a reply draft', () => {
    expect(doc.querySelector('[data-desk-composer]')?.getAttribute('data-desk-composer-role')).toBe('notes');
    expect(readPage(deskAdapter, doc, url).reading.draft).toBeNull();
    expect(deskAdapter.composer(doc)).toBeNull();
  });

  it('reads a call without a state as no call rather than guessing', () => {
    const copy = loadDeskFixture('voice');
    copy.doc.querySelector('[data-desk-call]')?.setAttribute('data-desk-call-state', 'dialling');
    expect(readPage(deskAdapter, copy.doc, copy.url).reading.call).toBeNull();
  });
});

describe('editableText (the draft of each composer variant)', () => {
  it('reads ProseMirror paragraphs, keeping an empty one as a blank line', () => {
    const el = fragment('<p>お世話になっております。</p><p><br class="ProseMirror-trailingBreak"></p><p>担当の佐藤です。</p>');
    expect(editableText(el)).toBe('お世話になっております。\n\n担当の佐藤です。');
  });

  it('reads CKEditor paragraphs with filler breaks', () => {
    expect(editableText(fragment('<p>Hi Liam,</p><p><br data-cke-filler="true"></p><p>Thanks!</p>'))).toBe('Hi Liam,\n\nThanks!');
  });

  it("reads the browser's own contenteditable markup and keeps spaces exactly", () => {
    expect(editableText(fragment('Hello  there<div>second line</div><div><br></div><div>fourth</div>'))).toBe('Hello  there\nsecond line\n\nfourth');
    expect(editableText(fragment('one<br>two<br><br>'))).toBe('one\ntwo\n');
    expect(editableText(fragment(''))).toBe('');
  });
});

describe('desk scenarios', () => {
  const BUILT_IN_RULES = ['apologise-first', 'no-laughter-when-upset', 'confirm-the-deadline', 'own-the-repeat-contact',
    'check-it-is-a-good-time', 'escalate-gracefully', 'explain-plainly', 'no-blame-or-argument', 'greet-and-introduce',
    'close-with-next-steps', 'note-the-promise', 'take-a-breath'];

  it('has at least three per language, a calm one per language, and a voice call per language', () => {
    for (const lang of ['ja', 'en'] as const) {
      const mine = scenarios.filter((s) => s.lang === lang);
      expect(mine.length).toBeGreaterThanOrEqual(3);
      expect(mine.some((s) => s.lessons.length === 0)).toBe(true);
      expect(mine.some((s) => s.channel === 'voice' && s.direction === 'outbound')).toBe(true);
    }
  });

  it('names each file after its id and draws lessons only from the built-in rules', () => {
    const ids = scenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of scenarios) {
      for (const lesson of s.lessons) expect(BUILT_IN_RULES).toContain(lesson);
      expect(() => readFileSync(join(process.cwd(), 'tests', 'desk', 'scenarios', `${s.id}.json`))).not.toThrow();
    }
  });

  it('every scenario, at every step, is valid conversation JSON', () => {
    for (const s of scenarios) {
      for (let n = 0; n <= s.steps.length; n++) expect(() => ConversationSchema.parse(scenarioToConversation(s, n))).not.toThrow();
    }
  });

  it('times each step after the one before it, from startedAt', () => {
    const s = scenario('ja-late-catalog-second-call');
    expect(s.startedAt).toBe('2026-11-20T06:56:00Z');
    expect(stepTimes(s).slice(0, 3)).toEqual(['2026-11-20T06:56:00.000Z', '2026-11-20T06:56:04.000Z', '2026-11-20T06:56:05.500Z']);
    expect(scenarioToConversation(s).now).toBe(stepTimes(s).at(-1));
  });

  it('builds the conversation up to a step: nothing yet, then turns, draft and call as they happen', () => {
    const chat = scenario('ja-howto-calm');
    expect(scenarioToConversation(chat, 0)).toMatchObject({ turns: [], draft: '', now: chat.startedAt });
    expect(scenarioToConversation(chat, 2).draft).toMatch(/^お問い合わせありがとうございます。/);
    // The agent sends exactly what was drafted, so the composer is empty again.
    expect(scenarioToConversation(chat, 3)).toMatchObject({ draft: '', turns: [{ from: 'customer' }, { from: 'agent' }] });

    const call = scenario('ja-clinic-director-callback');
    expect(scenarioToConversation(call, 1)).toMatchObject({ call: { state: 'ringing' }, state: 'active', direction: 'outbound' });
    const ended = scenarioToConversation(call);
    expect(ended).toMatchObject({ state: 'ended', call: { state: 'ended', since: '2026-11-20T01:30:06.000Z' } });
    expect(ended).not.toHaveProperty('draft');
  });

  it('refuses a broken scenario with the file and JSON path', () => {
    const broken = { ...scenario('en-howto-calm'), steps: [{ after: 0, from: 'robot', text: 'hi' }] };
    expect(() => parseScenario(broken, 'broken.json')).toThrow(/^broken\.json: steps\.0/);
    expect(() => parseScenario({ ...broken, id: 'Has Spaces' }, 'x.json')).toThrow(/x\.json: id/);
  });
});
