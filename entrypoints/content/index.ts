import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapters, allMatches, observedAttributes, onToolHost, ownAdapters, pickAdapter } from '@/lib/page/adapters/registry';
import { createAdapterChooser, createClaimTest } from '@/lib/page/choose-adapter';
import { customToolsSetting, enabledSitesSetting, packToolsSetting } from '@/lib/page/settings';
import { effectiveTools } from '@/lib/tools/merge';
import { readSetting } from '@/lib/settings/store';
import { PAGE_PORT, type HubToPage, type PageToHub } from '@/lib/messaging/messages';
import { insertAtCaret, replaceSentence } from '@/lib/page/insert';
import { createPageWatcher } from '@/lib/page/page-watcher';
import { setDiagnosticsSink } from '@/lib/diagnostics/log';
import { onStructureNeeded, onStructureReady } from '@/lib/page/structure/api';

/*
 * Kizuki inside the support tool's page. Thin on purpose: read the page, send what changed,
 * insert a phrasing when asked. Rules are evaluated in the background, so a slow rule can
 * never freeze the tool.
 *
 *   start ─▶ read settings (packs' tools, console tools, enabled sites) ─▶ choose adapter ─▶ watcher.start
 *
 *   page mutation ─▶ observer callback: queue only ─┐
 *   keystroke (input event) ─▶ queue "soon" ────────┼─▶ one task: read (whole page, or the reply
 *                                                   │   box alone after a keystroke) ─▶ diff
 *                                                   └─▶ port "kizuki-page" ─▶ background hub
 *   background ─▶ "insert" ─▶ insertAtCaret (the editor's own input path) ─▶ "inserted"
 *   background ─▶ "resync" (after a worker restart) ─▶ send the whole snapshot again
 *   a part the adapter cannot find ─▶ "load-reader" ─▶ background injects reader.js ─▶ read again
 *   extension reloaded ─▶ ctx invalidated ─▶ watcher.stop, port closed, nothing left behind
 */
export default defineContentScript({
  matches: allMatches(),
  runAt: 'document_idle',
  async main(ctx) {
    // A page both the manifest and a registered script (a console or pack tool on the same
    // site) match would run Kizuki twice; the second copy leaves while the first is alive
    // (after the extension reloads, the old copy's context is no longer valid).
    const flags = globalThis as { __kizukiContent?: { isValid: boolean } };
    if (flags.__kizukiContent?.isValid) return;
    flags.__kizukiContent = ctx;
    let port: ReturnType<typeof browser.runtime.connect> | null = null;
    const post = (message: PageToHub) => port?.postMessage(message);
    setDiagnosticsSink((entry) => post({ type: 'diagnostic', where: entry.where, message: entry.message }));
    // The structural reader is fetched into the page the first time the page needs it.
    onStructureNeeded(() => post({ type: 'load-reader' }));
    // Tools the team's packs carry, in-house tools described in the console, and sites the agent enabled for the generic reader.
    const [packTools, consoleTools, enabledSites] = await Promise.all([
      readSetting(packToolsSetting).catch(() => packToolsSetting.fallback),
      readSetting(customToolsSetting).catch(() => customToolsSetting.fallback),
      readSetting(enabledSitesSetting).catch(() => enabledSitesSetting.fallback),
    ]);
    if (!ctx.isValid) return;
    const customTools = effectiveTools(packTools, consoleTools);
    // An override is read over the built-in tool's own code, not its structural fallback: that comes last, once.
    const chooseAdapter = createAdapterChooser(pickAdapter, customTools, enabledSites, ownAdapters);
    const watcher = createPageWatcher({
      document,
      url: () => location.href,
      pickAdapter: chooseAdapter,
      claims: createClaimTest(customTools, enabledSites, adapters, onToolHost),
      observedAttributes: observedAttributes(),
      send: (patch) => post({ type: 'patch', patch }),
    });

    const connect = () => {
      port = browser.runtime.connect({ name: PAGE_PORT });
      port.onMessage.addListener((raw) => {
        const message = raw as HubToPage;
        if (message.type === 'resync') watcher.resync();
        if (message.type === 'insert') {
          const composer = watcher.composer();
          const done = (ok: boolean) => post({ type: 'inserted', requestId: message.requestId, ok });
          if (!composer) done(false);
          else (message.replace ? replaceSentence(composer, message.replace, message.text) : insertAtCaret(composer, message.text)).then(done, () => done(false));
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
    const stopReady = onStructureReady(() => watcher.resync());
    ctx.onInvalidated(() => {
      stopReady();
      watcher.stop();
      port?.disconnect();
      port = null;
    });
  },
});
