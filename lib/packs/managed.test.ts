import { describe, expect, it } from 'vitest';
import { MAX_PACK_BYTES } from '../input/limits';
import { sampleRule, samplePack } from './fixtures';
import { NO_POLICY, parseManagedPolicy, readManagedPolicy } from './managed';
import { engineApi } from '../engine/api';

describe('the managed policy', () => {
  it('is inactive when nothing is set', () => {
    expect(parseManagedPolicy({}, engineApi)).toEqual(NO_POLICY);
  });

  it('reads the pack URL, the locked rules and the refresh period', () => {
    expect(parseManagedPolicy({ PackUrl: 'https://packs.example.com/team.json', LockedRules: ['apologise-first'], RefreshMinutes: 30 }, engineApi)).toEqual({
      packUrl: 'https://packs.example.com/team.json',
      lockedRules: ['apologise-first'],
      refreshMinutes: 30,
      active: true,
    });
  });

  it('validates an inline pack and reports its problems by path', () => {
    expect(parseManagedPolicy({ PackJson: JSON.stringify(samplePack()) }, engineApi).pack?.id).toBe('team');
    const broken = parseManagedPolicy({ PackJson: JSON.stringify({ ...samplePack(), format: 3 }) }, engineApi);
    expect(broken.pack).toBeUndefined();
    expect(broken.packProblems?.[0]?.path).toBe('format');
    expect(parseManagedPolicy({ PackJson: '{' }, engineApi).packProblems?.[0]?.path).toBe('$');
  });

  it('ignores a malformed value instead of dropping the whole policy', () => {
    expect(parseManagedPolicy({ LockedRules: 'apologise-first', RefreshMinutes: 1, PackUrl: 'https://x.example/p.json' }, engineApi)).toMatchObject({
      packUrl: 'https://x.example/p.json',
      lockedRules: [],
    });
  });

  it('refuses an inline pack nested thousands deep on its own: the locked rules and the refresh period still apply', async () => {
    let when = '{"state":"active"}';
    for (let i = 0; i < 3000; i++) when = `{"not":${when}}`;
    const PackJson = JSON.stringify(samplePack()).replace('{"customerLast":{"phrases":["refund","返金"]}}', when);
    const policy = await readManagedPolicy({ get: async () => ({ PackJson, LockedRules: ['apologise-first'], RefreshMinutes: 30 }) });
    expect(policy).toMatchObject({ active: true, lockedRules: ['apologise-first'], refreshMinutes: 30 });
    expect(policy.pack).toBeUndefined();
    expect(policy.packProblems?.[0]?.path).toMatch(/^rules\[0\]\.when(\.not)+$/);
  });

  it('refuses an inline pack whose rule fails its own example, naming it', () => {
    const failing = samplePack([sampleRule('say-thanks', { examples: { quiet: [{ lang: 'en', turns: [{ from: 'customer', text: 'I want a refund.' }], draft: 'No.' }] } })]);
    const policy = parseManagedPolicy({ PackJson: JSON.stringify(failing), LockedRules: ['say-thanks'] }, engineApi);
    expect(policy.pack).toBeUndefined();
    expect(policy.packProblems).toEqual([expect.objectContaining({ path: 'rules[0].examples.quiet[0]', ruleId: 'say-thanks' })]);
    expect(policy.lockedRules).toEqual(['say-thanks']);
  });

  it('refuses an inline pack over the size limit before parsing it', () => {
    const policy = parseManagedPolicy({ PackJson: ' '.repeat(MAX_PACK_BYTES + 1) }, engineApi);
    expect(policy.packProblems).toEqual([{ path: '$', message: expect.stringContaining('at most') }]);
  });

  it('treats a browser without managed storage as unmanaged', async () => {
    expect(await readManagedPolicy(undefined)).toEqual(NO_POLICY);
    expect(await readManagedPolicy({ get: () => Promise.reject(new Error('no schema')) })).toEqual(NO_POLICY);
  });
});
