import { describe, expect, it } from 'vitest';
import { fillTemplate, parseTemplate, templateProblem, type PlaceholderValues } from './template';

const fill = (source: string, values: PlaceholderValues) => {
  const template = parseTemplate(source);
  if ('problem' in template) throw new Error(template.problem);
  return fillTemplate(template, values);
};

describe('phrasing templates', () => {
  const greeting = "Hi[ {customer}], thanks for reaching out! [I'm {agent}, and I'll|I'll] be helping you today.";

  it('fills every name it knows', () => {
    expect(fill(greeting, { agent: 'Taylor', customer: 'Robert' })).toEqual({
      text: "Hi Robert, thanks for reaching out! I'm Taylor, and I'll be helping you today.",
      missing: [],
    });
  });

  it('says a natural sentence without the names it does not know, and says which were missing', () => {
    expect(fill(greeting, {})).toEqual({ text: "Hi, thanks for reaching out! I'll be helping you today.", missing: ['customer', 'agent'] });
    expect(fill('[{customer}様、]お問い合わせありがとうございます。[担当の{agent}と申します。]', { agent: '佐藤' })?.text)
      .toBe('お問い合わせありがとうございます。担当の佐藤と申します。');
  });

  it('leaves a phrasing out when a name outside brackets is unknown', () => {
    expect(fill('This is {agent}.', {})).toBeNull();
    expect(fill('This is {agent}.', { agent: 'Sam' })?.text).toBe('This is Sam.');
  });

  it('tidies the spaces a dropped part leaves before punctuation', () => {
    expect(fill("I'm really sorry [{customer}] .", {})?.text).toBe("I'm really sorry.");
  });

  it('writes doubled brackets, braces and bars as the characters themselves', () => {
    expect(fill('Use {{code}}, [[note]] and a || bar', {})?.text).toBe('Use {code}, [note] and a | bar');
  });

  it('explains what is wrong with a broken template', () => {
    expect(templateProblem('Hello {name}')).toMatch(/Unknown placeholder "\{name\}"/);
    expect(templateProblem('Hello [there')).toMatch(/never closed/);
    expect(templateProblem('Hello there]')).toMatch(/has no "\["/);
    expect(templateProblem('[a [b]]')).toMatch(/nested/);
    expect(templateProblem('{agent')).toMatch(/never closed/);
    expect(templateProblem(greeting)).toBeNull();
  });
});
