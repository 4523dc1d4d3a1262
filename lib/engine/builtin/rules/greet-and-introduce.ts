import type { Rule } from '../../schema';
import { active, onCall, writtenChannel } from '../situations';

/**
 * The first reply greets and gives a name. In writing the prompt waits until the agent
 * starts typing (an empty composer is not a missing greeting); on a call it shows from
 * the first ring until the agent first speaks.
 */
export const greetAndIntroduce: Rule = {
  id: 'greet-and-introduce',
  level: 'tip',
  category: 'empathy',
  lesson: 'The first impression is the phone voice',
  when: {
    all: [
      active,
      { firstReply: true },
      {
        any: [
          { all: [writtenChannel, { draftEmpty: false }] },
          { all: [onCall, { any: [{ callState: 'ringing' }, { callState: 'connected' }] }] },
        ],
      },
    ],
  },
  // The agent's own name in the draft is an introduction however it is worded; without a known name, the wording says it.
  check: { all: [{ exists: { lexicon: 'greeting' } }, { any: [{ exists: { lexicon: 'selfIntro' } }, { namesAgent: true }] }] },
  message: {
    ja: '最初のひと言で、ご挨拶とお名前を。',
    en: 'Open with a greeting and your name.',
  },
  why: {
    ja: '最初の印象と、名乗る人がいる安心感が、お客様の選択を決めます。',
    en: 'The first impression decides a lot — the last mile is people.',
  },
  phrasings: {
    ja: [
      { text: '[{customer}様、]お問い合わせありがとうございます。[担当の{agent}と申します。]', channels: ['chat', 'email'] },
      { text: 'お電話ありがとうございます。[担当の{agent}でございます。]', channels: ['voice'], direction: 'inbound' },
      { text: '[{customer}様、]お世話になっております。[{agent}と申します。]', channels: ['voice'], direction: 'outbound' },
    ],
    en: [
      { text: "Hi[ {customer}], thanks for reaching out! [I'm {agent}, and I'll|I'll] be helping you today.", channels: ['chat', 'email'] },
      { text: 'Thanks for calling[, this is {agent}]. How can I help?', channels: ['voice'], direction: 'inbound' },
      { text: 'Hello[ {customer}], [this is {agent} from|this is] customer support.', channels: ['voice'], direction: 'outbound' },
    ],
  },
  examples: {
    fire: [
      { lang: 'ja', turns: [{ from: 'customer', text: '先週注文した商品の配送状況を知りたいです。' }], draft: '確認します。少々お待ちください。' },
      { lang: 'en', channel: 'email', turns: [{ from: 'customer', text: 'Where can I find my invoices?' }], draft: 'Invoices are under Settings > Billing.' },
      { note: 'A greeting, but no name.', lang: 'en', turns: [{ from: 'customer', text: 'Hi, quick question about billing.' }], draft: "Hi! I'm sorry for the wait. What's the question?" },
      { note: 'The phone is ringing.', lang: 'ja', channel: 'voice', call: { state: 'ringing' }, turns: [] },
    ],
    quiet: [
      { lang: 'ja', turns: [{ from: 'customer', text: 'お届け先を変更したいです。' }], draft: 'お問い合わせありがとうございます。担当の佐藤と申します。マイページから変更いただけます。' },
      { lang: 'en', turns: [{ from: 'customer', text: 'How do I add a second user?' }], draft: "Hi Liam, thanks for reaching out. I'm Jordan, happy to help." },
      { note: 'A regional greeting and thanks for what they sent greet too.', lang: 'en', agent: { name: 'Mere' }, turns: [{ from: 'customer', text: 'Can I get a copy of my lease?' }], draft: "Kia ora Tom,\n\nThanks for your email. I'm Mere from the leasing office, and the copy is attached." },
      { note: 'Not the first reply any more.', lang: 'en', turns: [{ from: 'customer', text: 'Hi' }, { from: 'agent', text: "Hi, I'm Jordan." }, { from: 'customer', text: 'Where are my invoices?' }], draft: 'Under Settings > Billing.' },
      { note: 'Nothing typed yet.', lang: 'ja', turns: [{ from: 'customer', text: '配送状況を知りたいです。' }], draft: '' },
      { note: 'Email signed with a name.', lang: 'en', channel: 'email', turns: [{ from: 'customer', text: 'Where can I find my invoices?' }], draft: 'Hello Olivia,\n\nThanks for getting in touch. Invoices are under Settings > Billing.\n\nBest,\nJordan' },
    ],
  },
};
