import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSetting } from '../settings/store';
import { createDraftKeeper, draftToRestore, toolDraftSetting } from './tool-draft';
import { fieldsFromTool } from './tool-fields';

const typed = { ...fieldsFromTool(null), name: 'In-house desk', urlPattern: 'https://support.example.co.jp/*', messages: '.thread .message' };

describe('the tool description kept as the lead types', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is written a moment after the last keystroke, and restored when the console opens', async () => {
    vi.useFakeTimers();
    try {
      const keeper = createDraftKeeper(300, () => 1234);
      keeper.update({ ...typed, messages: '.thr' });
      keeper.update(typed);
      await vi.advanceTimersByTimeAsync(299);
      expect(await readSetting(toolDraftSetting)).toBeNull();
      await vi.advanceTimersByTimeAsync(1);
      await vi.waitFor(async () => expect(await readSetting(toolDraftSetting)).toEqual({ fields: typed, at: 1234 }));
    } finally {
      vi.useRealTimers();
    }
    expect((await draftToRestore([]))?.fields).toEqual(typed);
  });

  it('is written at once on flush, as when the console is closed or the permission prompt opens', async () => {
    const keeper = createDraftKeeper(60_000);
    keeper.update(typed);
    await keeper.flush();
    expect((await readSetting(toolDraftSetting))?.fields.name).toBe('In-house desk');
  });

  it('offers nothing to restore once saved, when it matches a saved tool, or when nothing was typed', async () => {
    const keeper = createDraftKeeper();
    keeper.update(typed);
    await keeper.flush();
    expect(await draftToRestore([typed])).toBeNull();
    await keeper.clear();
    expect(await draftToRestore([])).toBeNull();
    keeper.update(fieldsFromTool(null));
    await keeper.flush();
    expect(await readSetting(toolDraftSetting)).toBeNull();
  });

  it('restores a draft written by an older form, with the fields it did not have left empty', async () => {
    await fakeBrowser.storage.local.set({ 'kizuki:tool-draft': { v: 1, value: { fields: { name: 'Old', messages: '.m' }, at: 1 } } });
    const draft = await draftToRestore([]);
    expect(draft?.fields.name).toBe('Old');
    expect(draft?.fields.customerKey).toBe('');
  });
});
