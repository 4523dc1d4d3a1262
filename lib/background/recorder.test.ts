import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../conversation/schema';
import { emptySnapshot } from '../conversation/snapshot';
import { KizukiDB } from '../db/db';
import type { SessionView } from './live-session';
import { createSessionRecorder } from './recorder';

function view(over: Partial<SessionView['snapshot']>, key = 'desk:c1'): SessionView {
  return {
    tabId: 7, key, startedAt: '2026-11-20T07:00:00Z', lang: 'ja', linesVersion: 1, prompts: [], satisfied: [], manualCall: false, updatedAt: 0,
    snapshot: { ...emptySnapshot('http://127.0.0.1/desk/c/c1'), tool: 'desk', toolName: 'Desk', conversationId: key.split(':')[1]!, ...over },
  };
}

describe('recording live sessions', () => {
  let db: KizukiDB;
  beforeEach(() => {
    db = new KizukiDB(`recorder-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('keeps the transcript and finds the customer\'s earlier contact for the engine', async () => {
    const histories: HistoryEntry[][] = [];
    const recorder = createSessionRecorder(db, (_tab, _key, history) => histories.push(history));
    const customer = { name: '山田 花子', key: 'Hanako@Example.jp' };

    recorder.record(view({ customer, turns: [{ from: 'customer', text: 'カタログが届きません' }] }, 'desk:first'));
    // The history is looked up after the session is stored: wait for it, not for the session.
    await vi.waitFor(() => expect(histories).toHaveLength(1), { timeout: 10_000 });
    expect(await db.sessions.get('desk:first')).toBeDefined();
    expect(histories[0]).toEqual([]);

    recorder.record(view({ customer: { ...customer, key: 'hanako@example.jp' }, turns: [{ from: 'customer', text: 'またお電話しました' }] }, 'desk:second'));
    await vi.waitFor(() => expect(histories).toHaveLength(2), { timeout: 10_000 });
    expect(histories[1]).toHaveLength(1);
    expect(histories[1]![0]!.summary).toContain('カタログが届きません');
    const stored = await db.sessions.get('desk:second');
    expect(stored?.customerKeys).toEqual(['desk@http://127.0.0.1:email:hanako@example.jp']);
    expect(stored?.turns).toEqual([{ from: 'customer', text: 'またお電話しました' }]);
  });

  it('never links a customer a page names to history read by another tool or on another site', async () => {
    const histories: [string, HistoryEntry[]][] = [];
    const recorder = createSessionRecorder(db, (_tab, key, history) => histories.push([key, history]));
    const hanako = { name: '山田 花子', key: 'hanako@example.jp' };
    recorder.record(view({ customer: hanako, turns: [{ from: 'customer', text: '請求書の件で' }] }, 'desk:real'));
    await vi.waitFor(() => expect(histories).toHaveLength(1));

    // A look-alike page elsewhere claims the same customer, and so does another tool on the desk's site.
    const lookalike = view({ customer: hanako, turns: [{ from: 'customer', text: 'hi' }] }, 'desk:fake');
    lookalike.snapshot = { ...lookalike.snapshot, url: 'https://evil.example/desk/c/fake' };
    recorder.record(lookalike);
    const otherTool = view({ customer: hanako, turns: [{ from: 'customer', text: 'hi' }] }, 'helpscout:other');
    otherTool.snapshot = { ...otherTool.snapshot, tool: 'helpscout' };
    recorder.record(otherTool);
    await vi.waitFor(() => expect(histories).toHaveLength(3));
    expect(histories.find(([key]) => key === 'desk:fake')?.[1]).toEqual([]);
    expect(histories.find(([key]) => key === 'helpscout:other')?.[1]).toEqual([]);

    // The same site and tool still finds the first contact.
    recorder.record(view({ customer: hanako, turns: [{ from: 'customer', text: 'またお電話しました' }] }, 'desk:again'));
    await vi.waitFor(() => expect(histories).toHaveLength(4));
    expect(histories[3]![1]).toHaveLength(1);
  });

  it('does not write while only the draft changes, and writes the newest turns when it does', async () => {
    const put = vi.spyOn(db.sessions, 'put');
    const recorder = createSessionRecorder(db, () => {}, { saveEveryMs: 150 });
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    recorder.record(view({ turns: [{ from: 'customer', text: 'hi' }] }));
    await vi.waitFor(() => expect(put).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    for (const draft of ['H', 'He', 'Hel', 'Hello']) recorder.record(view({ draft, turns: [{ from: 'customer', text: 'hi' }] }));
    await sleep(300);
    expect(put).toHaveBeenCalledTimes(1);
    recorder.record(view({ turns: [{ from: 'customer', text: 'hi' }, { from: 'customer', text: 'one' }] }));
    recorder.record(view({ turns: [{ from: 'customer', text: 'hi' }, { from: 'customer', text: 'one' }, { from: 'customer', text: 'two' }] }));
    await sleep(300);
    expect(put).toHaveBeenCalledTimes(2);
    expect((await db.sessions.get('desk:c1'))?.turns).toHaveLength(3);
  });
});
