// What the classic pages say, in the agent's language. The history's wording is the
// viewer's language, not the message's, as in the self-hosted tools this imitates.
export const STRINGS = {
  en: {
    home: 'Home', tickets: 'Tickets', search: 'Search', tools: 'Tools', newTicket: 'New ticket', loggedInAs: 'Logged in as',
    myTickets: '10 newest unowned tickets', queue: 'Queue', subject: 'Subject', requestor: 'Requestor', status: 'Status', created: 'Created', lastUpdated: 'Last updated',
    display: 'Display', history: 'History', basics: 'The Basics', people: 'People', dates: 'Dates', reply: 'Reply', comment: 'Comment', forward: 'Forward',
    id: 'Id', owner: 'Owner', requestors: 'Requestors', cc: 'Cc', adminCc: 'AdminCc', nobody: 'Nobody',
    loading: 'Loading...', ticketCreated: 'Ticket created', correspondenceAdded: 'Correspondence added', showQuoted: 'Show quoted text', hideQuoted: 'Hide quoted text',
    updateTicket: 'Update ticket', updateType: 'Update Type:', replyToRequestors: 'Reply to requestors', commentsPrivate: 'Comments (Not sent to requestors)',
    subjectLabel: 'Subject:', ccLabel: 'Cc:', bccLabel: 'Bcc:', messageLabel: 'Message:', attachLabel: 'Attach:', recipients: 'Scrips and Recipients', willBeSent: 'Reply will be sent to',
    typeHere: 'Type your message here', submit: 'Update Ticket', results: 'Correspondence added', open: 'open', new: 'new', noTicket: 'No ticket with that id.',
    mailbox: 'Mail', inbox: 'Inbox', drafts: 'Drafts', sent: 'Sent', junk: 'Junk', trash: 'Trash', from: 'From', to: 'To', date: 'Date', compose: 'Compose',
    replyAll: 'Reply all', send: 'Send', save: 'Save', editorType: 'Editor type', htmlEditor: 'HTML', messageSent: 'Message sent successfully.', backToList: 'Back to list',
    fromLabel: 'From', toLabel: 'To', wrote: 'wrote:', noMessage: 'Message not found.', messages: 'Messages',
  },
  ja: {
    home: 'ホーム', tickets: 'チケット', search: '検索', tools: 'ツール', newTicket: '新規チケット', loggedInAs: 'ログイン中:',
    myTickets: '担当者のいない最新チケット10件', queue: 'キュー', subject: '件名', requestor: '依頼者', status: 'ステータス', created: '作成日時', lastUpdated: '最終更新',
    display: '表示', history: '履歴', basics: '基本情報', people: '関係者', dates: '日時', reply: '返信', comment: 'コメント', forward: '転送',
    id: 'ID', owner: '担当者', requestors: '依頼者', cc: 'Cc', adminCc: '管理者Cc', nobody: 'なし',
    loading: '読み込み中...', ticketCreated: 'チケット作成', correspondenceAdded: '返信を追加', showQuoted: '引用部分を表示', hideQuoted: '引用部分を隠す',
    updateTicket: 'チケットの更新', updateType: '更新の種類:', replyToRequestors: '依頼者に返信', commentsPrivate: 'コメント（依頼者には送信されません）',
    subjectLabel: '件名:', ccLabel: 'Cc:', bccLabel: 'Bcc:', messageLabel: 'メッセージ:', attachLabel: '添付:', recipients: 'スクリップと受信者', willBeSent: '返信の送信先',
    typeHere: 'ここにメッセージを入力してください', submit: 'チケットを更新', results: '返信を追加しました', open: 'オープン', new: '新規', noTicket: 'そのIDのチケットはありません。',
    mailbox: 'メール', inbox: '受信トレイ', drafts: '下書き', sent: '送信済み', junk: '迷惑メール', trash: 'ごみ箱', from: '差出人', to: '宛先', date: '日付', compose: '作成',
    replyAll: '全員に返信', send: '送信', save: '保存', editorType: 'エディターの種類', htmlEditor: 'HTML', messageSent: 'メッセージを送信しました。', backToList: '一覧に戻る',
    fromLabel: '差出人', toLabel: '宛先', wrote: 'さんが書きました:', noMessage: 'メッセージが見つかりません。', messages: 'メッセージ',
  },
};

/** @typedef {keyof typeof STRINGS.en} StringKey */
/** @param {'ja' | 'en'} lang */
export const stringsFor = (lang) => STRINGS[lang] ?? STRINGS.en;

/** A date as the classic tools print it, in the server's zone (Asia/Tokyo here). @param {string} iso @param {'ja' | 'en'} lang */
export function classicDate(iso, lang) {
  const d = new Date(iso);
  const opts = /** @type {const} */ ({ timeZone: 'Asia/Tokyo', year: 'numeric', month: lang === 'ja' ? 'numeric' : 'short', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-US', opts).format(d);
}
