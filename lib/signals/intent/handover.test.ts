import { detectorCases } from './cases.testing';
import { handover } from './handover';

detectorCases('handover', handover, [
  ['返金の可否は店長の佐藤が確認し、明日の正午までにご連絡いたします。', '店長の佐藤が'],
  ['営業部長の田中より、本日中にお電話いたします。', '営業部長の田中より'],
  ["I'm passing this to my supervisor now and she'll call you before 5.", "I'm passing this to"],
  ['My manager will ring you tomorrow morning with an answer.', 'My manager will'],
  // A full stop inside a time does not end the sentence.
  ['Our billing team will call you by 5.30pm.', 'Our billing team will'],
  ["I've escalated it to the billing team, who will reply within 24 hours.", "I've escalated it to"],
  ["I'm putting you through to my team leader.", "I'm putting you through"],
  ['経緯をまとめて上長に引き継ぎ、本日中に責任者よりご連絡いたします。', '上長に'],
  ['責任者の桜井に代わります。', 'に代わります'],
  ['この件はただいま責任者に申し伝えます。', '責任者に'],
  ['本件は店長の佐々木が引き継ぎます。明日の15時までにご連絡いたします。', '店長の佐々木が'],
], [
  // Who, but not when: the customer still does not know when they will hear.
  'My manager will get back to you.',
  "I'll pass this on to the team.",
  '上司に相談してから折り返しご連絡いたします。',
  // Offers and questions are not yet a handover.
  'Would you like me to pass this to my manager today?',
  '上司に代わりましょうか？',
  // Nobody taking it over.
  'I will call you tomorrow at 10.',
  // Saying nobody is there to take it, even with a who and a day in the sentence.
  '本日は上司が不在でして、代われる者がおりません。',
  "Sorry, there's no manager on today, so it's only me.",
]);
