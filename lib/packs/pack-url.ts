const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export type PackUrlCheck =
  | { ok: true; url: string }
  | { ok: false; code: 'invalid-url' | 'insecure-url' | 'unsupported-scheme' };

/** HTTPS anywhere; plain HTTP only on this machine (a local test server). */
export function checkPackUrl(raw: string): PackUrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, code: 'invalid-url' };
  }
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol !== 'http:') return { ok: false, code: 'unsupported-scheme' };
  return LOCAL_HOSTS.has(url.hostname) ? { ok: true, url: url.href } : { ok: false, code: 'insecure-url' };
}
