import { chatwootAdapter } from './chatwoot';
import { deskAdapter } from './desk';
import { freescoutAdapter } from './freescout';
import { freshdeskAdapter } from './freshdesk';
import { frontAdapter } from './front';
import { genericAdapter } from './generic';
import { compileMatchPattern } from '../../tools/url';
import { conversationIdFromUrl } from '../structure/conversation-id';
import { structure } from '../structure/api';
import { withFallbacks } from './fallback';
import { gmailAdapter } from './gmail';
import { helpscoutAdapter } from './helpscout';
import { intercomAdapter } from './intercom';
import type { Adapter } from './types';
import { zammadAdapter } from './zammad';
import { zendeskAdapter } from './zendesk';
import { reportFailure } from '../../diagnostics/log';

/**
 * Every support tool Kizuki reads, in the order they are tried. The stand-in desk comes
 * first (tests and demos), then tools recognised by host, then the open-source tools
 * recognised by route and markup on any host. The generic fallback is not listed: a
 * caller uses it only when nothing here detects the page.
 */
export const ownAdapters: Adapter[] = [
  deskAdapter,
  zendeskAdapter,
  intercomAdapter,
  freshdeskAdapter,
  helpscoutAdapter,
  frontAdapter,
  gmailAdapter,
  chatwootAdapter,
  zammadAdapter,
  freescoutAdapter,
];

/** The same, each falling back on the page's structure for a part its selectors no longer find. */
export const adapters: Adapter[] = ownAdapters.map(withFallbacks);

const hostTests = new Map<Adapter, ((url: URL) => boolean)[]>();

/** Is this address one of the tool's pages, by its match patterns alone? */
export function onToolHost(adapter: Adapter, url: URL): boolean {
  let tests = hostTests.get(adapter);
  if (!tests) hostTests.set(adapter, (tests = adapter.matches.map(compileMatchPattern).filter((t): t is (url: URL) => boolean => t !== null)));
  return tests.some((test) => test(url));
}

/**
 * The first adapter that recognises the page; an adapter whose detect throws is skipped.
 * When none does, a tool whose pages these are (by address, and the address names a
 * conversation) still reads the page, by its structure: new markup from the vendor must not
 * leave the agent without coaching.
 */
export function pickAdapter(root: ParentNode, url: URL, candidates: readonly Adapter[] = adapters): Adapter | null {
  for (const adapter of candidates) {
    try {
      if (adapter.detect(root, url)) return adapter;
    } catch (error) {
      // A broken detect must not hide the tools after it.
      reportFailure(`page: detect ${adapter.id}`, error);
    }
  }
  if (!conversationIdFromUrl(url)) return null;
  const onHost = candidates.find((adapter) => onToolHost(adapter, url));
  return onHost && structure()?.findReplyBox(root) ? onHost : null;
}

/**
 * Set at build time (wxt.config.ts, from KIZUKI_TEST_DESK=1): the e2e, demo and page-benchmark
 * builds read the stand-in desk; the store build does not.
 */
export const TEST_DESK_BUILD = import.meta.env.KIZUKI_TEST_DESK === true;

/**
 * Match patterns for the content script's manifest entry: the union of the adapters', less
 * the opt-in ones (read only once the agent enables the site) and, outside the builds that
 * drive it, the stand-in desk.
 */
export function allMatches({ testDesk = TEST_DESK_BUILD }: { testDesk?: boolean } = {}): string[] {
  const matched = adapters.filter((adapter) => !adapter.optIn && (testDesk || adapter.id !== deskAdapter.id));
  return [...new Set(matched.flatMap((adapter) => adapter.matches))];
}

/** Every attribute some adapter asked to be observed (a custom tool's call state adds its own). */
export function observedAttributes(extra: readonly Adapter[] = []): string[] {
  return [...new Set([...adapters, genericAdapter, ...extra].flatMap((adapter) => adapter.observe ?? []))];
}
