// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { validateCustomTool } from '../tools/schema';
import { problemsByField, scriptIdFor, upsertTool } from './custom-tools';

const tool = { id: 'inhouse', name: 'In-house desk', urlPattern: 'https://support.example.co.jp/*', messages: '.msg', customerMessage: '.from-customer', draft: 'textarea' };

describe('custom tools', () => {
  it('groups validation problems by the field they belong to', () => {
    const result = validateCustomTool({ ...tool, urlPattern: 'support.example.co.jp', messages: '..bad((' });
    if (result.ok) throw new Error('expected problems');
    const byField = problemsByField(result.problems, (p) => `${p.code}: ${p.value ?? ''}`);
    expect(Object.keys(byField)).toContain('urlPattern');
    expect(byField.urlPattern?.[0]).toMatch(/^pattern-format/);
    expect(byField.messages?.[0]).toMatch(/^selector: \.\.bad\(\(/);
  });

  it('replaces a tool with the same id and names its content script', () => {
    const result = validateCustomTool(tool);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const renamed = { ...result.tool, name: 'Renamed' };
    expect(upsertTool([result.tool], renamed)).toEqual([renamed]);
    expect(scriptIdFor(renamed)).toBe('kizuki-custom-inhouse');
  });
});
