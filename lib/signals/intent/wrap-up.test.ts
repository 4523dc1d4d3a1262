import { detectorCases } from './cases.testing';
import { wrapUp } from './wrap-up';

detectorCases('wrapUp', wrapUp, [
  ['perfect, thanks so much', 'perfect, thanks'],
  ['Brilliant, thank you for sorting that out!', 'Brilliant, thank you'],
  ["cheers, that's all sorted then", "cheers, that's all sorted"],
  ['All good now, thanks again', 'All good now, thanks'],
  ['Got it, thank you.', 'Got it, thank you'],
  ['わかりました、ありがとうございます。', 'わかりました、ありがとうございます'],
  ['助かりました、ありがとうございました！', '助かりました'],
  ['承知しました、では明日お待ちしてます', '承知しました、では明日お待ちしてます'],
  ['それでは、Lサイズでお願いします', 'それでは、Lサイズでお願いします'],
  ['丁寧にありがとうございました', 'ありがとうございました'],
  ['It worked, cheers!', 'It worked, cheers'],
  ['返品の手続き、できました！ありがとうございます', 'できました！ありがとうございます'],
  ['お手数おかけしました。おかげさまで解決しました。', '解決しました。']
], [
  'Thanks so much, super helpful. One more thing, can I change the date too?',
  'できましたか？',
  'thanks, but it still does not work',
  'Great, thanks. One more thing: can I change the address?',
  'ok thanks, let me check',
  'thank you for your email about the refund',
  'Perfect timing, my order just arrived broken',
  'ありがとうございます。ただ、まだ届いていません。',
  '了解です。ところで返品はできますか？',
  'お願いします、早く対応してください',
  'ありがとうございました。でも、もう一度確認してもらえますか',
]);
