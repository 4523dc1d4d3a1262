import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StructureApi } from './api';

/** The reader arrives as a script of its own, with its own copy of api.ts, after the content script's. */
type Shared = { __kizukiStructure?: StructureApi; __kizukiStructureReady?: () => void };
const shared = globalThis as Shared;
const saved = { api: shared.__kizukiStructure, ready: shared.__kizukiStructureReady };

afterEach(() => {
  shared.__kizukiStructure = saved.api;
  shared.__kizukiStructureReady = saved.ready;
  vi.resetModules();
});

describe('the structural reader arriving in the page', () => {
  it('tells the content script it is here, though its own copy of the module loads second', async () => {
    delete shared.__kizukiStructure;
    delete shared.__kizukiStructureReady;
    vi.resetModules();
    const contentScript = await import('./api');
    const heard = vi.fn();
    contentScript.onStructureReady(heard);
    vi.resetModules();
    const reader = await import('./api');
    reader.provideStructure({} as StructureApi);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(contentScript.structure()).not.toBeNull();
  });
});
