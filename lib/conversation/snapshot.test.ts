import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, diffSnapshot, emptySnapshot, type Snapshot } from './snapshot';

/** A missing field and a null one mean the same in a snapshot. */
function plain(value: Snapshot): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));
}

function snapshot(over: Partial<Snapshot>): Snapshot {
  return { ...emptySnapshot('http://127.0.0.1/desk/'), tool: 'desk', toolName: 'Desk', conversationId: 'c1', ...over };
}

describe('snapshot diff', () => {
  it('sends only the appended message when a customer writes', () => {
    const before = snapshot({ turns: [{ from: 'customer', text: 'Hello' }] });
    const after = snapshot({ turns: [{ from: 'customer', text: 'Hello' }, { from: 'customer', text: 'Still there?' }] });
    const patch = diffSnapshot(before, after);
    expect(patch).toEqual({ turnsFrom: 1, turns: [{ from: 'customer', text: 'Still there?' }] });
    expect(applyPatch(before, patch!)).toEqual(after);
  });

  it('sends only the draft when the agent types', () => {
    const before = snapshot({ draft: 'お' });
    const after = snapshot({ draft: 'お待たせ' });
    expect(diffSnapshot(before, after)).toEqual({ base: { draft: 'お待たせ' } });
  });

  it('sends nothing when nothing changed', () => {
    const before = snapshot({ turns: [{ from: 'agent', text: 'Hi' }], draft: '' });
    expect(diffSnapshot(before, structuredClone(before))).toBeNull();
  });

  it('rebuilds any snapshot from any other (property)', () => {
    const turn = fc.record({ from: fc.constantFrom('customer' as const, 'agent' as const), text: fc.string() });
    const snap = fc.record({
      turns: fc.array(turn, { maxLength: 6 }),
      transcript: fc.array(turn, { maxLength: 3 }),
      draft: fc.option(fc.string(), { nil: null }),
      conversationId: fc.option(fc.string(), { nil: null }),
    });
    fc.assert(fc.property(snap, snap, (a, b) => {
      const before = snapshot(a);
      const after = snapshot(b);
      const patch = diffSnapshot(before, after);
      expect(plain(patch ? applyPatch(before, patch) : before)).toEqual(plain(after));
      expect(plain(applyPatch(null, diffSnapshot(null, after)!))).toEqual(plain(after));
    }));
  });
});
