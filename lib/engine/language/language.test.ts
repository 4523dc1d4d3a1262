// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { WhenBuilder } from '../../../components/WhenBuilder';
import { CheckEditor } from '../../../components/CheckEditor';
import { LanguageContext } from '../../../components/LanguageContext';
import { signalKinds } from '../../signals/registry';
import type { SignalKind } from '../../signals/types';
import { checkKinds } from '../checks';
import { compilePack } from '../compile';
import { conditionKinds } from '../conditions';
import { createEvaluator } from '../evaluator';
import { packSchemas } from '../schema';
import { conditionsTable, checksTable, signalsTable } from './docs';
import type { CheckKind, ConditionKind } from './kinds';
import { createLanguage, RuleShapeError } from './language';
import { MatcherSchema, type Matcher } from './matcher';

// A throwaway signal, condition and check, registered only in this test's language.
const shoutSignal: SignalKind<number> = {
  id: 'shouting',
  doc: 'Capitalised words in the latest customer turn.',
  compute: (ctx) => (ctx.turn(ctx.customerTurns.at(-1) ?? -1).text.match(/\b[A-Z]{2,}\b/g) ?? []).length,
};
const shoutCondition: ConditionKind<number> = {
  key: 'shoutedWords',
  schema: () => z.number().int().min(1),
  signals: ['shouting' as never],
  compile: (atLeast) => (ctx) => ({ holds: (ctx.signal('shouting' as never) as number) >= atLeast }),
  form: { label: { en: 'Shouted words', ja: '大文字の語' }, help: { en: 'At least this many words in capitals.', ja: '大文字の語がこの数以上。' }, starter: 2, field: { type: 'number', min: 1 }, docValue: 'a number' },
};
const twiceCheck: CheckKind<Matcher> = {
  key: 'twice',
  schema: () => MatcherSchema,
  compile(value, compiler, path) {
    const m = compiler.matcher(value, path);
    return (ctx) => (ctx.draft.spans(m).length >= 2 ? { met: true } : { met: false, reason: `${path}: fewer than two` });
  },
  form: { label: { en: 'Say it twice', ja: '二度言う' }, help: { en: 'The draft contains the words at least twice.', ja: '下書きに 2 回以上。' }, starter: {} as Matcher, field: { type: 'matcher' }, docValue: 'a matcher' },
};

const extended = createLanguage({
  conditions: [...conditionKinds, shoutCondition as ConditionKind<never>],
  checks: [...checkKinds, twiceCheck as CheckKind<never>],
  signals: { ...signalKinds, shouting: shoutSignal as SignalKind<unknown> },
});
const { PackSchema } = packSchemas(extended);

const pack = {
  format: 1, id: 'p', name: 'p',
  rules: [{
    id: 'calm-down', level: 'nudge', category: 'tone',
    when: { shoutedWords: 2 }, check: { twice: { phrases: ['sorry'] } },
    message: { en: 'Say sorry twice.' }, why: { en: 'Because.' },
  }],
};

describe('a new kind is one record, and every derived place picks it up', () => {
  it('the schema accepts it, the compiler compiles its matchers and the dispatch runs it', () => {
    const parsed = PackSchema.parse(pack);
    const ev = createEvaluator(compilePack(parsed, extended));
    const turns = [{ from: 'customer' as const, text: 'WHERE IS MY ORDER' }];
    expect(ev.evaluate({ turns, draft: 'Sorry.' }).prompts.map((p) => p.ruleId)).toEqual(['calm-down']);
    expect(ev.evaluate({ turns, draft: 'Sorry, so sorry.' }).prompts).toEqual([]);
    expect(createEvaluator(compilePack(parsed, extended)).evaluate({ turns: [{ from: 'customer', text: 'where is it' }], draft: '' }).prompts).toEqual([]);
  });

  it('the shipped language does not know it: refused by name, at its JSON path', () => {
    const shipped = packSchemas(createLanguage({ conditions: conditionKinds, checks: checkKinds })).PackSchema.safeParse(pack);
    expect(shipped.success).toBe(false);
    expect(shipped.error?.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['rules.0.when', 'rules.0.check']));
  });

  it('an unknown kind fails loudly when compiled, naming its path', () => {
    const shippedLang = createLanguage({ conditions: conditionKinds, checks: checkKinds });
    expect(() => shippedLang.compileWhen({ shoutedWords: 2 } as never, 'rules[0].when', () => { throw new Error('no matcher'); })).toThrow(RuleShapeError);
    expect(() => shippedLang.compileWhen({ shoutedWords: 2 } as never, 'rules[0].when', () => { throw new Error('no matcher'); })).toThrow('rules[0].when.shoutedWords: unknown condition "shoutedWords"');
  });

  it('the JSON Schema and the docs tables list it', () => {
    const json = JSON.stringify(z.toJSONSchema(PackSchema, { io: 'input', unrepresentable: 'any' }));
    expect(json).toContain('"shoutedWords"');
    expect(json).toContain('"twice"');
    expect(conditionsTable(extended)).toContain('| `shoutedWords` | a number | At least this many words in capitals. |');
    expect(checksTable(extended)).toContain('| `twice` |');
    expect(signalsTable(extended)).toContain('| `shouting` |');
  });

  it("the console's form offers it, with its label and its starter value", () => {
    let when: unknown;
    render(createElement(LanguageContext.Provider, { value: extended }, createElement(WhenBuilder, { value: { upset: true }, onChange: (w: unknown) => (when = w), path: 'when' })));
    fireEvent.change(screen.getByTestId('when-kind'), { target: { value: 'shoutedWords' } });
    expect(screen.getByRole('option', { name: 'Shouted words' })).toBeTruthy();
    expect(when).toEqual({ shoutedWords: 2 });
    let check: unknown;
    render(createElement(LanguageContext.Provider, { value: extended }, createElement(CheckEditor, { value: undefined, optional: true, onChange: (c: unknown) => (check = c), path: 'check' })));
    fireEvent.change(screen.getByTestId('check-kind'), { target: { value: 'twice' } });
    expect(check).toEqual({ twice: {} });
  });

  it('its volatility comes from the signals it reads', () => {
    const clockSignal: SignalKind<number> = { id: 'tick', doc: 'now', volatile: { clock: true }, compute: (ctx) => ctx.nowMs };
    const tickCondition: ConditionKind<boolean> = { ...(shoutCondition as unknown as ConditionKind<boolean>), key: 'tick', signals: ['tick' as never], compile: () => () => ({ holds: true }) };
    const lang = createLanguage({ conditions: [...conditionKinds, tickCondition as ConditionKind<never>], checks: checkKinds, signals: { ...signalKinds, tick: clockSignal as SignalKind<unknown> } });
    expect(lang.compileWhen({ all: [{ upset: true }, { tick: true }] } as never, 'when', () => { throw new Error('no matcher'); }).volatile).toEqual({ clock: true });
    expect(lang.compileWhen({ upset: true }, 'when', () => { throw new Error('no matcher'); }).volatile).toEqual({});
  });
});

describe('a part of a when that reads only the turns', () => {
  it('is worked out once per turns, not on every keystroke, inside a rule that reads the draft', async () => {
    const { compilePack } = await import('../compile');
    const { createSession } = await import('../session');
    let runs = 0;
    const counted: ConditionKind<boolean> = {
      key: 'counted', schema: () => z.boolean(), form: shoutCondition.form as never,
      compile: () => () => { runs++; return { holds: true }; },
    };
    const lang = createLanguage({ conditions: [...conditionKinds, counted as ConditionKind<never>], checks: checkKinds });
    const compiled = compilePack({
      format: 1, id: 'p', name: 'p',
      rules: [{ id: 'r', level: 'tip', category: 'c', when: { all: [{ counted: true }, { draft: { phrases: ['refund'] } }] } as never, check: { exists: { phrases: ['sorry'] } }, message: { en: 'm' }, why: { en: 'w' } }],
    } as never, lang);
    const session = createSession(compiled);
    session.setTurns([{ from: 'customer', text: 'Where is my refund?' }], 1);
    for (const draft of ['The', 'The refund', 'The refund is', 'The refund is on its way']) {
      session.setDraft(draft);
      session.evaluate({ nowMs: 0 });
    }
    expect(runs).toBe(1);
    session.setTurns([{ from: 'customer', text: 'Where is my refund?' }, { from: 'customer', text: 'Hello?' }], 2);
    session.evaluate({ nowMs: 0 });
    expect(runs).toBe(2);
  });
});
