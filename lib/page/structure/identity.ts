import { emailIn } from '../adapters/shared';

/**
 * Who the customer is, as the page shows it outside the thread: a mailto link, a labelled
 * "Requester"/"From"/「お客様」 field, the ticket's people box. Used to tell the customer's
 * messages from the team's when the markup says nothing about sides.
 */
export interface Identity {
  name?: string;
  email?: string;
}

const LABEL = /^(requester|requestor|customer|contact|client|from|user|end user|visitor|name|依頼者|お客様|顧客|差出人|問い合わせ者|担当お客様|氏名|名前)\s*[:：]?\s*$/i;
const PEOPLE = '[class*="requester" i], [class*="requestor" i], [class*="customer" i], [class*="contact" i], [class*="visitor" i], [class*="people" i], [data-test-id*="customer" i], [data-testid*="customer" i], [aria-label*="customer" i]';

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** "Ken Ito <ken@example.org>" → name and email. */
export function parseAddress(text: string): Identity {
  const email = emailIn(text);
  const name = clean(text.replace(/<[^>]*>/g, '').replace(email ?? '\u0000', '').replace(/["'()]/g, ''));
  return { ...(name && name.length < 60 ? { name } : {}), ...(email ? { email: email.toLowerCase() } : {}) };
}

/**
 * The address in a box, and the name beside it: the element holding the address, with the
 * short text just before it as the name (a heading like 「顧客情報」 above them is not a name).
 */
function addressIn(box: Element): Identity {
  const mail = box.querySelector('a[href^="mailto:"]');
  const holder = mail ?? Array.from(box.querySelectorAll('*')).find((el) => el.children.length === 0 && emailIn(el.textContent));
  if (!holder) return parseAddress(clean(box.textContent));
  const email = emailIn(mail?.getAttribute('href') ?? holder.textContent)?.toLowerCase();
  const own = parseAddress(clean(holder.textContent));
  const before = holder.previousElementSibling;
  const name = own.name ?? (before && !before.children.length ? clean(before.textContent) : undefined);
  return { ...(name && name.length < 60 && !emailIn(name) ? { name } : {}), ...(email ? { email } : {}) };
}

export function pageCustomer(root: ParentNode, exclude: Element | null): Identity {
  const outside = (el: Element) => !exclude || !exclude.contains(el);
  // 1. A people/customer box with an address in it.
  for (const box of Array.from(root.querySelectorAll(PEOPLE)).slice(0, 40)) {
    if (!outside(box)) continue;
    const found = addressIn(box);
    if (found.email) return found;
  }
  // 2. A label ("Requester:", 「お客様」) followed by the value.
  for (const label of Array.from(root.querySelectorAll('th, dt, label, td, span, strong, b')).slice(0, 800)) {
    if (!outside(label) || !LABEL.test(clean(label.textContent))) continue;
    const value = label.nextElementSibling ?? label.parentElement?.nextElementSibling;
    const found = parseAddress(clean(value?.textContent));
    if (found.email || found.name) return found;
  }
  // 3. Any mailto link outside the thread.
  for (const mail of Array.from(root.querySelectorAll('a[href^="mailto:"]')).slice(0, 40)) {
    if (outside(mail)) return parseAddress(`${clean(mail.textContent)} ${mail.getAttribute('href')?.slice(7) ?? ''}`);
  }
  return {};
}

/** Does a header line name this person (by address, or by a name of two characters or more)? */
export function names(header: string, who: Identity): boolean {
  const h = header.toLowerCase();
  if (who.email && h.includes(who.email)) return true;
  if (!who.name || who.name.length < 2) return false;
  const name = who.name.toLowerCase();
  if (h.includes(name)) return true;
  // "Hanako Yamada" vs "Yamada Hanako", 「山田 花子」 vs 「山田花子」.
  const parts = name.split(/\s+/).filter((p) => p.length >= 2);
  return parts.length > 1 && parts.every((p) => h.includes(p)) || h.replace(/\s+/g, '').includes(name.replace(/\s+/g, ''));
}
