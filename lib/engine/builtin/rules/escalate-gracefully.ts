import type { Rule } from '../../schema';
import { active } from '../situations';

/**
 * The customer asks for someone else, or the draft says the decision is not the agent's.
 * The draft must not refuse flatly and must say who takes it over; on a call the prompt
 * stays until the agent has said so aloud.
 */
export const escalateGracefully: Rule = {
  id: 'escalate-gracefully',
  level: 'nudge',
  category: 'process',
  lesson: 'Caught between the company and the customer',
  when: {
    all: [
      active,
      { any: [{ customerThread: { lexicon: 'escalationAsk', hears: 'escalation' } }, { draft: { lexicon: 'notMyCall' } }, { agentTurns: { lexicon: 'notMyCall' } }] },
      { not: { agentTurns: { hears: 'handover' } } },
    ],
  },
  check: {
    all: [{ absent: { lexicon: 'flatRefusal' } }, { exists: { hears: 'handover' } }],
  },
  message: {
    ja: '断るのではなく、お気持ちを受け止め、誰がいつ引き継ぐかをお伝えしましょう。経緯は要約して渡します。',
    en: "Don't refuse flatly: acknowledge it, say who will take it over and when, and hand over a summary.",
  },
  why: {
    ja: '自分で決められないときこそ、次に誰が何をするかが見えるとお客様は安心します。',
    en: 'When it is not your decision, a clear handover is what keeps the customer with you.',
  },
  phrasings: {
    ja: [
      'ご不満はごもっともです。この件はただいま責任者に申し伝え、責任者よりご連絡いたします。',
      'これまでの経緯をまとめてすぐに上長に引き継ぎますので、同じご説明を繰り返していただく必要はございません。',
    ],
    en: [
      "I understand. I'm passing this to my supervisor now with a summary, and they will get back to you.",
      "That decision sits with my manager, so I'm handing this over right now with everything you've told me — you won't need to repeat it.",
    ],
  },
  examples: {
    fire: [
      { lang: 'ja', turns: [{ from: 'customer', text: 'あなたでは話にならないので、上司を出してください。' }], draft: '申し訳ございませんが、上司に代わることはできかねます。' },
      { lang: 'en', turns: [{ from: 'customer', text: 'I want to speak to a supervisor right now.' }], draft: "Sorry, I can't transfer you to a supervisor." },
      { note: 'Not the agent\'s decision, and no handover.', lang: 'en', turns: [{ from: 'customer', text: 'Can you waive the late fee?' }], draft: "Unfortunately that's not up to me." },
      { note: 'Another team decides, said aloud, with nobody named.', lang: 'en', channel: 'voice', call: { state: 'connected' }, turns: [{ from: 'customer', text: 'Can I get the deposit back today?' }, { from: 'agent', text: "That's not my call to make, I'm afraid, the claims people look at those." }] },
      { note: 'Another department decides, and nobody is named.', lang: 'ja', turns: [{ from: 'customer', text: '解約金はかからないですよね？' }], draft: '解約金の扱いは、契約管理の担当部署が判断することになっております。' },
      { note: 'On a call, escalation asked and not yet answered.', lang: 'en', channel: 'voice', call: { state: 'connected' }, turns: [{ from: 'customer', text: 'I want this escalated. This is ridiculous.' }] },
      { lang: 'ja', turns: [{ from: 'customer', text: '責任者の方と話をさせてください。' }], draft: '私が対応いたします。' },
    ],
    quiet: [
      { lang: 'ja', turns: [{ from: 'customer', text: '上司を出してください。' }], draft: 'ご不満はごもっともです。経緯をまとめて上長に引き継ぎ、本日中に責任者よりご連絡いたします。' },
      { lang: 'en', turns: [{ from: 'customer', text: 'I want to speak to a supervisor right now.' }], draft: "I understand. I'm passing this to my supervisor now and they will call you within the hour." },
      { note: 'Who in one sentence, when in the next.', lang: 'ja', turns: [{ from: 'customer', text: '店長さんいますか？' }], draft: 'かしこまりました。店長の森に引き継ぎます。\n\n本日13時半までに、森からお電話いたします。' },
      { note: 'Who in one sentence, when in the next.', lang: 'en', turns: [{ from: 'customer', text: "I'd rather deal with your manager." }], draft: "Of course. I'm passing this to my manager, Dev.\nHe'll call you before 4 today." },
      { note: 'Their own manager, not a request for ours.', lang: 'en', turns: [{ from: 'customer', text: 'My manager asked me to download all invoices for the audit.' }], draft: 'They are under Settings > Billing.' },
      { note: '上司 as the customer\'s own boss.', lang: 'ja', turns: [{ from: 'customer', text: '上司に確認してから注文します。' }], draft: '承知いたしました。お待ちしております。' },
    ],
  },
};
