// @ts-check
// The desk's own UI text. The desk speaks the open scenario's language, like a helpdesk
// set up for a Japanese or an English team would.

const STRINGS = {
  en: {
    inbox: 'Inbox', navCustomers: 'Customers', navReports: 'Reports', searchPlaceholder: 'Search conversations', openTab: 'Open', mineTab: 'Mine',
    status: 'Available', selectConversation: 'Select a conversation',
    chat: 'Chat', voice: 'Phone', email: 'Email', inbound: 'Inbound', outbound: 'Outbound',
    ringing: 'Ringing', calling: 'Calling…', connected: 'Connected', 'on-hold': 'On hold', ended: 'Call ended', noCall: 'No active call',
    answer: 'Answer', hold: 'Hold', resume: 'Resume', hangUp: 'End call', cancelCall: 'Cancel',
    transcript: 'Live transcript', transcriptEmpty: 'The transcript appears here once the call is connected.',
    replyLabel: 'Reply', replyPlaceholder: 'Write a reply…', emailPlaceholder: 'Write your email reply…',
    notesLabel: 'Call notes', notesPlaceholder: 'Jot down notes during the call…', saveNote: 'Save note', note: 'Note',
    send: 'Send', sendHint: 'Ctrl+Enter to send', characters: '{n} characters',
    customer: 'Customer', emailLabel: 'Email', phoneLabel: 'Phone', keyLabel: 'Customer ID',
    earlierContacts: 'Earlier contacts', noHistory: 'No earlier contacts', thisConversation: 'This conversation',
    started: 'Started', channel: 'Channel', direction: 'Direction', you: 'You', agentName: '{name}',
    to: 'To', from: 'From', undo: 'Undo', redo: 'Redo', bold: 'Bold', italic: 'Italic', list: 'List', link: 'Link',
    emptyThread: 'No messages yet.',
  },
  ja: {
    inbox: '受信箱', navCustomers: '顧客', navReports: 'レポート', searchPlaceholder: '会話を検索', openTab: '対応中', mineTab: '自分の担当',
    status: '受付中', selectConversation: '会話を選択してください',
    chat: 'チャット', voice: '電話', email: 'メール', inbound: '着信・受信', outbound: '発信',
    ringing: '着信中', calling: '発信中…', connected: '通話中', 'on-hold': '保留中', ended: '通話終了', noCall: '通話なし',
    answer: '応答', hold: '保留', resume: '保留解除', hangUp: '終話', cancelCall: '発信取消',
    transcript: 'リアルタイム文字起こし', transcriptEmpty: '通話がつながると、ここに文字起こしが表示されます。',
    replyLabel: '返信', replyPlaceholder: '返信を入力…', emailPlaceholder: 'メールの返信を作成…',
    notesLabel: '通話メモ', notesPlaceholder: '通話中のメモを入力…', saveNote: 'メモを保存', note: 'メモ',
    send: '送信', sendHint: 'Ctrl+Enterで送信', characters: '{n}文字',
    customer: 'お客様情報', emailLabel: 'メール', phoneLabel: '電話番号', keyLabel: '顧客ID',
    earlierContacts: '過去の対応履歴', noHistory: '過去の対応はありません', thisConversation: 'この対応',
    started: '開始', channel: 'チャネル', direction: '方向', you: 'あなた', agentName: '担当 {name}',
    to: '宛先', from: '差出人', undo: '元に戻す', redo: 'やり直す', bold: '太字', italic: '斜体', list: 'リスト', link: 'リンク',
    emptyThread: 'まだメッセージはありません。',
  },
};

/** @typedef {'en' | 'ja'} Lang */
/** @typedef {keyof typeof STRINGS.en} StringKey */

/** @type {Lang} */
let current = 'en';

/** @param {Lang} lang */
export function setLang(lang) {
  current = lang === 'ja' ? 'ja' : 'en';
  document.documentElement.lang = current;
}

/** Translate the static page chrome marked with data-i18n. @param {ParentNode} root */
export function translateChrome(root) {
  for (const el of root.querySelectorAll('[data-i18n]')) {
    const key = /** @type {HTMLElement} */ (el).dataset.i18n;
    if (key && key in STRINGS.en) el.textContent = t(/** @type {StringKey} */ (key));
  }
}

export function lang() {
  return current;
}

/**
 * @param {StringKey} key
 * @param {Record<string, string | number>} [vars]
 */
export function t(key, vars = {}) {
  const text = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));
}
