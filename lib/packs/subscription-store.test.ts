import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSetting, writeSetting } from '../settings/store';
import { samplePack } from './fixtures';
import { packFetchSetting, subscriptionSetting } from './settings';
import { refreshStoredSubscription } from './subscription-store';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

describe('refreshing the stored subscription', () => {
  it('gives up on a stuck server, so the next refresh asks again instead of waiting behind it', async () => {
    await writeSetting(subscriptionSetting, { url: 'https://x.example/p.json' });
    vi.useFakeTimers();
    let asked = 0;
    const stuck = async () => {
      asked++;
      return new Promise<Response>(() => {});
    };
    const first = refreshStoredSubscription(stuck, { timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(await readSetting(packFetchSetting)).toMatchObject({ url: 'https://x.example/p.json', timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(await first).toMatchObject({ lastError: { code: 'timeout' } });
    expect(await readSetting(packFetchSetting)).toBeNull();

    vi.useRealTimers();
    const second = await refreshStoredSubscription(async () => new Response(JSON.stringify(samplePack())), { timeoutMs: 1000 });
    expect(asked).toBe(1);
    expect(second?.pack?.id).toBe('team');
    expect((await readSetting(subscriptionSetting))?.lastError).toBeUndefined();
  });

  it('shares one request between calls made while it runs', async () => {
    await writeSetting(subscriptionSetting, { url: 'https://x.example/p.json' });
    let asked = 0;
    const slow = async () => {
      asked++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return new Response(JSON.stringify(samplePack()));
    };
    const [a, b] = await Promise.all([refreshStoredSubscription(slow), refreshStoredSubscription(slow)]);
    expect(asked).toBe(1);
    expect(a).toEqual(b);
  });
});
