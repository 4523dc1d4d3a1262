import { describe, expect, it } from 'vitest';
import { samplePack } from './fixtures';
import { NO_POLICY, parseManagedPolicy, readManagedPolicy } from './managed';

describe('the managed policy', () => {
  it('is inactive when nothing is set', () => {
    expect(parseManagedPolicy({})).toEqual(NO_POLICY);
  });

  it('reads the pack URL, the locked rules and the refresh period', () => {
    expect(parseManagedPolicy({ PackUrl: 'https://packs.example.com/team.json', LockedRules: ['apologise-first'], RefreshMinutes: 30 })).toEqual({
      packUrl: 'https://packs.example.com/team.json',
      lockedRules: ['apologise-first'],
      refreshMinutes: 30,
      active: true,
    });
  });

  it('validates an inline pack and reports its problems by path', () => {
    expect(parseManagedPolicy({ PackJson: JSON.stringify(samplePack()) }).pack?.id).toBe('team');
    const broken = parseManagedPolicy({ PackJson: JSON.stringify({ ...samplePack(), format: 3 }) });
    expect(broken.pack).toBeUndefined();
    expect(broken.packProblems?.[0]?.path).toBe('format');
    expect(parseManagedPolicy({ PackJson: '{' }).packProblems?.[0]?.path).toBe('$');
  });

  it('ignores a malformed value instead of dropping the whole policy', () => {
    expect(parseManagedPolicy({ LockedRules: 'apologise-first', RefreshMinutes: 1, PackUrl: 'https://x.example/p.json' })).toMatchObject({
      packUrl: 'https://x.example/p.json',
      lockedRules: [],
    });
  });

  it('treats a browser without managed storage as unmanaged', async () => {
    expect(await readManagedPolicy(undefined)).toEqual(NO_POLICY);
    expect(await readManagedPolicy({ get: () => Promise.reject(new Error('no schema')) })).toEqual(NO_POLICY);
  });
});
