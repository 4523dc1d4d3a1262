import { describe, expect, it } from 'vitest';
import { fillPhrasings, type PhrasingContext } from './fill';
import type { Phrasings } from './schema';

const phrasings: Phrasings = {
  en: [
    { text: "Hi[ {customer}], thanks for reaching out! [I'm {agent}, and I'll|I'll] be helping you today.", channels: ['chat', 'email'] },
    { text: 'Thanks for calling[, this is {agent}]. How can I help?', channels: ['voice'], direction: 'inbound' },
    { text: 'Hello[ {customer}], [this is {agent} from|this is] customer support.', channels: ['voice'], direction: 'outbound' },
  ],
  ja: ['[{customer}様、]お問い合わせありがとうございます。[担当の{agent}と申します。]'],
};
const chat: PhrasingContext = { lang: 'en', channel: 'chat', direction: 'inbound' };

describe('filling a rule\'s phrasings for a conversation', () => {
  it('offers only what suits the channel and direction', () => {
    expect(fillPhrasings(phrasings, { ...chat, agent: 'Sam' }).texts).toEqual(["Hi, thanks for reaching out! I'm Sam, and I'll be helping you today."]);
    expect(fillPhrasings(phrasings, { ...chat, channel: 'voice', agent: 'Sam' }).texts).toEqual(['Thanks for calling, this is Sam. How can I help?']);
    expect(fillPhrasings(phrasings, { ...chat, channel: 'voice', direction: 'outbound', customer: 'Dr. Priya Shah (Lakeside Family Clinic)' }).texts)
      .toEqual(['Hello Dr. Shah, this is customer support.']);
  });

  it('addresses the customer by given name in English and by family name in Japanese', () => {
    expect(fillPhrasings(phrasings, { ...chat, customer: 'Robert Chen' }).texts[0]).toMatch(/^Hi Robert, /);
    expect(fillPhrasings(phrasings, { ...chat, lang: 'ja', customer: '山田 花子', agent: '佐藤' }).texts)
      .toEqual(['山田様、お問い合わせありがとうございます。担当の佐藤と申します。']);
  });

  it('treats an address or an id as no name at all', () => {
    expect(fillPhrasings(phrasings, { ...chat, customer: 'hanako@example.jp' }).texts[0]).toMatch(/^Hi, /);
    expect(fillPhrasings(phrasings, { ...chat, customer: 'Customer #4821' }).texts[0]).toMatch(/^Hi, /);
  });

  it('says which names were missing, so the panel can ask for them', () => {
    expect(fillPhrasings(phrasings, chat).missing).toEqual(['customer', 'agent']);
    expect(fillPhrasings(phrasings, { ...chat, agent: 'Sam', customer: 'Robert' }).missing).toEqual([]);
  });

  it("falls back to the other language's phrasings when the conversation's has none", () => {
    expect(fillPhrasings({ en: ['Sorry about that.'] }, { ...chat, lang: 'ja' }).texts).toEqual(['Sorry about that.']);
    expect(fillPhrasings(undefined, chat)).toEqual({ texts: [], missing: [] });
  });
});
