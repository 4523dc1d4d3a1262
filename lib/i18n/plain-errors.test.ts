import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validatePack } from '../engine';
import { samplePack, sampleRule } from '../packs/fixtures';
import { setLanguage } from './index';
import { installPlainErrors } from './plain-errors';

/** What a team lead reads when a rule or a pack is refused: plain sentences that name the field. */
function messages(input: unknown): Record<string, string> {
  const result = validatePack(input);
  if (result.ok) throw new Error('expected problems');
  return Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
}

describe('plain validation wording', () => {
  beforeAll(() => installPlainErrors());
  afterAll(() => {
    z.config({ customError: undefined });
    setLanguage('en');
  });

  const broken = samplePack([sampleRule('say-thanks', { category: '', level: 'loud' as never, message: { en: 42 as never } })], {
    tools: [{ id: 'acme', name: 'x'.repeat(81), urlPattern: 'https://a.example/*', messages: '.m', colour: 'red' } as never],
  });

  it('in English, naming the field, with no validator jargon', () => {
    setLanguage('en');
    const byPath = messages(broken);
    expect(byPath['rules[0].category']).toBe('Category: fill this in.');
    expect(byPath['rules[0].level']).toBe('Level must be one of: "tip", "nudge", "warning".');
    expect(byPath['rules[0].message.en']).toBe('Message (English) should be text.');
    expect(byPath['tools[0].name']).toBe('Name is too long: at most 80 characters.');
    expect(byPath['tools[0]']).toContain('Kizuki does not know the field "colour"');
    for (const message of Object.values(byPath)) expect(message).not.toMatch(/Too small|expected string|Invalid input|>=/);
  });

  it('in Japanese, in the polite register', () => {
    setLanguage('ja');
    const byPath = messages(broken);
    expect(byPath['rules[0].category']).toMatch(/^「.+」を入力してください。$/);
    expect(byPath['rules[0].message.en']).toMatch(/（英語）」は文字列で入力してください。$/);
    expect(byPath['tools[0].name']).toMatch(/80文字以内で入力してください。$/);
  });

  it('says "1 character" and "2 characters", as English counts', () => {
    setLanguage('en');
    const one = z.object({ code: z.string().max(1) }).safeParse({ code: 'ab' });
    const two = z.object({ code: z.string().max(2) }).safeParse({ code: 'abc' });
    expect(one.error?.issues[0]?.message).toBe('"code" is too long: at most 1 character.');
    expect(two.error?.issues[0]?.message).toBe('"code" is too long: at most 2 characters.');
  });

  it('keeps a message a schema gives itself', () => {
    setLanguage('en');
    expect(messages(samplePack([sampleRule('Bad Id')]))['rules[0].id']).toContain('lower-case letters, digits and hyphens');
  });
});
