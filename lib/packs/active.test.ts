import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '../db/db';
import { builtinPack } from '../engine';
import { announcePackChange, loadActivePack, watchActivePack } from './active';
import { sampleRule, samplePack } from './fixtures';
import { writeSetting } from '../settings/store';
import { subscriptionSetting } from './settings';
import { saveRule, setRuleDisabled } from './store';

beforeEach(async () => {
  fakeBrowser.reset();
  await getDb().delete();
  await getDb().open();
});

describe('the active pack the background runs', () => {
  it('adds the team rules and the subscribed pack to the built-in rules, without disabled ones', async () => {
    const builtinId = builtinPack.rules[0]!.id;
    await saveRule(getDb(), sampleRule('team-rule'), 'Aiko');
    await setRuleDisabled(getDb(), builtinId, true);
    await writeSetting(subscriptionSetting, { url: 'https://x.example/p.json', pack: samplePack([sampleRule('hq-rule')], { id: 'hq' }) });
    const ids = (await loadActivePack()).rules.map((r) => r.id);
    expect(ids).toContain('team-rule');
    expect(ids).toContain('hq-rule');
    expect(ids).not.toContain(builtinId);
  });

  it('keeps the last good pack in use while a new subscription address has not given one yet', async () => {
    await writeSetting(subscriptionSetting, {
      url: 'https://b.example/p.json',
      pack: samplePack([sampleRule('hq-rule')], { id: 'hq' }),
      from: { url: 'https://a.example/p.json', managed: false },
      lastError: { code: 'network' },
    });
    expect((await loadActivePack()).rules.map((r) => r.id)).toContain('hq-rule');
  });

  it('tells the watcher when the console announces a change', async () => {
    const onChange = vi.fn();
    const stop = watchActivePack(onChange);
    await saveRule(getDb(), sampleRule('fresh-rule'), 'Aiko');
    await announcePackChange();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(onChange.mock.lastCall?.[0].rules.map((r: { id: string }) => r.id)).toContain('fresh-rule');
    stop();
  });
});
