/**
 * Insider words in a reply: acronyms and codes the customer has to decode (OMS, WMS, DDI, EDI,
 * "status 4", "code 5", a status as the system spells it: PENDING_VALIDATION), and in Japanese a Latin acronym in the middle of a sentence (WMS上で,
 * 与信でNG) or an internal stage (在庫引当, 二次窓口, エスカレ, 物流2課). What everyone reads
 * (PDF, PIN, FAQ, URL, SMS, USB, UK, EU, am/pm, an order number such as HR-30917) is not jargon.
 */
import { firstHit, type Hit, shape, shapeSet, written, type Match } from './grammar';

/** Acronyms a customer reads without thinking. */
const EVERYDAY = new Set(['OK', 'PDF', 'PIN', 'FAQ', 'URL', 'SMS', 'USB', 'UK', 'US', 'USA', 'EU', 'AM', 'PM', 'ID', 'TV', 'PC', 'GB', 'MB', 'KB', 'TB', 'VAT', 'ATM', 'CEO', 'DVD', 'CD', 'GPS', 'HD', 'IT', 'NHS', 'UPS', 'DHL', 'DPD', 'ASAP', 'FYI', 'BST', 'GMT', 'UTC', 'JST', 'LED', 'LCD', 'WIFI', 'HDMI', 'QR', 'APP', 'IOS', 'MR', 'MRS', 'MS', 'DR', 'ST', 'RD', 'JP', 'JA', 'EN', 'I', 'A', 'CV', 'TEL', 'FAX', 'AI', 'SIM', 'SSD', 'RAM', 'CPU', 'ETC', 'CSV', 'XLS', 'XLSX', 'JPG', 'JPEG', 'PNG', 'ZIP', 'HTML', 'UTF', 'MP3', 'MP4', 'NFC', 'VPN', 'POS', 'ISBN']);

/** Refuses what is not an insider acronym: a word in lower case, or one everyone reads. */
const everyday = (m: Match) => {
  const word = written(m);
  return !/^[A-Z]{2,5}s?$/.test(word) || EVERYDAY.has(word.replace(/s$/, ''));
};

const SHAPES = shapeSet([
  // An acronym written in capitals, standing alone (not part of a code such as HR-30917).
  shape('(?<![a-z0-9&-])[a-z]{2,5}s?(?![a-z0-9&-])', everyday),
  // A status written as the system spells it: PENDING_VALIDATION, awaiting_dispatch (not inside an address or a link).
  shape('(?<![a-z0-9@/.:_-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![a-z0-9@/_-]|\\.[a-z])'),
  // A stage named by number: "status 4", "code 5", "level 2 queue".
  shape('(?<![a-z])(?:status|code|stage|tier|level|queue) \\d{1,3}(?![0-9])'),
  shape('在庫引当|引当(?:完了|処理|待ち)|二次窓口|一次窓口|エスカレ(?:案件|対応)?|与信|オーソリ|[\\u3400-\\u9fff]{2,4}\\d課|切り分け|起票|架電|受電|入電'),
]);

export function jargon(draft: string): Hit | null {
  return firstHit(draft, SHAPES);
}
