import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Conversation } from '../conversation/schema';
import { builtinPack } from './builtin';
import { compilePack } from './compile';
import { createEvaluator } from './evaluator';
import { checkConversation, runPackExamples } from './index';
import { packWith } from './test-helpers';

const angry: Conversation = { lang: 'ja', turns: [{ from: 'customer', text: 'ふざけないでください！！何度目ですか' }], draft: '' };

describe('evaluator', () => {
  it('every built-in rule passes its own examples', () => {
    const failures = runPackExamples(builtinPack).filter((r) => !r.passed);
    expect(failures).toEqual([]);
  });

  it('prompts to apologise first and lets go once the draft apologises first', () => {
    const ev = createEvaluator(compilePack(builtinPack));
    expect(ev.evaluate(angry).prompts.map((p) => p.ruleId)).toContain('apologise-first');
    const typed = ev.evaluate({ ...angry, draft: 'ご迷惑をおかけし申し訳ございません。システム上の理由で…' });
    expect(typed.prompts.map((p) => p.ruleId)).not.toContain('apologise-first');
    expect(typed.satisfied).toContain('apologise-first');
  });

  it('points at the customer words that made the situation, in original offsets', () => {
    const conv: Conversation = { turns: [{ from: 'customer', text: 'Hello.' }, { from: 'customer', text: 'I need it by Friday please' }], draft: 'Sure.' };
    const prompt = checkConversation(conv).prompts.find((p) => p.ruleId === 'confirm-the-deadline');
    expect(prompt?.trigger).toMatchObject({ source: 'customer', turnIndex: 1, phrase: expect.stringContaining('Friday') });
    const t = prompt?.trigger;
    expect(t && conv.turns[1]?.text.slice(t.start, t.end)).toBe(t?.phrase);
  });

  it('points at the draft words a check objects to: the sentence that explains before the apology', () => {
    const p = checkConversation({ ...angry, draft: '仕様上できかねます。申し訳ございません。' }).prompts.find((x) => x.ruleId === 'apologise-first');
    expect(p?.trigger).toMatchObject({ source: 'draft', phrase: '仕様上できかねます。', start: 0, end: 10 });
  });

  it('speaks the conversation language, detected from the text when absent', () => {
    const en = checkConversation({ turns: [{ from: 'customer', text: 'This is ridiculous!!' }] }).prompts[0];
    expect(en?.lang).toBe('en');
    expect(en?.message).toMatch(/Apologise/);
    const ja = checkConversation({ turns: [{ from: 'customer', text: 'ふざけないで！！' }] }).prompts[0];
    expect(ja?.lang).toBe('ja');
    expect(ja?.phrasings[0]).toMatch(/申し訳/);
  });

  it('stays quiet on a calm how-to question, and says why', () => {
    const r = checkConversation({ turns: [{ from: 'customer', text: 'How do I change my password?' }, { from: 'agent', text: "Hi, I'm Sam from support." }], draft: 'Go to Settings.' });
    expect(r.prompts.map((p) => p.ruleId)).toEqual([]);
    expect(r.quiet?.find((q) => q.ruleId === 'apologise-first')?.reason).toMatch(/upset/);
  });

  it('on a keystroke scans only the draft; customer turns are scanned once', () => {
    const compiled = compilePack(builtinPack);
    const ev = createEvaluator(compiled);
    const turns = Array.from({ length: 20 }, (_, i) => ({ from: i % 2 ? ('agent' as const) : ('customer' as const), text: `turn ${i} 今日中にお願いします` }));
    ev.evaluate({ turns, draft: '' });
    const spy = vi.spyOn(compiled.dictionary, 'scanText');
    for (const draft of ['本', '本日', '本日中']) ev.evaluate({ turns, draft });
    expect(spy).toHaveBeenCalledTimes(3);
    expect(spy.mock.calls.every(([norm]) => norm.original.startsWith('本'))).toBe(true);
    ev.evaluate({ turns: [...turns, { from: 'customer', text: 'new turn' }], draft: '本日中' });
    expect(spy).toHaveBeenCalledTimes(4); // only the new turn
    spy.mockRestore();
  });

  it('re-evaluates a volatile situation (the draft itself) on each keystroke', () => {
    const pack = packWith({ id: 'mentions-refund', when: { draft: { phrases: ['refund'] } } });
    const ev = createEvaluator(compilePack(pack));
    expect(ev.evaluate({ turns: [], draft: 'a' }).prompts).toEqual([]);
    expect(ev.evaluate({ turns: [], draft: 'a refund' }).prompts.map((p) => p.ruleId)).toEqual(['mentions-refund']);
  });

  it('orders prompts warning, nudge, tip', () => {
    const pack = packWith({ id: 'a-tip', level: 'tip' }, { id: 'a-warning', level: 'warning' }, { id: 'a-nudge' });
    expect(createEvaluator(compilePack(pack)).evaluate({ turns: [] }).prompts.map((p) => p.ruleId)).toEqual(['a-warning', 'a-nudge', 'a-tip']);
  });

  it('never shows a disabled rule', () => {
    const r = createEvaluator(compilePack(packWith({ enabled: false }))).evaluate({ turns: [] });
    expect(r.prompts).toEqual([]);
    expect(r.quiet).toEqual([{ ruleId: 'rule-0', reason: 'disabled' }]);
  });

  it('property: evaluation never throws on arbitrary Unicode input', () => {
    const ev = createEvaluator(compilePack(builtinPack));
    const text = fc.string({ unit: 'binary', maxLength: 120 });
    fc.assert(
      fc.property(fc.array(fc.record({ from: fc.constantFrom('customer' as const, 'agent' as const), text }), { maxLength: 6 }), text, fc.constantFrom(undefined, 'ja' as const, 'en' as const), (turns, draft, lang) => {
        const r = ev.evaluate({ turns, draft, ...(lang ? { lang } : {}) });
        for (const p of r.prompts) {
          if (!p.trigger) continue;
          const source = p.trigger.source === 'draft' ? draft : p.trigger.source === 'customer' || p.trigger.source === 'agent' ? turns[p.trigger.turnIndex ?? -1]?.text : undefined;
          if (source !== undefined) expect(p.trigger.end).toBeLessThanOrEqual(source.length);
        }
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
