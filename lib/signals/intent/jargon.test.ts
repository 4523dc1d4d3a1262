import { detectorCases } from './cases.testing';
import { jargon } from './jargon';

detectorCases('jargon', jargon, [
  ['The RMA was raised yesterday.', 'RMA'],
  ['It is queued in our CRM until Monday.', 'CRM'],
  ['Your ticket is at stage 3 of the review.', 'stage 3'],
  ['ご注文はSKU違いで保留になっております。', 'SKU'],
  ['在庫引当が完了次第、発送いたします。', '在庫引当'],
  ['二次窓口よりご連絡いたします。', '二次窓口'],
  ['Once the order goes from AWAITING_STOCK to the next step, we book a van.', 'AWAITING_STOCK'],
  ['ステータスがback_orderのため、出荷が止まっております。', 'back_order'],
], [
  'Write to returns_team@example.com with the photos.',
  'Your form is at https://example.com/claim_form and takes two minutes.',
  'I have attached photo_1.jpg for you.',
  'I have attached the PDF of your invoice.',
  'Please enter the PIN we sent by SMS.',
  'Your order HR-30917 ships today via DPD.',
  'See the FAQ at the link below.',
  'It will arrive by 3 PM on Friday.',
  'ご注文番号AB-1234の件、本日発送いたしました。',
  'PDFをお送りいたします。',
  'Ok, we have refunded you.',
]);
