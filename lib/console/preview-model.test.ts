// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyTabError, previewableTool } from './preview-model';
import { fieldsFromTool } from './tool-fields';

const base = { ...fieldsFromTool(null), urlPattern: 'https://support.example.co.jp/*', messages: '.thread .message', draft: 'textarea' };

describe('what "Test on this tab" runs', () => {
  it('previews selectors before the tool has an id or a name', () => {
    const result = previewableTool(base);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.tool.messages).toBe('.thread .message');
  });

  it('leaves out a selector that is half typed, and names it, instead of showing nothing', () => {
    const result = previewableTool({ ...base, customerName: '.customer-card .', id: 'Bad Id' });
    if (!result.ok) throw new Error('expected a previewable tool');
    expect(result.tool.customerName).toBeUndefined();
    expect(result.tool.messages).toBe('.thread .message');
    expect(result.left).toEqual(['customerName']);
  });

  it('cannot look for tabs without a usable address pattern', () => {
    expect(previewableTool({ ...base, urlPattern: 'support.example.co.jp' })).toEqual({ ok: false, why: 'pattern' });
  });

  it('has nothing to show without a message or reply box selector that works', () => {
    expect(previewableTool({ ...base, messages: '', draft: '' })).toEqual({ ok: false, why: 'nothing' });
    expect(previewableTool({ ...base, messages: '..x', draft: '' })).toEqual({ ok: false, why: 'nothing' });
  });
});

describe('why a tab could not be read', () => {
  it('tells a closed tab from a page Kizuki may not read', () => {
    expect(classifyTabError(new Error('No tab with id: 1234.'))).toBe('gone');
    expect(classifyTabError(new Error('Frame with ID 0 was removed.'))).toBe('gone');
    expect(classifyTabError(new Error('Cannot access contents of url "https://x.example/". Extension manifest must request permission to access this host.'))).toBe('no-access');
    expect(classifyTabError('Something odd')).toBe('failed');
  });
});
