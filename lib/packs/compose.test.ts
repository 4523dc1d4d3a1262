import { describe, expect, it } from 'vitest';
import { composeActivePack } from './compose';
import { validatePack } from '../engine';
import { sampleRule, samplePack } from './fixtures';

// A stand-in for the built-in pack, so these tests do not change when its rules do.
const builtinPack = samplePack([sampleRule('apologise-first'), sampleRule('take-a-breath')], { id: 'kizuki-builtin', name: 'Built-in' });

const ids = (pack: { rules: { id: string }[] }) => pack.rules.map((r) => r.id);

describe('the active pack', () => {
  it('adds the team rules to the built-in ones', () => {
    const { pack } = composeActivePack({ builtin: builtinPack, team: samplePack() }, validatePack);
    expect(ids(pack)).toEqual([...ids(builtinPack), 'say-thanks']);
  });

  it('lets a team edit of a built-in rule replace it in place', () => {
    const edited = { ...builtinPack.rules[0]!, level: 'tip' as const };
    const { pack } = composeActivePack({ builtin: builtinPack, team: samplePack([edited]) }, validatePack);
    expect(ids(pack)).toEqual(ids(builtinPack));
    expect(pack.rules[0]?.level).toBe('tip');
  });

  it('removes disabled rules unless the policy locks them', () => {
    const { pack } = composeActivePack({ builtin: builtinPack, disabled: ['apologise-first', 'take-a-breath'], locked: ['take-a-breath'] }, validatePack);
    expect(ids(pack)).not.toContain('apologise-first');
    expect(ids(pack)).toContain('take-a-breath');
  });

  it('keeps a locked rule on even when its JSON says enabled: false', () => {
    const off = sampleRule('say-thanks', { enabled: false });
    expect(ids(composeActivePack({ builtin: builtinPack, team: samplePack([off]) }, validatePack).pack)).not.toContain('say-thanks');
    const locked = composeActivePack({ builtin: builtinPack, team: samplePack([off]), locked: ['say-thanks'] }, validatePack).pack;
    expect(locked.rules.find((r) => r.id === 'say-thanks')?.enabled).toBe(true);
  });

  it('drops only the rule that no longer validates, and says why', () => {
    const stale = sampleRule('uses-gone-lexicon', { when: { customerLast: { lexicon: 'gone' } } });
    const { pack, dropped } = composeActivePack({ builtin: builtinPack, team: samplePack([stale, sampleRule()]) }, validatePack);
    expect(ids(pack)).toContain('say-thanks');
    expect(ids(pack)).not.toContain('uses-gone-lexicon');
    expect(dropped[0]).toMatchObject({ ruleId: 'uses-gone-lexicon' });
  });

  it('lets the policy pack override the subscription and the team', () => {
    const sub = samplePack([sampleRule('say-thanks', { level: 'nudge' })]);
    const managed = samplePack([sampleRule('say-thanks', { level: 'warning' })]);
    const { pack } = composeActivePack({ builtin: builtinPack, subscription: sub, team: samplePack(), managed }, validatePack);
    expect(pack.rules.find((r) => r.id === 'say-thanks')?.level).toBe('warning');
  });
});
