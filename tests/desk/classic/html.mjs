// Server-side HTML for the classic pages: a tagged template that escapes every value unless
// it is already markup, and how a mail body is shown (quoted history folded, signature kept).

class Markup {
  /** @param {string} text */
  constructor(text) { this.text = text; }
  toString() { return this.text; }
}

/** @param {string} text markup that is safe as it is */
export const raw = (text) => new Markup(text);

/** @param {unknown} value */
export const escape = (value) => String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** @param {unknown} value @returns {string} */
const piece = (value) => {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(piece).join('');
  return value instanceof Markup ? value.text : escape(value);
};

/** @param {TemplateStringsArray} strings @param {...unknown} values */
export function html(strings, ...values) {
  return new Markup(strings.reduce((out, s, i) => out + s + (i < values.length ? piece(values[i]) : ''), ''));
}

const ATTRIBUTION = /^(On .+ wrote:|\d{4}年\d{1,2}月\d{1,2}日.*[:：])\s*$/;
const OUTLOOK = /^-{3,}\s*\S.*\S\s*-{3,}$|^_{6,}$/;

/**
 * Where the quoted history in a plain-text body starts: an Outlook separator, a quoted
 * line, and whether the line before it is the attribution ("On … wrote:").
 * @param {string[]} lines @returns {number} the first folded line, or -1
 */
export function quoteStart(lines) {
  return lines.findIndex((line, i) => OUTLOOK.test(line) || (line.startsWith('>') && (i === 0 || !lines[i - 1]?.startsWith('>'))));
}

/**
 * A plain-text body as the helpdesk shows it: lines with <br>, the quoted history folded
 * behind a "show" switch (hidden, but still in the page), the signature and the
 * attribution line left as they are.
 * @param {string} text @param {{ show: string, hide: string }} strings
 */
export function plainBody(text, strings) {
  const lines = text.split('\n');
  const at = quoteStart(lines);
  const visible = at < 0 ? lines : lines.slice(0, at);
  const lineBreaks = (/** @type {string[]} */ ls) => raw(ls.map(escape).join('<br>'));
  return html`<div class="stanza">${lineBreaks(visible)}${at < 0 ? '' : html`<br><button type="button" class="fold-switch" aria-expanded="false" data-show="${strings.show}" data-hide="${strings.hide}">${strings.show}</button><div class="stanza folded">${lineBreaks(lines.slice(at))}</div>`}</div>`;
}

/** An HTML mail's part, with its blockquote folded the same way. @param {string} markup @param {{ show: string, hide: string }} strings */
export function htmlBody(markup, strings) {
  const cleaned = markup.replace(/\sstyle="[^"]*"/g, '').replace(/<blockquote[^>]*>/, (open) => `<button type="button" class="fold-switch" aria-expanded="false" data-show="${escape(strings.show)}" data-hide="${escape(strings.hide)}">${escape(strings.show)}</button><div class="stanza folded">${open}`).replace(/<\/blockquote>(?![\s\S]*<\/blockquote>)/, '</blockquote></div>');
  return raw(cleaned);
}

/**
 * The message to quote in a reply, as a helpdesk puts it in the box: cut at the signature
 * (and at the older history), wrapped near 70 columns, every line prefixed with "> ".
 * @param {string} text
 */
export function quoteForReply(text) {
  const lines = text.split('\n');
  let end = lines.findIndex((l) => l === '-- ');
  const q = quoteStart(lines);
  if (q >= 0 && (end < 0 || q < end)) end = ATTRIBUTION.test(lines[q - 1] ?? '') ? q - 1 : q;
  const own = (end < 0 ? lines : lines.slice(0, end)).join('\n').replace(/\s+$/, '').split('\n');
  return own.flatMap((line) => wrap(line, 70)).map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
}

/** @param {string} line @param {number} width */
function wrap(line, width) {
  if (line.length <= width || !line.includes(' ')) return [line];
  const out = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) { out.push(current); current = word; } else current = current ? `${current} ${word}` : word;
  }
  out.push(current);
  return out;
}

/** A value as JSON inside a <script>, where entities mean nothing and "</" would end it. @param {unknown} value */
export const scriptJson = (value) => raw(JSON.stringify(value).replace(/</g, '\\u003c'));
