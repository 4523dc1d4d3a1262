import { describe, expect, it } from 'vitest';
import { hearings } from '../hearing';
import { read } from './index';

// Messages written for these tests, in no training file: what the reader adds to the grammar.
describe('hearings the reader backs', () => {
  it('hears a customer troubled in their own words, and points at the sentence', () => {
    const text = 'Order 5521. So I paid for next-day and it turned up on day four. Cool.';
    const found = hearings.troubled.detect(text);
    expect(found).not.toBeNull();
    expect(text.slice(found!.start, found!.end)).toBe(found!.phrase);
    expect(found!.phrase).not.toBe('Order 5521.');
    for (const t of ['The kettle I bought on Saturday leaks from the base every time I boil it.', '三回電話して三回とも違うこと言われたんですけど、どれが本当なんですか']) {
      expect(hearings.troubled.detect(t), t).not.toBeNull();
    }
  });

  it('stays quiet on calm questions and thanks', () => {
    for (const t of ['Could you tell me your opening hours on Sunday?', '領収書を会社宛てで発行してもらえますか？', 'Thanks, that fixed it!', 'ok', '注文番号は58812です']) {
      expect(hearings.troubled.detect(t), t).toBeNull();
    }
  });

  it('hears a busy customer and a request for someone higher that the grammar has no shape for', () => {
    expect(hearings.busy.detect('今、子どもの迎えで車の中なので、あとでかけ直してもいいですか')).not.toBeNull();
    expect(hearings.escalation.detect('Honestly, is there anyone there with the power to actually fix this?')).not.toBeNull();
    expect(hearings.escalation.detect('この件、もう少し上の立場の方とお話しできますか')).not.toBeNull();
  });

  it('does not hear busyness that is past, time that is free, or a manager who is only mentioned', () => {
    for (const t of ["I'm free all afternoon, no rush.", '先週は出張で忙しくて連絡できませんでした。']) expect(hearings.busy.detect(t), t).toBeNull();
    for (const t of ['My manager asked me to order two more.', '店長さんにもよろしくお伝えください。']) expect(hearings.escalation.detect(t), t).toBeNull();
  });

  it('hears a time need tied to a moment in the customer\'s life, and not a past day, a free slot or an expiry question', () => {
    for (const t of ['Will it get here before the christening on Sunday? That\'s the whole reason I bought it.', '日曜の法事に着ていくつもりなんですが、それまでに届きますか']) expect(read('need', t).yes, t).toBe(true);
    for (const t of ['I ordered it on Monday and it came yesterday, all good.', '火曜の午前なら家にいます。', "What's the expiry date on my card?"]) expect(read('need', t).yes, t).toBe(false);
  });
});
