import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { CustomTool } from '@/lib/page/adapters/custom';
import { allMatches, pickAdapter } from '@/lib/page/adapters/registry';
import { CUSTOM_TOOLS_KEY, ENABLED_SITES_KEY, createAdapterChooser } from '@/lib/page/choose-adapter';
import { PAGE_PORT, type HubToPage, type PageToHub } from '@/lib/messaging/messages';
import { insertAtCaret } from '@/lib/page/insert';
import { createPageWatcher } from '@/lib/page/page-watcher';

// Thin on purpose: read the page, send what changed, insert phrasing when asked.
// Rules are evaluated in the background so a slow rule can never freeze the support tool.
export default defineContentScript({
  matches: allMatches(),
  runAt: 'document_idle',
  async main(ctx) {
    let port: ReturnType<typeof browser.runtime.connect> | null = null;
    const post = (message: PageToHub) => port?.postMessage(message);
    // In-house tools described by a team lead, and sites the agent enabled for the generic reader.
    const stored = await browser.storage.local.get([CUSTOM_TOOLS_KEY, ENABLED_SITES_KEY]).catch(() => ({}) as Record<string, unknown>);
    if (!ctx.isValid) return;
    const chooseAdapter = createAdapterChooser(
      pickAdapter,
      Array.isArray(stored[CUSTOM_TOOLS_KEY]) ? (stored[CUSTOM_TOOLS_KEY] as CustomTool[]) : [],
      Array.isArray(stored[ENABLED_SITES_KEY]) ? (stored[ENABLED_SITES_KEY] as string[]) : [],
    );
    const watcher = createPageWatcher({
      document,
      url: () => location.href,
      pickAdapter: chooseAdapter,
      send: (patch) => post({ type: 'patch', patch }),
    });

    const connect = () => {
      port = browser.runtime.connect({ name: PAGE_PORT });
      port.onMessage.addListener((raw) => {
        const message = raw as HubToPage;
        if (message.type === 'resync') watcher.resync();
        if (message.type === 'insert') {
          const composer = watcher.composer();
          post({ type: 'inserted', requestId: message.requestId, ok: !!composer && insertAtCaret(composer, message.text) });
        }
      });
      port.onDisconnect.addListener(() => {
        port = null;
        // The background restarted: reconnect and send the whole snapshot again.
        if (ctx.isValid) ctx.setTimeout(() => { connect(); watcher.resync(); }, 250);
      });
    };

    connect();
    watcher.start();
    ctx.onInvalidated(() => {
      watcher.stop();
      port?.disconnect();
      port = null;
    });
  },
});
