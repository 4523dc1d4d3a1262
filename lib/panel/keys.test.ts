import { describe, expect, it } from 'vitest';
import { panelCommand, type KeyLike } from './keys';

const key = (over: Partial<KeyLike>): KeyLike => ({ key: '', code: '', altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, inField: false, ...over });

describe('panel keys', () => {
  it('maps i and d to insert and dismiss outside form fields', () => {
    expect(panelCommand(key({ key: 'i', code: 'KeyI' }))).toBe('insert-top');
    expect(panelCommand(key({ key: 'D', code: 'KeyD', shiftKey: true }))).toBeNull(); // Shift+D is not a command
    expect(panelCommand(key({ key: 'd', code: 'KeyD' }))).toBe('dismiss-top');
  });

  it('leaves bare letters alone while the agent types in a field, but Alt+letter still works', () => {
    expect(panelCommand(key({ key: 'i', code: 'KeyI', inField: true }))).toBeNull();
    expect(panelCommand(key({ key: 'ˆ', code: 'KeyI', altKey: true, inField: true }))).toBe('insert-top');
    expect(panelCommand(key({ key: '∂', code: 'KeyD', altKey: true }))).toBe('dismiss-top');
  });

  it('never takes browser shortcuts', () => {
    expect(panelCommand(key({ key: 'i', code: 'KeyI', ctrlKey: true }))).toBeNull();
    expect(panelCommand(key({ key: 'd', code: 'KeyD', metaKey: true }))).toBeNull();
    expect(panelCommand(key({ key: 'x', code: 'KeyX' }))).toBeNull();
  });
});
