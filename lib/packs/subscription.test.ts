import { describe, expect, it } from 'vitest';
import { sampleRule, samplePack } from './fixtures';
import { checkPackUrl, fetchPack, refreshSubscription, subscribeTo, type FetchLike } from './subscription';

const respond = (body: string, init: ResponseInit = {}): FetchLike => async () => new Response(body, init);

describe('pack URLs', () => {
  it('accepts HTTPS anywhere and plain HTTP only on this machine', () => {
    expect(checkPackUrl('https://packs.example.com/team.json')).toMatchObject({ ok: true });
    expect(checkPackUrl('http://localhost:8080/pack.json')).toMatchObject({ ok: true });
    expect(checkPackUrl('http://127.0.0.1:9/pack.json')).toMatchObject({ ok: true });
    expect(checkPackUrl('http://[::1]/pack.json')).toMatchObject({ ok: true });
    expect(checkPackUrl('http://packs.example.com/team.json')).toEqual({ ok: false, code: 'insecure-url' });
    expect(checkPackUrl('http://localhost.evil.example/pack.json')).toEqual({ ok: false, code: 'insecure-url' });
    expect(checkPackUrl('ftp://example.com/p.json')).toEqual({ ok: false, code: 'unsupported-scheme' });
    expect(checkPackUrl('not a url')).toEqual({ ok: false, code: 'invalid-url' });
  });
});

describe('fetching a pack', () => {
  it('sends If-None-Match when it has an ETag', async () => {
    let sent: HeadersInit | undefined;
    const outcome = await fetchPack('https://x.example/p.json', '"v1"', async (_url, init) => {
      sent = init.headers;
      return new Response(null, { status: 304 });
    });
    expect(sent).toEqual({ 'If-None-Match': '"v1"' });
    expect(outcome.kind).toBe('not-modified');
  });

  it('refuses a body over the size limit without reading all of it', async () => {
    const outcome = await fetchPack('https://x.example/p.json', undefined, respond('x'.repeat(2000)), { limit: 1000 });
    expect(outcome).toMatchObject({ kind: 'error', error: { code: 'too-large' } });
  });

  it('names each schema problem by JSON path', async () => {
    const broken = { ...samplePack(), rules: [{ ...sampleRule(), level: 'loud' }] };
    const outcome = await fetchPack('https://x.example/p.json', undefined, respond(JSON.stringify(broken)));
    expect(outcome.kind === 'error' && outcome.error.problems?.map((p) => p.path)).toContain('rules[0].level');
  });

  it('refuses plain HTTP to another host before any request', async () => {
    let called = false;
    const outcome = await fetchPack('http://packs.example.com/p.json', undefined, async () => {
      called = true;
      return new Response('{}');
    });
    expect(called).toBe(false);
    expect(outcome).toMatchObject({ kind: 'error', error: { code: 'insecure-url' } });
  });
});

describe('refreshing a subscription', () => {
  const good = JSON.stringify(samplePack());

  it('applies a valid pack and remembers its ETag', async () => {
    const state = await refreshSubscription(subscribeTo(null, 'https://x.example/p.json'), respond(good, { headers: { etag: '"a"' } }), 10);
    expect(state).toMatchObject({ etag: '"a"', lastGoodAt: 10, lastCheckedAt: 10 });
    expect(state.pack?.rules[0]?.id).toBe('say-thanks');
    expect(state.lastError).toBeUndefined();
  });

  it('keeps the last good pack when a later refresh is broken, and records why', async () => {
    const first = await refreshSubscription(subscribeTo(null, 'https://x.example/p.json'), respond(good, { headers: { etag: '"a"' } }), 10);
    const second = await refreshSubscription(first, respond('{"format": 2}'), 20);
    expect(second.pack).toEqual(first.pack);
    expect(second).toMatchObject({ lastGoodAt: 10, lastCheckedAt: 20, etag: '"a"', lastError: { code: 'invalid-pack' } });
    const third = await refreshSubscription(second, respond('', { status: 503 }), 30);
    expect(third.pack).toEqual(first.pack);
    expect(third.lastError).toEqual({ code: 'http-status', detail: '503' });
  });

  it('clears the error on a 304', async () => {
    const failed = { url: 'https://x.example/p.json', pack: samplePack(), etag: '"a"', lastError: { code: 'network' as const } };
    const state = await refreshSubscription(failed, async () => new Response(null, { status: 304 }), 5);
    expect(state.lastError).toBeUndefined();
    expect(state.pack).toEqual(samplePack());
  });

  it('keeps everything for the same URL', () => {
    const state = { url: 'https://a.example/p.json', pack: samplePack(), etag: '"a"' };
    expect(subscribeTo(state, 'https://a.example/p.json')).toEqual({ ...state, managed: false });
  });
});
