import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { diffSnapshot } from '../conversation/snapshot';
import { getDb } from '../db/db';
import { PAGE_PORT, PANEL_PORT, type HubToPanel, type HubToPage, type PageToHub, type PanelToHub } from '../messaging/messages';
import { startHub } from './hub';
import { page } from './testing';

/** How many of the next engine loads fail (the engine's script did not load, the worker was cut short). */
const engineLoads = vi.hoisted(() => ({ failing: 0 }));
vi.mock('../engine/load', async () => {
  const { engineApi } = await import('../engine/api');
  return {
    loadEngine: vi.fn(async () => {
      if (engineLoads.failing > 0) {
        engineLoads.failing--;
        throw new Error('/engine.js did not provide the engine');
      }
      return engineApi;
    }),
  };
});

interface FakePort<In, Out> {
  name: string;
  sender?: { tab: { id: number }; frameId: number };
  onMessage: { addListener(listener: (message: In) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  postMessage(message: Out): void;
  disconnect(): void;
  /** What the hub sent down this port. */
  received: Out[];
  /** The other end sends `message` to the hub. */
  send(message: In): void;
}

function fakePort<In, Out>(name: string, tabId?: number): FakePort<In, Out> {
  const listeners: ((message: In) => void)[] = [];
  const port: FakePort<In, Out> = {
    name,
    ...(tabId === undefined ? {} : { sender: { tab: { id: tabId }, frameId: 0 } }),
    onMessage: { addListener: (listener) => listeners.push(listener) },
    onDisconnect: { addListener: () => {} },
    postMessage: (message) => port.received.push(message),
    disconnect: () => {},
    received: [],
    send: (message) => listeners.forEach((listener) => listener(message)),
  };
  return port;
}

/** The hub, started on a fake browser that hands it the ports opened later. */
function hubWithPorts() {
  let connect: ((port: unknown) => void) | null = null;
  Object.assign(fakeBrowser.runtime, { onConnect: { addListener: (listener: (port: unknown) => void) => (connect = listener) } });
  Object.assign(fakeBrowser.tabs, { onRemoved: { addListener: () => {} } });
  Object.assign(fakeBrowser.action, { setBadgeText: async () => {} });
  startHub();
  return {
    open<In, Out>(name: string, tabId?: number) {
      const port = fakePort<In, Out>(name, tabId);
      connect!(port);
      return port;
    },
  };
}

const TAB = 7;
const desk = page({ turns: [{ id: 't1', from: 'customer', text: 'The parcel never came.' }] });

const detected = (port: FakePort<PanelToHub, HubToPanel>) =>
  port.received.some((message) => message.type === 'session' && message.session?.snapshot.health.detected === true);

describe('the background hub', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await getDb().delete();
    engineLoads.failing = 0;
    vi.stubGlobal('navigator', { language: 'en-US' }); // a worker's; Node 20 has none
  });

  it('shows a page as detected once its first patch arrives', async () => {
    const hub = hubWithPorts();
    const panel = hub.open<PanelToHub, HubToPanel>(PANEL_PORT);
    panel.send({ type: 'watch', tabId: TAB });
    hub.open<PageToHub, HubToPage>(PAGE_PORT, TAB).send({ type: 'patch', patch: diffSnapshot(null, desk)! });
    await vi.waitFor(() => expect(detected(panel)).toBe(true));
  });

  it('asks a page for its whole conversation again when the engine could not load for its first patch, once however many patches were lost', async () => {
    engineLoads.failing = 1;
    const hub = hubWithPorts();
    const panel = hub.open<PanelToHub, HubToPanel>(PANEL_PORT);
    panel.send({ type: 'watch', tabId: TAB });
    const tab = hub.open<PageToHub, HubToPage>(PAGE_PORT, TAB);
    tab.send({ type: 'patch', patch: diffSnapshot(null, desk)! });
    tab.send({ type: 'patch', patch: diffSnapshot(desk, { ...desk, draft: 'Sorry' })! });
    // A quiet page sends nothing more by itself: without the hub's request it would never show.
    await vi.waitFor(() => expect(tab.received).toContainEqual({ type: 'resync' }), { timeout: 5000 });
    expect(tab.received.filter((message) => message.type === 'resync')).toHaveLength(1);
    expect(detected(panel)).toBe(false);
    // The content script answers a resync with its whole snapshot.
    tab.send({ type: 'patch', patch: diffSnapshot(null, { ...desk, draft: 'Sorry' })! });
    await vi.waitFor(() => expect(detected(panel)).toBe(true));
  });
});
