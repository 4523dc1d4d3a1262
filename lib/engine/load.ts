import type { EngineApi } from './api';

/** The engine's own script in the background build (entrypoints/engine.ts). */
export const ENGINE_SCRIPT = '/engine.js';

/** The engine's script and the background meet on this global (each has its own copy of this module). */
interface Shared {
  __kizukiEngine?: EngineApi;
}
const shared = globalThis as Shared;

/** Called by the engine's own script once it has loaded. */
export function provideEngine(api: EngineApi): void {
  shared.__kizukiEngine = api;
}

let loading: Promise<EngineApi> | null = null;

/**
 * The engine, loaded the first time something needs it. Extension pages, the CLI and the tests
 * import it as a chunk; the background build (import.meta.env.KIZUKI_ENGINE_SCRIPT, set in
 * wxt.config.ts) loads its script instead, since a service worker cannot import().
 */
export function loadEngine(): Promise<EngineApi> {
  if (shared.__kizukiEngine) return Promise.resolve(shared.__kizukiEngine);
  loading ??= (import.meta.env.KIZUKI_ENGINE_SCRIPT ? fromScript() : import('./api').then((m) => m.engineApi)).catch((error: unknown) => {
    loading = null; // the next need tries again
    throw error;
  });
  return loading;
}

/** The worker's importScripts, or a script element in Firefox's background page. */
function fromScript(): Promise<EngineApi> {
  const scope = globalThis as { importScripts?: (url: string) => void; document?: Document };
  if (!scope.document && scope.importScripts) {
    scope.importScripts(ENGINE_SCRIPT);
    return shared.__kizukiEngine ? Promise.resolve(shared.__kizukiEngine) : Promise.reject(new Error(`${ENGINE_SCRIPT} did not provide the engine`));
  }
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = ENGINE_SCRIPT;
    script.onload = () => (shared.__kizukiEngine ? resolve(shared.__kizukiEngine) : reject(new Error(`${ENGINE_SCRIPT} did not provide the engine`)));
    script.onerror = () => reject(new Error(`${ENGINE_SCRIPT} did not load`));
    document.head.append(script);
  });
}

/**
 * A service worker may import a script after its first run only if it imported it while
 * installing; so the worker imports the engine once then, and later wakes load it on demand.
 * Must be called during the worker's first evaluation.
 */
export function keepEngineForLater(): void {
  const scope = globalThis as { importScripts?: (url: string) => void; document?: Document; addEventListener?: (type: string, listener: () => void) => void };
  if (scope.document || !scope.importScripts || !scope.addEventListener) return;
  scope.addEventListener('install', () => scope.importScripts!(ENGINE_SCRIPT));
}
