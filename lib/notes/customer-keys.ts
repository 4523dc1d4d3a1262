/**
 * One customer, many spellings: "Hanako@Example.com ", "+81 90-1234-5678" and the tool's
 * own customer id all have to land on the same key for the second call to find the first.
 */
export interface CustomerIdentity {
  email?: string;
  phone?: string;
  /** The support tool's customer id, scoped by tool so two tools' "123" never collide. */
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

export function customerKeys(identity: CustomerIdentity): string[] {
  const keys = [
    identity.email ? emailKey(identity.email) : undefined,
    identity.phone ? phoneKey(identity.phone) : undefined,
    identity.toolCustomerId?.trim() ? `id:${identity.tool ?? 'tool'}:${identity.toolCustomerId.trim()}` : undefined,
  ];
  return [...new Set(keys.filter((k): k is string => !!k))];
}

/**
 * Keys from the single `customer.key` string adapters read (the conversation JSON's shape):
 * an email, a phone number, or else the tool's own id.
 */
export function keysFromCustomerKey(raw: string | undefined, tool: string): string[] {
  if (!raw?.trim()) return [];
  const email = emailKey(raw);
  if (email) return [email];
  if (/^[\d\s()+\-‐－ー.]+$/.test(raw.normalize('NFKC').trim())) {
    const phone = phoneKey(raw);
    if (phone) return [phone];
  }
  return customerKeys({ toolCustomerId: raw, tool });
}
