/**
 * Email-shaped text: what a person wrote, without the history their mail client quoted below
 * (or above) it and without their signature. Used for every message Kizuki reads and for the
 * agent's draft, whichever tool the page belongs to: a quoted "This is unacceptable!" from last
 * week is not what the customer is saying now.
 */

/** Markup mail clients and helpdesks wrap quoted history in. */
export const QUOTE_SELECTORS = [
  'blockquote', '.gmail_quote', '.gmail_attr', '.moz-cite-prefix', '[type="cite"]', '.yahoo_quoted', '#divRplyFwdMsg',
  '#appendonsend', '.OutlookMessageHeader', '.quoted', '.zd-quote',
].join(', ');

/** Markup mail clients and helpdesks wrap a signature in. */
export const SIGNATURE_SELECTORS = ['.gmail_signature', '[data-smartmail="gmail_signature"]', '.moz-signature', '.signature', '.email-signature'].join(', ');

/** A line that introduces quoted history: everything from it on is the earlier mail. */
const ATTRIBUTION = [
  /^on\b.{4,200}\b(wrote|writes)\s*:\s*$/i,
  /^-{2,}\s*(original message|forwarded message|元のメッセージ|転送されたメッセージ)\s*-{2,}/i,
  /^_{5,}\s*$/,
  // 「2025年6月3日(火) 15:40 山田 花子 <hanako@example.jp>:」 and 「…さんは書きました:」
  /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,120}[:：]\s*$/,
  /^\d{4}[/-]\d{1,2}[/-]\d{1,2}.{0,120}(wrote|書きました)\s*[:：]?\s*$/i,
  /^.{1,120}(さんは書きました|wrote)\s*[:：]\s*$/i,
];

/** Outlook-style headers of a quoted mail: "From:" followed closely by "Sent:"/"Date:"/"To:"/"Subject:". */
const HEADER_FROM = /^(from|差出人|送信者)\s*[:：]/i;
const HEADER_NEXT = /^(sent|date|to|subject|cc|送信日時|日時|宛先|件名)\s*[:：]/i;

/** The conventional signature separator, and the footers phones add. */
const SIGNATURE_START = [/^-- ?$/, /^—\s*$/];
const MOBILE_FOOTER = /^(sent from my [\w\s]+|get outlook for \w+|sent from (mail|yahoo mail|outlook) for \w+|iphoneから送信|android\s*から送信|ipadから送信|\S+ から送信)\s*$/i;

function attributionAt(lines: readonly string[], i: number): boolean {
  const line = (lines[i] ?? '').trim();
  if (ATTRIBUTION.some((re) => re.test(line))) return true;
  // "On Tue, 3 Jun 2025 at 15:40, Ken Ito <ken@example.org>" / "wrote:" broken over two lines.
  if (/^on\b/i.test(line) && /^(wrote|writes)\s*:\s*$/i.test((lines[i + 1] ?? '').trim())) return true;
  if (HEADER_FROM.test(line)) {
    const next = lines.slice(i + 1, i + 5).map((l) => l.trim());
    return next.filter((l) => HEADER_NEXT.test(l)).length >= 2;
  }
  return false;
}

/** The text without the mail it quotes: lines from an attribution on, and every "> " line. */
export function withoutQuotedHistory(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (attributionAt(lines, i)) break;
    if (/^\s*(>|＞)/.test(lines[i] ?? '')) continue;
    kept.push(lines[i] ?? '');
  }
  return kept.join('\n');
}

/** The text without a signature block ("-- " and what follows) or a phone's footer. */
export function withoutSignature(text: string): string {
  const lines = text.split('\n');
  const cut = lines.findIndex((line, i) => SIGNATURE_START.some((re) => re.test(line)) && i > 0);
  const body = cut === -1 ? lines : lines.slice(0, cut);
  while (body.length && MOBILE_FOOTER.test((body.at(-1) ?? '').trim())) body.pop();
  return body.join('\n');
}

/** What the person wrote in this message: no quoted history, no signature, no trailing blank lines. */
export function ownWords(text: string): string {
  return withoutSignature(withoutQuotedHistory(text)).replace(/(\n[ \t]*)+$/, '');
}
