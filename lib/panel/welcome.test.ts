import { describe, expect, it } from 'vitest';
import { opensWelcome } from './welcome';

describe('the install page', () => {
  it('opens on a first install only, never on an update or a temporary add-on that reinstalls each start', () => {
    expect(opensWelcome({ reason: 'install' })).toBe(true);
    expect(opensWelcome({ reason: 'update' })).toBe(false);
    expect(opensWelcome({ reason: 'install', temporary: true })).toBe(false);
  });
});
