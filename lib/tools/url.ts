/**
 * Addresses, the way a team lead writes them: match patterns for a tool's pages and templates
 * for where its conversation id sits. No regular expression a person typed is ever run, so
 * neither can be slow. No validator here: the content script uses this module.
 */

export type MatchProblem = 'format' | 'scheme' | 'host' | 'port-on-firefox';

const PATTERN = /^(\*|https?):\/\/(\*|\*\.[^/:*]+|[^/:*]+)(?::(\*|\d{1,5}))?(\/.*)$/;

/**
 * Why a match pattern cannot be used, or null. Chrome's match patterns may name a port
 * ("http://rt.example:8080/*"); Firefox's may not (its patterns match every port).
 */
export function matchPatternProblem(pattern: string, browser: 'chrome' | 'firefox' = 'chrome'): MatchProblem | null {
  const m = PATTERN.exec(pattern.trim());
  if (!m) return /^[a-z]+:\/\//i.test(pattern) && !/^(\*|https?):\/\//.test(pattern) ? 'scheme' : 'format';
  if (m[2] !== '*' && !/^(\*\.)?[\w.-]+$/.test(m[2] as string)) return 'host';
  if (m[3] !== undefined && browser === 'firefox') return 'port-on-firefox';
  if (m[3] !== undefined && m[3] !== '*' && Number(m[3]) > 65535) return 'format';
  return null;
}

/** Does `text` match `glob` ("*" = any run of characters)? Linear-time two-pointer matching, no regex. */
export function globMatches(glob: string, text: string): boolean {
  let g = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (g < glob.length && glob[g] !== '*' && glob[g] === text[t]) {
      g++;
      t++;
    } else if (g < glob.length && glob[g] === '*') {
      star = g++;
      mark = t;
    } else if (star !== -1) {
      g = star + 1;
      t = ++mark;
    } else return false;
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}

/** A test for URLs against a match pattern (Chrome's rules, ports included); null when it is not one. */
export function compileMatchPattern(pattern: string): ((url: URL) => boolean) | null {
  const m = PATTERN.exec(pattern.trim());
  if (!m || matchPatternProblem(pattern) !== null) return null;
  const [, scheme, host, port, path] = m as unknown as [string, string, string, string | undefined, string];
  return (url) => {
    const protocol = url.protocol.slice(0, -1);
    if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
    } else if (host !== '*' && url.hostname !== host) return false;
    if (port !== undefined && port !== '*' && (url.port || (protocol === 'https' ? '443' : '80')) !== port) return false;
    return globMatches(path, url.pathname + url.search);
  };
}

/** The query of a URL as pairs; classic tools separate them with ";" as well as "&". */
function queryPairs(search: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const part of search.replace(/^\?/, '').split(/[&;]/)) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    try {
      pairs.set(decodeURIComponent(part.slice(0, eq)), decodeURIComponent(part.slice(eq + 1).replace(/\+/g, ' ')));
    } catch {
      // A malformed escape is not an id.
    }
  }
  return pairs;
}

/** Why an id template cannot be used, or null. */
export function idTemplateProblem(template: string): 'one-id' | 'query' | null {
  const ids = template.match(/\{id\}/g)?.length ?? 0;
  if (ids !== 1) return 'one-id';
  const q = template.indexOf('?');
  if (q !== -1 && !/^[\w.-]+=\{id\}$/.test(template.slice(q + 1).replace(/#.*$/, ''))) return 'query';
  return null;
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

function pathMatcher(template: string): ((text: string) => string | null) {
  const source = template
    .split(/(\{id\}|\*)/)
    .map((part) => (part === '{id}' ? '([^/?#&;]+)' : part === '*' ? '[^/?#]*' : part.replace(ESCAPE, '\\$&')))
    .join('');
  const pattern = new RegExp(source);
  return (text) => {
    const found = pattern.exec(text)?.[1];
    if (!found) return null;
    try {
      return decodeURIComponent(found);
    } catch {
      return found;
    }
  };
}

/**
 * Reads the conversation id from an address. Templates: "/tickets/{id}" (the path, or the hash
 * of a single-page tool), "#/inbox/ * /conversation/{id}" without the spaces, "?id={id}" (the
 * query), "/Ticket/Display.html?id={id}" (this page's query). `*` skips one path part.
 */
export function compileIdTemplate(template: string): ((url: URL) => string | null) | null {
  if (idTemplateProblem(template)) return null;
  const q = template.indexOf('?');
  if (q !== -1) {
    const path = template.slice(0, q);
    const key = (template.slice(q + 1).split('=')[0] ?? '').trim();
    return (url) => {
      // "/Ticket/Display.html?id={id}": only on that page (the address may sit under a prefix).
      if (path && !globMatches(`*${path}`, url.pathname)) return null;
      const value = queryPairs(url.search).get(key) ?? queryPairs(url.hash.replace(/^#[^?]*/, '')).get(key);
      return value ? value : null;
    };
  }
  const match = pathMatcher(template);
  return (url) => match(url.pathname + url.hash);
}
