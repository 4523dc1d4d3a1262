import { describe, expect, it } from 'vitest';
import type { Turn } from '../conversation/schema';
import { builtinPack, builtinRules } from './builtin';
import { compilePack } from './compile';
import { createSession, type SessionContext } from './session';

/**
 * A session answers a keystroke from what it kept (the draft's earlier scan, the rules known
 * to be out of the situation, the answers whose inputs did not change). Whatever the agent
 * types, deletes or pastes, those answers must be the ones a session working everything out
 * afresh gives.
 */
describe('an engine session answering keystroke by keystroke', () => {
  const compiled = compilePack(builtinPack);

  function random(seed: number) {
    let x = seed;
    return (n: number) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x % n;
    };
  }

  /** The keystrokes of writing `target`: typing, a few slips taken back, a paste, an edit mid-way. */
  function keystrokes(target: string, seed: number): string[] {
    const next = random(seed);
    const out: string[] = [];
    let text = '';
    while (text !== target) {
      if (!target.startsWith(text)) text = text.slice(0, -1); // the agent takes the slip back
      else if (next(12) === 0) text += 'x'; // a slip
      else text += target.slice(text.length, text.length + 1 + (next(8) === 0 ? 6 : 0)); // a paste now and then
      out.push(text);
    }
    // Then an edit in the middle, and the sentence back.
    const mid = Math.floor(target.length / 2);
    out.push(target.slice(0, mid) + target.slice(mid + 3), target);
    return out;
  }

  const examples = builtinRules.flatMap((rule) => [...(rule.examples?.fire ?? []), ...(rule.examples?.quiet ?? [])].filter((e) => e.draft).map((e) => ({ rule: rule.id, ...e })));

  it('gives the same prompts, satisfied rules and quiet reasons as a fresh evaluation', () => {
    expect(examples.length).toBeGreaterThan(40);
    examples.forEach((example, n) => {
      const { turns, draft, rule: _rule, note: _note, ...context } = example as typeof example & { turns: Turn[]; draft: string; note?: string };
      const kept = createSession(compiled);
      const fresh = createSession(compiled);
      kept.setContext(context as SessionContext);
      kept.setTurns(turns, 1);
      fresh.setContext(context as SessionContext);
      let version = 1;
      keystrokes(draft, n + 1).forEach((text, k) => {
        kept.setDraft(text);
        // A new turns version makes the fresh session forget every answer it kept, and an
        // empty draft in between makes it scan the draft from the start.
        fresh.setTurns(turns, ++version);
        fresh.setDraft('');
        fresh.setDraft(text);
        const nowMs = 1_700_000_000_000 + k * 150;
        const explain = k % 7 === 0;
        const a = kept.evaluate({ nowMs, explain });
        const b = fresh.evaluate({ nowMs, explain });
        expect({ n, k, text, ...a }).toEqual({ n, k, text, ...b });
      });
    });
  });

  it('follows a change of context, turns or language in the middle of a draft', () => {
    // What the session works out once per situation (the conversation's defaults, the names its
    // phrasings fill in) must follow the customer's name, the channel, the turns and the language:
    // each keystroke is compared with a session that has never seen the conversation before.
    const turns: Turn[] = [{ from: 'customer', text: 'My order never arrived and nobody called me back. This is the second time!' }];
    const japanese: Turn[] = [{ from: 'customer', text: '注文した商品が届きません。二回目の問い合わせです！' }];
    const contexts: SessionContext[] = [{}, { customer: { name: 'Ms Tanaka' } }, { customer: { name: 'Ms Tanaka' }, agent: { name: 'Ken' }, channel: 'voice' }, { lang: 'ja' }];
    const draft = 'I will check the order for you right now, and call you back today. ';
    const kept = createSession(compiled);
    for (let k = 1; k <= draft.length; k++) {
      const context = contexts[Math.floor(k / 9) % contexts.length] as SessionContext;
      const theTurns = Math.floor(k / 23) % 2 ? japanese : turns;
      kept.setContext(context);
      kept.setTurns(theTurns, Math.floor(k / 23));
      kept.setDraft(draft.slice(0, k));
      const fresh = createSession(compiled);
      fresh.setContext(context);
      fresh.setTurns(theTurns, 0);
      fresh.setDraft(draft.slice(0, k));
      // The same appearance for both: prompts held back by fatigue are a matter of history, not of the situation.
      const nowMs = 1_700_000_000_000;
      expect({ k, ...kept.evaluate({ nowMs, explain: k % 5 === 0 }) }).toEqual({ k, ...fresh.evaluate({ nowMs, explain: k % 5 === 0 }) });
    }
  });
});
