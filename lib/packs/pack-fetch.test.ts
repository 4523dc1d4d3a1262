// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sampleRule, samplePack } from './fixtures';
import { fetchPack, refreshSubscription, subscribeTo, type FetchLike } from './subscription';

const respond = (body: BodyInit | null, init: ResponseInit = {}): FetchLike => async () => new Response(body, init);
const good = JSON.stringify(samplePack());

describe('a pack server that never finishes', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    // Answers at once, then sends one byte every 50 ms and never ends the body.
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{');
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('is cut off when the time is up, over a real connection, and the refresh records why', async () => {
    const started = Date.now();
    const state = await refreshSubscription(subscribeTo(null, `${base}/trickle.json`), (url, init) => fetch(url, init), 5, { timeoutMs: 400 });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(state).toMatchObject({ lastCheckedAt: 5, lastError: { code: 'timeout' } });
    expect(state.pack).toBeUndefined();
  });
});

describe('fetch deadlines', () => {
  afterEach(() => vi.useRealTimers());

  it('settle even when the fetch ignores the abort signal', async () => {
    vi.useFakeTimers();
    const outcome = fetchPack('https://x.example/p.json', undefined, () => new Promise<Response>(() => {}), { timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    await expect(outcome).resolves.toEqual({ kind: 'error', error: { code: 'timeout', detail: '1' } });
  });

  it('abort the request when the time is up', async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    const outcome = fetchPack('https://x.example/p.json', undefined, (_url, init) => {
      signal = init.signal ?? undefined;
      return new Promise<Response>(() => {});
    }, { timeoutMs: 500 });
    await vi.advanceTimersByTimeAsync(500);
    await outcome;
    expect(signal?.aborted).toBe(true);
  });
});

describe('redirects', () => {
  /** A server's answers by URL, and a fetch that follows redirects by itself unless told "manual". */
  function site(pages: Record<string, () => Response>) {
    const asked: string[] = [];
    const fetchFn: FetchLike = async (url, init) => {
      asked.push(url);
      const response = pages[url]?.() ?? new Response('', { status: 404 });
      const location = response.headers.get('location');
      if (location && init.redirect !== 'manual') return fetchFn(new URL(location, url).href, init);
      return response;
    };
    return { asked, fetchFn };
  }
  const redirect = (location: string) => () => new Response(null, { status: 302, headers: { location } });

  it('never asks a plain-http address a redirect points to, and says where it pointed', async () => {
    const { asked, fetchFn } = site({
      'https://packs.example.com/team.json': redirect('http://packs.example.com/team.json'),
      'http://packs.example.com/team.json': () => new Response(good),
    });
    const outcome = await fetchPack('https://packs.example.com/team.json', undefined, fetchFn);
    expect(asked).toEqual(['https://packs.example.com/team.json']);
    expect(outcome).toEqual({ kind: 'error', error: { code: 'insecure-redirect', detail: 'http://packs.example.com/team.json' } });
  });

  it('follows a redirect to another HTTPS address after checking it', async () => {
    const { asked, fetchFn } = site({
      'https://packs.example.com/team.json': redirect('/v2/team.json'),
      'https://packs.example.com/v2/team.json': () => new Response(good),
    });
    const outcome = await fetchPack('https://packs.example.com/team.json', undefined, fetchFn);
    expect(outcome.kind).toBe('pack');
    expect(asked).toEqual(['https://packs.example.com/team.json', 'https://packs.example.com/v2/team.json']);
  });

  it('stops after a few redirects', async () => {
    const { fetchFn } = site({ 'https://x.example/a': redirect('https://x.example/b'), 'https://x.example/b': redirect('https://x.example/a') });
    expect(await fetchPack('https://x.example/a', undefined, fetchFn)).toMatchObject({ kind: 'error', error: { code: 'too-many-redirects' } });
  });

  it('refuses a redirect the browser hides, since where it leads cannot be checked', async () => {
    const opaque = Object.defineProperty(new Response(null), 'type', { value: 'opaqueredirect' });
    expect(await fetchPack('https://x.example/p.json', undefined, async () => opaque)).toEqual({ kind: 'error', error: { code: 'redirect-hidden', detail: 'https://x.example/p.json' } });
  });
});

describe('what a pack URL may serve', () => {
  it('refuses a pack whose rule fails its own example, naming the example, and keeps the last good pack', async () => {
    const first = await refreshSubscription(subscribeTo(null, 'https://x.example/p.json'), respond(good), 10);
    const failing = samplePack([sampleRule('say-thanks', { examples: { fire: [{ lang: 'en', turns: [{ from: 'customer', text: 'Hello there.' }], draft: 'Hi!' }] } })]);
    const second = await refreshSubscription(first, respond(JSON.stringify(failing)), 20);
    expect(second.pack).toEqual(first.pack);
    expect(second.lastError).toMatchObject({ code: 'failing-examples', problems: [{ path: 'rules[0].examples.fire[0]', ruleId: 'say-thanks' }] });
  });

  it('records why a pack nested thousands deep was refused, by JSON path', async () => {
    let when = '{"state":"active"}';
    for (let i = 0; i < 3000; i++) when = `{"not":${when}}`;
    const deep = JSON.stringify(samplePack()).replace('{"customerLast":{"phrases":["refund","返金"]}}', when);
    const state = await refreshSubscription(subscribeTo(null, 'https://x.example/p.json'), respond(deep), 10);
    expect(state.lastError).toMatchObject({ code: 'invalid-pack', problems: [{ path: expect.stringMatching(/^rules\[0\]\.when(\.not)+$/) }] });
  });

  it('refuses a body that is not UTF-8', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(good.slice(0, -2)), 0x95, 0xd4, 0x7d]);
    expect(await fetchPack('https://x.example/p.json', undefined, respond(bytes))).toMatchObject({ kind: 'error', error: { code: 'not-utf8', problems: [{ path: '$' }] } });
  });

  it('keeps only the first problems of a long refusal, and how many there were', async () => {
    const rules = Array.from({ length: 1000 }, (_, i) => ({ ...sampleRule(`r-${i}`), level: 'loud' }));
    const outcome = await fetchPack('https://x.example/p.json', undefined, respond(JSON.stringify({ ...samplePack(), rules })));
    expect(outcome.kind === 'error' && outcome.error.problems).toHaveLength(50);
    expect(outcome.kind === 'error' && outcome.error.problemCount).toBe(1000);
  });
});

describe('changing the subscription URL', () => {
  const hq = samplePack([sampleRule('hq-rule')], { id: 'hq', name: 'HQ' });
  const fresh = samplePack([sampleRule('new-rule')], { id: 'fresh', name: 'Fresh' });

  it('keeps the last good pack in use until the new address has given one', async () => {
    const old = await refreshSubscription(subscribeTo(null, 'https://a.example/p.json'), respond(JSON.stringify(hq), { headers: { etag: '"a"' } }), 10);
    const moved = subscribeTo(old, 'https://b.example/p.json');
    expect(moved).toMatchObject({ url: 'https://b.example/p.json', pack: hq, from: { url: 'https://a.example/p.json', managed: false } });

    let sent: HeadersInit | undefined;
    const failed = await refreshSubscription(moved, async (_url, init) => {
      sent = init.headers;
      return new Response('', { status: 503 });
    }, 20);
    // The old address's ETag means nothing to the new one.
    expect(sent).toEqual({});
    expect(failed).toMatchObject({ pack: hq, from: { url: 'https://a.example/p.json' }, lastError: { code: 'http-status' } });

    const loaded = await refreshSubscription(failed, respond(JSON.stringify(fresh)), 30);
    expect(loaded.pack).toEqual(fresh);
    expect(loaded.from).toBeUndefined();
    expect(loaded).toMatchObject({ lastGoodAt: 30, url: 'https://b.example/p.json' });
  });
});
