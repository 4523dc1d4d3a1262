/**
 * The conversation's id from the address of a page Kizuki has never seen: a query parameter
 * named like an id, else the last path (or hash-route) part that looks like one. Null when the
 * address carries none (a compose page), so the background can continue the conversation the
 * agent came from instead of inventing a new one.
 */
const ID_KEYS = ['id', 'ticket', 'ticket_id', 'ticketid', 'tid', 'conversation', 'conversation_id', 'conversationid', 'thread', 'thread_id', 'case', 'case_id', 'issue', 'request', 'number', '_uid', 'uid', 'message', 'msg', 'chat', 'session'];

const CONVERSATION_WORDS = /^(t|tickets?|conversations?|threads?|cases?|requests?|chats?|issues?|messages?|inbox|mail)$/i;

function looksLikeId(part: string): boolean {
  if (/^\d{2,}$/.test(part)) return true; // 42, 2026030210000047
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(part)) return true; // a UUID
  if (/^[A-Z][A-Z0-9]+-\d+$/.test(part)) return true; // ITS-2291
  if (!/^[\w-]+$/.test(part)) return false;
  // An opaque token (base62, Gmail's thread ids): long, with digits and letters, or mixed case.
  return (part.length >= 10 && /\d/.test(part) && /[a-z]/i.test(part)) || (part.length >= 16 && /[a-z]/.test(part) && /[A-Z]/.test(part));
}

function fromQuery(search: string): string | null {
  const pairs = new Map<string, string>();
  for (const part of search.replace(/^[?#]/, '').split(/[&;]/)) {
    const eq = part.indexOf('=');
    if (eq > 0) pairs.set(part.slice(0, eq).toLowerCase(), part.slice(eq + 1));
  }
  for (const key of ID_KEYS) {
    const value = pairs.get(key);
    if (value && /^[\w.:-]{1,80}$/.test(value)) return value;
  }
  return null;
}

function fromPath(path: string): string | null {
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] as string;
    // "/tickets/7": a one-digit number is an id right after a word that names a conversation.
    if (looksLikeId(part) || (/^\d+$/.test(part) && CONVERSATION_WORDS.test(parts[i - 1] ?? ''))) return part;
  }
  return null;
}

export function conversationIdFromUrl(url: URL): string | null {
  const hash = url.hash.replace(/^#!?/, '');
  const hashPath = hash.split('?')[0] ?? '';
  // "#Conversation;id=KVP-358-QWE", "#/ticket?id=9": a hash that carries its own query.
  return fromQuery(url.search) ?? fromPath(url.pathname) ?? fromQuery(hash.includes('?') ? hash.slice(hash.indexOf('?')) : hash) ?? fromPath(hashPath);
}

/** "[example.test #42] Re: Broken", "Re: Order (#42)", 「【#42】」: a ticket number in a subject. */
const TICKET_NUMBER = /(?:\[[^\]]*#|【#?|\(#|#)(\d{1,12})(?:\]|】|\)|\b)/;

/**
 * A compose page names the conversation only in its subject: read the number from the subject
 * field (or the page title) when the address carries none.
 */
export function conversationIdFromPage(root: ParentNode): string | null {
  const fields = Array.from(root.querySelectorAll<HTMLInputElement>('input[name*="subject" i], input[id*="subject" i], input[aria-label*="subject" i], input[aria-label*="件名"]'));
  const texts = [...fields.map((f) => f.value || f.getAttribute('value') || ''), (root as Document).title ?? ''];
  for (const text of texts) {
    const found = TICKET_NUMBER.exec(text)?.[1];
    if (found) return found;
  }
  return null;
}
