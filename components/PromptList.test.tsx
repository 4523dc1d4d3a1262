// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import type { Prompt } from '@/lib/engine';
import type { SessionView } from '@/lib/messaging/session-view';
import { configurePanel, usePanelStore } from '@/lib/panel/store';
import type { OutcomeEvent } from '@/lib/panel/outcomes';
import { runTopCommand } from '@/lib/panel/commands';
import { PromptList } from './PromptList';
import { usePanelKeys } from './usePanelKeys';

const prompt = (ruleId: string, level: Prompt['level']): Prompt => ({
  ruleId, level, category: 'c', lang: 'en', message: `Message ${ruleId}`, why: `Why ${ruleId}`, phrasings: [`Say ${ruleId}`],
});

function view(prompts: Prompt[], draft = ''): SessionView {
  return {
    tabId: 7, key: 'desk:c1', startedAt: '2026-01-01T00:00:00Z', lang: 'en', linesVersion: 1, prompts, satisfied: [], manualCall: false, updatedAt: 0,
    snapshot: {
      tool: 'desk', toolName: 'Desk', url: 'http://x/', conversationId: 'c1', turns: [], transcript: [], draft,
      health: { detected: true, messageList: true, replyBox: true, messages: 0 },
    } as unknown as SessionView['snapshot'], // only the fields the panel reads
  };
}

const recorded: OutcomeEvent[] = [];
let sent: unknown[] = [];

beforeEach(() => {
  setLanguage('en');
  recorded.length = 0;
  sent = [];
  configurePanel({ recordEvents: (events) => recorded.push(...events), now: () => 1000 });
  usePanelStore.setState({ send: (message) => sent.push(message), tabId: 7 });
});
afterEach(() => {
  cleanup();
  usePanelStore.getState().setSession(null);
});

async function showSession(session: SessionView) {
  await act(async () => {
    usePanelStore.getState().setSession(session);
    await Promise.resolve();
  });
}

function Connected() {
  usePanelKeys();
  return <PromptList cards={usePanelStore((s) => s.tracker.cards)} />;
}

describe('the prompt list', () => {
  it('shows at most three cards, most serious first, and the rest behind "more"', async () => {
    render(<Connected />);
    await showSession(view([prompt('a', 'tip'), prompt('b', 'warning'), prompt('c', 'nudge'), prompt('d', 'tip'), prompt('e', 'nudge')]));
    const visible = () => screen.getAllByTestId('prompt').filter((el) => !el.hidden);
    expect(visible().map((el) => el.dataset.ruleId)).toEqual(['b', 'c', 'e']);
    fireEvent.click(screen.getByRole('button', { name: '2 more' }));
    expect(visible()).toHaveLength(5);
  });

  it('keeps the same DOM node for a card while the agent types', async () => {
    render(<Connected />);
    await showSession(view([prompt('a', 'warning')]));
    const before = screen.getByTestId('prompt');
    await showSession(view([prompt('a', 'warning')], 'I am typ'));
    await showSession(view([prompt('a', 'warning')], 'I am typing'));
    expect(screen.getByTestId('prompt')).toBe(before);
    expect(recorded.map((e) => e.kind)).toEqual(['shown']);
  });

  it('inserts a phrasing; ✕ dismisses at once, and a reason can follow as a second step', async () => {
    const reasons: [string, string][] = [];
    configurePanel({ recordReason: (event, reason) => reasons.push([event.ruleId, reason]) });
    render(<Connected />);
    await showSession(view([prompt('a', 'warning')]));
    fireEvent.click(screen.getByRole('button', { name: 'Insert into the reply box: Say a' }));
    expect(sent).toEqual([{ type: 'insert', tabId: 7, text: 'Say a' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss: Message a' }));
    expect(screen.queryByTestId('prompt')).toBeNull();
    expect(recorded.map((e) => [e.kind, e.reason])).toEqual([['shown', undefined], ['inserted', undefined], ['dismissed', undefined]]);
    fireEvent.click(within(screen.getByTestId('dismiss-reasons')).getByRole('button', { name: 'Already handled' }));
    expect(reasons).toEqual([['a', 'already-handled']]);
    expect(screen.queryByTestId('dismiss-reasons')).toBeNull();
    await showSession(view([prompt('a', 'warning')], 'still here'));
    expect(screen.queryByTestId('prompt')).toBeNull();
  });

  it('acts on the top card from a shortcut: D dismisses it at once, I inserts its first phrasing', async () => {
    render(<Connected />);
    await showSession(view([prompt('t', 'tip'), prompt('w', 'warning')]));
    act(() => void runTopCommand('insert-top'));
    expect(sent).toEqual([{ type: 'insert', tabId: 7, text: 'Say w' }]);
    act(() => void fireEvent.keyDown(document.body, { key: 'd', code: 'KeyD' }));
    expect(screen.getAllByTestId('prompt').map((el) => el.dataset.ruleId)).toEqual(['t']);
    expect(screen.getByTestId('dismiss-reasons')).toBeTruthy();
  });

  it('says on the phrasing that it went in, and offers Copy first when it did not stay', async () => {
    render(<Connected />);
    await showSession(view([prompt('a', 'warning')]));
    fireEvent.click(screen.getByRole('button', { name: 'Insert into the reply box: Say a' }));
    expect(screen.queryByTestId('phrasing-feedback')).toBeNull(); // nothing claimed before the page answers
    act(() => usePanelStore.getState().setLastInsert(true));
    expect(screen.getByTestId('phrasing-feedback').textContent).toBe('Inserted ✓');
    fireEvent.click(screen.getByRole('button', { name: 'Insert into the reply box: Say a' }));
    act(() => usePanelStore.getState().setLastInsert(false));
    expect(screen.getByTestId('phrasing-feedback').textContent).toMatch(/didn't stay.*Copy it/);
    expect(screen.getByTestId('prompt-copy').className).toContain('primary');
  });

  it('offers Replace when the prompt points at a sentence of the draft, and sends that sentence', async () => {
    const draft = 'Thanks for waiting. Our policy says no. Bye.';
    const start = draft.indexOf('policy');
    render(<Connected />);
    await showSession(view([{ ...prompt('a', 'warning'), trigger: { phrase: 'policy', source: 'draft', start, end: start + 6 } }], draft));
    fireEvent.click(screen.getByTestId('prompt-replace'));
    expect(sent).toEqual([{ type: 'insert', tabId: 7, text: 'Say a', replace: 'Our policy says no.' }]);
  });
});
