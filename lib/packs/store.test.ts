import { beforeEach, describe, expect, it } from 'vitest';
import { KizukiDB } from '../db/db';
import { sampleRule, samplePack } from './fixtures';
import { ruleVersions, revertToVersion } from './history';
import { deleteRule, disabledRuleIds, replaceTeamPack, saveLexicons, saveRule, setRuleDisabled, teamPack, teamRules } from './store';

let db: KizukiDB;
beforeEach(async () => {
  db = new KizukiDB(`packs-${crypto.randomUUID()}`);
  await db.open();
});

describe('the team rules store', () => {
  it('saves a rule, keeps its order, and records who changed it and when', async () => {
    await saveRule(db, sampleRule('b-rule'), 'Aiko', 1000);
    await saveRule(db, sampleRule('a-rule'), 'Aiko', 2000);
    expect((await teamRules(db)).map((r) => r.id)).toEqual(['b-rule', 'a-rule']);
    const [version] = await ruleVersions(db, 'a-rule');
    expect(version).toMatchObject({ author: 'Aiko', at: 2000, before: null });
    expect(JSON.parse(version!.after!)).toEqual(sampleRule('a-rule'));
  });

  it('keeps the tools an imported pack carries, and drops them when the next import has none', async () => {
    const tools = [{ id: 'desk-next', name: 'Sora Desk', extends: 'desk', urlPattern: 'http://127.0.0.1/desk/*', messages: '[data-desk-entry]' }];
    await replaceTeamPack(db, samplePack([sampleRule()], { tools }), 'Aiko', 1);
    expect((await teamPack(db)).tools).toEqual(tools);
    await replaceTeamPack(db, samplePack([sampleRule()]), 'Aiko', 2);
    expect((await teamPack(db)).tools).toBeUndefined();
  });

  it('does not record a version when nothing changed', async () => {
    expect(await saveRule(db, sampleRule(), 'Aiko', 1)).toBe(true);
    expect(await saveRule(db, sampleRule(), 'Aiko', 2)).toBe(false);
    expect(await ruleVersions(db, 'say-thanks')).toHaveLength(1);
  });

  it('reverts to an earlier version as a new version, losing nothing', async () => {
    await saveRule(db, sampleRule(), 'Aiko', 1);
    await saveRule(db, sampleRule('say-thanks', { level: 'warning' }), 'Ben', 2);
    const versions = await ruleVersions(db, 'say-thanks');
    const first = versions.at(-1)!;
    const restored = await revertToVersion(db, first.id, 'Chie', 3);
    expect(restored?.level).toBe('tip');
    expect((await teamRules(db))[0]?.level).toBe('tip');
    const after = await ruleVersions(db, 'say-thanks');
    expect(after).toHaveLength(3);
    expect(after[0]).toMatchObject({ author: 'Chie', at: 3 });
  });

  it('deletes a rule with a version that can bring it back', async () => {
    await saveRule(db, sampleRule(), 'Aiko', 1);
    await deleteRule(db, 'say-thanks', 'Aiko', 2);
    expect(await teamRules(db)).toEqual([]);
    const [deletion, creation] = await ruleVersions(db, 'say-thanks');
    expect(deletion?.after).toBeNull();
    await revertToVersion(db, creation!.id, 'Aiko', 3);
    expect((await teamRules(db)).map((r) => r.id)).toEqual(['say-thanks']);
  });

  it('replaces the whole team pack on import, recording removals', async () => {
    await saveRule(db, sampleRule('old-rule'), 'Aiko', 1);
    await saveLexicons(db, { thanks: { en: ['thanks'] } }, 'Aiko', 1);
    await replaceTeamPack(db, samplePack([sampleRule('new-two'), sampleRule('new-one')], { id: 'imported', name: 'Imported' }), 'Ben', 2);
    const pack = await teamPack(db);
    expect(pack.rules.map((r) => r.id)).toEqual(['new-two', 'new-one']);
    expect(pack).toMatchObject({ id: 'imported', name: 'Imported' });
    expect(pack.lexicons).toBeUndefined();
    expect((await ruleVersions(db, 'old-rule'))[0]?.after).toBeNull();
  });

  it('keeps the disabled set', async () => {
    await setRuleDisabled(db, 'apologise-first', true);
    await setRuleDisabled(db, 'greet-and-introduce', true);
    await setRuleDisabled(db, 'apologise-first', false);
    expect(await disabledRuleIds(db)).toEqual(['greet-and-introduce']);
  });
});
