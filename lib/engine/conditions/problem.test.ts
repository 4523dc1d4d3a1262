import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../conversation/schema';
import { checkConversation } from '../index';
import { packWith } from '../test-helpers';

const pack = packWith({ id: 'problem-open', when: { problem: true } });
const fires = (turns: Conversation['turns']) => checkConversation({ turns, draft: '' }, pack).prompts.some((p) => p.ruleId === 'problem-open');
const agent = (text: string) => ({ from: 'agent' as const, text });
const customer = (text: string) => ({ from: 'customer' as const, text });

describe('problem: a reported failure stays open until the customer sounds settled', () => {
  it('opens on a plain report and points at its words', () => {
    const prompt = checkConversation({ turns: [customer('The parcel shows delivered but nothing is here.')], draft: '' }, pack).prompts[0];
    expect(prompt?.trigger).toMatchObject({ source: 'customer', turnIndex: 0 });
  });

  it('stays open through a later turn that only starts politely', () => {
    expect(fires([customer('プリンターがWi-Fiにつながりません'), agent('電源を入れ直してください。'), customer('ありがとうございます。でも昨日からずっとこの状態で、仕事の書類が印刷できないんです')])).toBe(true);
    expect(fires([customer("My order hasn't shipped yet."), agent('Let me look.'), customer('thanks. it said dispatched within 24h when I ordered, and that was on Monday')])).toBe(true);
  });

  it('closes when a later turn ends settled', () => {
    expect(fires([customer('プリンターがWi-Fiにつながりません'), agent('電源を入れ直してください。'), customer('わかりました、もう一度試してみます！')])).toBe(false);
    expect(fires([customer("The app won't open since the update."), agent('Please reinstall it.'), customer("ok great, I'll give that a go, thanks")])).toBe(false);
  });

  it("stays open when the customer's acknowledgement trails off or hesitates: they are holding on, not settled", () => {
    expect(fires([customer('The driver said nobody was home, but I was home all day.'), agent('The redelivery is booked.'), customer('Okay. Okay... right.')])).toBe(true);
    expect(fires([customer('カタログがまだ届いていません'), agent('再発送のお手配は完了しております。'), customer('そうですか…。はい…。うーん')])).toBe(true);
    expect(fires([customer("My refund hasn't come through."), agent("It's been sent today."), customer('hmm ok, I guess.')])).toBe(true);
    expect(fires([customer("The cake stand that didn't turn up was for Saturday."), agent("It's rebooked for standard delivery."), customer('Right. Yeah, okay. Erm.')])).toBe(true);
    // A bare backchannel is heard, not settled.
    expect(fires([customer('My parcel went to the wrong depot.'), agent("It's re-booked on the standard service."), customer('Okay.')])).toBe(true);
    expect(fires([customer('ルーターが旧住所に送られてしまいました。'), agent('再発送の手配は完了しております。'), customer('そうですか。')])).toBe(true);
    // The agent's words handed back flatly are resignation, not settled; taking them up is.
    expect(fires([customer('I was in all day and the driver never turned up.'), agent("It goes back to the depot and onto the next scheduled route."), customer('The next scheduled route. Right.')])).toBe(true);
    expect(fires([customer('I was in all day and the driver never turned up.'), agent("It goes back to the depot and onto the next scheduled route."), customer("Great, thanks, I'll look out for it.")])).toBe(false);
    // Settled words that end the turn plainly still close it.
    expect(fires([customer('The driver said nobody was home, but I was home all day.'), agent('The redelivery is booked for 9–11 tomorrow.'), customer('Okay, brilliant, thanks.')])).toBe(false);
  });

  it('a new report after a settled turn opens it again', () => {
    expect(fires([customer('届いていません'), agent('確認します'), customer('了解です、ありがとうございます'), customer('あ、でも箱が潰れていました')])).toBe(true);
  });
});
