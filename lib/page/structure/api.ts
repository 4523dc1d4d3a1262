import type { CustomTool } from '../../tools/schema';
import type { PageReading } from '../../conversation/snapshot';
import type { Adapter } from '../adapters/types';
import type { FoundReplyBox } from './reply-box';
import type { StructureOptions, StructureReading } from './read';

/**
 * The structural reader is not part of the content script that every support tool's page loads:
 * it is fetched into the page the first time a page needs it (a site read generically, a custom
 * tool, a known tool whose selectors stopped working), so the common case stays small.
 */
export interface StructureApi {
  readStructure(root: ParentNode, url: URL, options?: StructureOptions): StructureReading;
  findReplyBox(root: ParentNode): FoundReplyBox | null;
  customAdapter(tool: CustomTool, base?: Adapter): Adapter;
  /** For the console's preview of a tool description: the page read as the content script reads it, and what a selector finds. */
  readPage(adapter: Adapter, root: ParentNode, url: URL): { reading: PageReading; composer: HTMLElement | null };
  deepQueryAll(root: ParentNode, selector: string): Element[];
}

/**
 * The reader arrives as a script of its own (its own copy of this module), into the same
 * isolated world as the content script: the two meet on this global, which the page cannot see.
 */
interface Shared {
  __kizukiStructure?: StructureApi;
  __kizukiStructureReady?: () => void;
}
const shared = globalThis as Shared;

let asked = false;
let need: (() => void) | null = null;
const ready = new Set<() => void>();
// The reader's own copy of this module runs too, after the content script's: it must not
// replace the content script's hook with one that tells nobody.
shared.__kizukiStructureReady ??= () => {
  for (const listener of ready) listener();
};

/** The reader if it is here; otherwise null, and it is asked for (once). */
export function structure(): StructureApi | null {
  const api = shared.__kizukiStructure ?? null;
  if (!api && !asked && need) {
    asked = true;
    need();
  }
  return api;
}

/** How to fetch the reader (the content script asks the background to inject it). */
export function onStructureNeeded(ask: () => void): void {
  need = ask;
}

/** Called by the reader's own script once it has loaded into the page. */
export function provideStructure(reader: StructureApi): void {
  shared.__kizukiStructure = reader;
  shared.__kizukiStructureReady?.();
}

export function onStructureReady(listener: () => void): () => void {
  ready.add(listener);
  return () => ready.delete(listener);
}
