/**
 * One customer, many spellings: "Hanako@Example.com ", "+81 90-1234-5678" and the tool's
 * own customer id all have to land on the same key for the second call to find the first.
 *
 * And one key per tool and site: what a page shows is what that page claims, so a key is
 * scoped to the tool that read it and the site it was read on
 * ("zendesk@https://acme.zendesk.com:email:hanako@example.com"). A page on another site, or
 * another tool, that puts the same address on screen never reaches this customer's history.
 */
export interface CustomerIdentity {
  email?: string;
  phone?: string;
  /** The support tool's own customer id. */
  toolCustomerId?: string;
  tool?: string;
}

export function emailKey(email: string): string | undefined {
  const value = email.normalize('NFKC').trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(value) ? `email:${value}` : undefined;
}

/** Digits only; a Japanese +81 prefix becomes the domestic 0 so both spellings match. */
export function phoneKey(phone: string): string | undefined {
  const value = phone.normalize('NFKC').trim();
  let digits = value.replace(/\D/g, '');
  if (value.startsWith('+81')) digits = `0${digits.slice(2)}`;
  return digits.length >= 6 ? `tel:${digits}` : undefined;
}

/** The unscoped keys of an identity (as version 1 stored them: `id:` keys name their tool). */
export function customerKeys(identity: CustomerIdentity): string[] {
  const keys = [
    identity.email ? emailKey(identity.email) : undefined,
    identity.phone ? phoneKey(identity.phone) : undefined,
    identity.toolCustomerId?.trim() ? `id:${identity.tool ?? 'tool'}:${identity.toolCustomerId.trim()}` : undefined,
  ];
  return [...new Set(keys.filter((k): k is string => !!k))];
}

/** "zendesk@https://acme.zendesk.com": the tool and the site a customer key belongs to; null without a web page. */
export function customerScope(tool: string | null | undefined, pageUrl: string | null | undefined): string | null {
  if (!tool || !pageUrl) return null;
  try {
    const { origin } = new URL(pageUrl);
    return origin && origin !== 'null' ? `${tool}@${origin}` : null;
  } catch {
    return null;
  }
}

/**
 * Keys from the single `customer.key` string adapters read (the conversation JSON's shape): an
 * email, a phone number, or else the tool's own id, each scoped. Without a scope, no key: a
 * customer Kizuki cannot place is not linked to anyone.
 */
export function keysFromCustomerKey(raw: string | undefined, scope: string | null): string[] {
  if (!scope || !raw?.trim()) return [];
  const value = raw.normalize('NFKC').trim();
  const email = emailKey(raw);
  const phone = /^[\d\s()+\-‐－ー.]+$/.test(value) ? phoneKey(raw) : undefined;
  return [`${scope}:${email ?? phone ?? `id:${raw.trim()}`}`];
}

/** "hanako@example.jp · acme.zendesk.com", for a person choosing among keys. */
export function describeCustomerKey(key: string): string {
  const scoped = /^[a-z0-9-]+@([^:]+:\/\/[^/]+?|unknown):(?:email|tel|id):(.*)$/s.exec(key);
  if (!scoped) return key.replace(/^(?:email|tel|id):/, '');
  const site = scoped[1] === 'unknown' ? '' : ` · ${scoped[1]!.replace(/^[a-z]+:\/\//, '')}`;
  return `${scoped[2]}${site}`;
}
