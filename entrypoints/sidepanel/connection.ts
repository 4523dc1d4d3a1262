import { browser } from 'wxt/browser';
import { PANEL_PORT, type HubToPanel, type PanelToHub } from '@/lib/messaging/messages';
import { usePanelStore } from '@/lib/panel/store';
import { runTopCommand } from '@/lib/panel/commands';
import { receivedSession } from '@/lib/messaging/panel-transport';

/** Which tab this panel follows: `?tabId=N`, or else the active tab of this window. */
async function resolveTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Keeps a port open to the background and mirrors the watched tab's session into the store. */
export function connectPanel(): () => void {
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let closed = false;
  const followsActiveTab = !new URLSearchParams(location.search).has('tabId');

  const send = (message: PanelToHub) => port?.postMessage(message);
  const watch = async () => {
    const tabId = await resolveTabId();
    usePanelStore.getState().setTabId(tabId);
    if (tabId !== null) send({ type: 'watch', tabId });
  };

  const open = () => {
    port = browser.runtime.connect({ name: PANEL_PORT });
    port.onMessage.addListener((raw) => {
      const message = raw as HubToPanel;
      if (message.type === 'session') {
        const store = usePanelStore.getState();
        store.setSession(receivedSession(message, store.session));
      }
      if (message.type === 'inserted') usePanelStore.getState().setLastInsert(message.ok);
      if (message.type === 'page-access') usePanelStore.getState().setPageAccess(message.tabId);
      if (message.type === 'command') runTopCommand(message.command);
    });
    port.onDisconnect.addListener(() => {
      port = null;
      if (!closed) setTimeout(open, 250);
    });
    void watch();
  };

  usePanelStore.getState().setSender(send);
  open();
  const onActivated = () => void watch();
  if (followsActiveTab) browser.tabs.onActivated.addListener(onActivated);
  return () => {
    closed = true;
    if (followsActiveTab) browser.tabs.onActivated.removeListener(onActivated);
    port?.disconnect();
  };
}
