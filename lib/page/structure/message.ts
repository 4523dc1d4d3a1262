import { blockText, safeMatches } from '../adapters/shared';
import { ownWords, QUOTE_SELECTORS, SIGNATURE_SELECTORS } from '../text/email';

/**
 * One message block as a person reads it: who it is from (the header line, when it has one)
 * and what it says (the body: without the header, quoted history, signature or buttons).
 */
export interface MessageParts {
  /** The author line ("Ken Ito <ken@example.org> – Ticket created", "Sato · 10:42"), if any. */
  header: string;
  text: string;
  /** It is an internal note, a system event or a date line, not something said to the customer. */
  notSaid: boolean;
}

const NOT_TEXT = `${QUOTE_SELECTORS}, ${SIGNATURE_SELECTORS}, button, [role="button"], script, style, svg, [aria-hidden="true"], .sr-only, .visually-hidden`;
const NOTE_CLASS = /(^|[\s_-])(note|notes|private|internal|whisper|privatenote|private-note|internal-note|log-note)([\s_-]|$)/i;
const NOTE_LABEL = /(internal note|private note|added a note|left a note|社内メモ|内部メモ|プライベートメモ|メモを追加|がメモ)/i;
const EVENT = /\b(chat started|conversation started|chat ended|joined|left the|assigned|unassigned|changed|closed|reopened|merged|tagged|added tag|removed tag|started|ended|transferred|snoozed|marked as|set (the )?status|is typing)\b|(参加しました|退出しました|割り当て|タグを|が入力中|(チャット|会話|通話)(を)?(開始|終了)|(開始|終了|変更|追加|削除|転送|クローズ|再開|作成)(されました|しました))/i;
/** Words in a block's attributes that mark an automatic message or a teammates' side thread. */
const AUTOMATIC = /(^|[\s_-])(bot|automated|automation|auto-?reply|autoresponder|ai-agent|workflow|system)([\s_-]|$)/i;
/** What is said to a teammate, not to the customer: "@Jonas can we…", a mention element first. */
const MENTION_FIRST = /^@\S/;
/** A time or a read mark the tool prints at the end of a line: not the customer's words. */
const LINE_TAIL = /\s+(\d{1,2}:\d{2}(\s?[ap]\.?m\.?)?|既読|未読|seen|read|delivered|送信済み)(\s*[·•]\s*(既読|seen|read|delivered))?\s*$/i;
const DATE_ONLY = /^((today|yesterday|今日|昨日|本日)|(\w{3},? )?\w{3,9} \d{1,2}(, \d{4})?|\d{4}[-/年]\d{1,2}([-/月]\d{1,2}日?)?|\d{1,2}月\d{1,2}日(\(.\))?)$/i;
const HEADERISH = /@|\d{1,2}:\d{2}|\d{1,2}月\d{1,2}日|\b(wrote|posted|replied|commented|sent|ago|am|pm)\b|(が返信|が投稿|が送信|さんから|前$)/i;
const PROSE_START = /^(hi|hello|hey|dear|good (morning|afternoon|evening)|thanks|thank you|いつも|お世話|こんにちは|お問い合わせ|ご連絡|はじめまして)/i;

/** A line that says who and when, not what: short, names someone or a time, no sentence. */
function headerLine(line: string): boolean {
  const text = line.trim();
  if (!text || text.length > 100 || PROSE_START.test(text)) return false;
  if (/[,、]$/.test(text) || /(様|さん|殿|御中)$/.test(text)) return false; // "Hi Tom," / 「山田様」 open the body
  if (HEADERISH.test(text)) return true;
  const words = text.split(/\s+/).length;
  const cjk = (text.match(/[\u3040-\u30ff\u3400-\u9fff]/g) ?? []).length;
  return !/[.!?。！？]$/.test(text) && (cjk > 0 ? cjk <= 8 && words <= 3 : words <= 3);
}

function startsWithMention(item: Element, text: string): boolean {
  const mention = item.querySelector('.mention, [data-mention], [data-type="mention"]')?.textContent?.trim();
  return !!mention && text.startsWith(mention);
}

const HEADER_MARK = /(header|meta|author|sender|byline|from|username|user-name|name|info|heading|caption|top|title)/i;

/** The block that names the author, by what the tool calls it (header, meta, byline…), near the top. */
function headerElement(item: Element): Element | null {
  const whole = (item.textContent ?? '').trim().length;
  const walk = (el: Element, depth: number): Element | null => {
    for (const child of Array.from(el.children).slice(0, 4)) {
      const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!text) continue;
      const marks = `${child.getAttribute('class') ?? ''} ${child.getAttribute('data-testid') ?? ''} ${child.getAttribute('data-test-id') ?? ''} ${child.getAttribute('data-qa-type') ?? ''}`;
      if (HEADER_MARK.test(marks) && !/body|content|text|message-body/i.test(marks) && text.length < 140 && text.length < whole * 0.6) return child;
      if (depth < 3 && !/body|content|text/i.test(marks)) {
        const inner = walk(child, depth + 1);
        if (inner) return inner;
      }
      // Only what comes first can be the header.
      return null;
    }
    return null;
  };
  return walk(item, 0);
}

export function messageParts(item: Element): MessageParts {
  const marked = headerElement(item);
  const lines = blockText(item, (el) => el === marked || safeMatches(el, NOT_TEXT)).split('\n').filter((l) => !/^\s*(\d{1,2}:\d{2}(\s?[ap]\.?m\.?)?|既読|seen|read|delivered)\s*$/i.test(l));
  let start = 0;
  while (!marked && start < Math.min(3, lines.length - 1) && headerLine(lines[start] ?? '')) start++;
  const header = (marked ? blockText(marked) : lines.slice(0, start).join(' ')).replace(/\s+/g, ' ').trim();
  const text = ownWords(lines.slice(start).map((l) => l.replace(LINE_TAIL, '')).join('\n')).trim();
  const attributes = ['class', 'data-type', 'aria-label', 'aria-roledescription', 'data-testid', 'data-test-id', 'data-qa-type'].map((a) => item.getAttribute(a) ?? '').join(' ');
  const short = text.length < 90 && !/[.!?。！？]/.test(text);
  const notSaid = NOTE_CLASS.test(attributes)
    || AUTOMATIC.test(attributes)
    || MENTION_FIRST.test(text) || startsWithMention(item, text)
    || NOTE_LABEL.test(header) || NOTE_LABEL.test(text.slice(0, 40))
    || (short && EVENT.test(`${header} ${text}`))
    || (!header && DATE_ONLY.test(text))
    || (!text && !!header && EVENT.test(header));
  return { header, text, notSaid };
}
