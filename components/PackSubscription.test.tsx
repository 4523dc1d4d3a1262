// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLanguage } from '@/lib/i18n';
import { useConsole } from '@/lib/console/store';
import { NO_POLICY } from '@/lib/packs/managed';
import { samplePack } from '@/lib/packs/fixtures';
import { packFetchSetting, subscriptionSetting } from '@/lib/packs/settings';
import { writeSetting } from '@/lib/settings/store';
import { PackSubscription } from './PackSubscription';

beforeEach(() => {
  fakeBrowser.reset();
  setLanguage('en');
  useConsole.setState({ loaded: true, sources: { builtin: samplePack(), policy: NO_POLICY }, changed: vi.fn(async () => {}) });
});
afterEach(cleanup);

describe('the subscription in the console', () => {
  it('says it is waiting for the server, and for how long at most, while a fetch is under way', async () => {
    await writeSetting(subscriptionSetting, { url: 'https://packs.example.com/team.json' });
    await writeSetting(packFetchSetting, { url: 'https://packs.example.com/team.json', since: Date.now(), timeoutMs: 30_000 });
    render(<PackSubscription />);
    expect((await screen.findByTestId('subscription-fetching')).textContent).toBe('Fetching https://packs.example.com/team.json… Kizuki waits at most 30 seconds.');
    expect((screen.getByTestId('subscription-refresh') as HTMLButtonElement).disabled).toBe(true);
  });

  it('ignores a fetch status left behind by a worker that stopped mid-fetch', async () => {
    await writeSetting(subscriptionSetting, { url: 'https://packs.example.com/team.json' });
    await writeSetting(packFetchSetting, { url: 'https://packs.example.com/team.json', since: Date.now() - 10 * 60_000, timeoutMs: 30_000 });
    render(<PackSubscription />);
    await screen.findByTestId('subscription-status');
    expect(screen.queryByTestId('subscription-fetching')).toBeNull();
    expect((screen.getByTestId('subscription-refresh') as HTMLButtonElement).disabled).toBe(false);
  });

  it('says why the last refresh failed and that the previous address\'s pack is still in use', async () => {
    await writeSetting(subscriptionSetting, {
      url: 'https://b.example/team.json',
      pack: samplePack([], { name: 'HQ coaching' }),
      from: { url: 'https://a.example/team.json', managed: false },
      lastError: { code: 'insecure-redirect', detail: 'http://b.example/team.json' },
    });
    render(<PackSubscription />);
    await waitFor(() => expect(screen.getByTestId('subscription-error').textContent).toContain('sends this address on to http://b.example/team.json, which is not HTTPS'));
    expect(screen.getByTestId('subscription-from').textContent).toContain('https://a.example/team.json');
  });
});
