import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../conversation/schema';
import { checkConversation } from '../index';
import { packWith } from '../test-helpers';

const pack = packWith({ id: 'needs-it', when: { timeNeed: { in: 'any' } } });
const at = '2026-03-02T09:00:00Z'; // a Monday
const hears = (turns: Conversation['turns'], lang: 'en' | 'ja' = 'en') =>
  checkConversation({ lang, startedAt: at, now: at, timeZone: lang === 'ja' ? 'Asia/Tokyo' : 'Europe/London', turns: turns.map((t) => ({ ...t, at })), draft: '' }, pack).prompts.length > 0;
const customer = (text: string) => ({ from: 'customer' as const, text });
const agent = (text: string) => ({ from: 'agent' as const, text });

describe('timeNeed: a day the customer needs, not any day they mention', () => {
  it.each([
    'I need it by Friday please.',
    'Could you send it before my flight on Thursday?',
  ])('hears: %s', (text) => expect(hears([customer(text)])).toBe(true));
  it.each(['金曜日までに届けてください。', '明日の午前中に届けてもらえますか。'])('hears: %s', (text) => expect(hears([customer(text)], 'ja')).toBe(true));

  it.each([
    ["A colleague said she'd email the label straight away, could you send it?", 'what someone else said'],
    ['The app usually drops out around 2am, can you check it?', 'a habit'],
    ['Please can you change my delivery day to Saturday?', 'a value being changed'],
    ['Thursday at 9:30 is perfect, please book it.', 'a slot accepted'],
  ])('stays quiet: %s (%s)', (text) => expect(hears([customer(text)])).toBe(false));
  it.each([
    ['返品は到着後7日以内とのことですが、お願いできますか。', 'a policy quoted'],
    ['お届けの曜日を水曜日から金曜日に変えていただけますか。', 'a value being changed'],
    ['4月25日に注文した自転車の発送予定日を教えてください。', 'a past date'],
    ['じゃあ、13日の午前でお願いします。', 'a slot chosen'],
    ['16時以降ならお願いします。', 'when the customer is free'],
    ['明日は10時から空いています。', 'when the customer is free, from a time'],
    ['去年の春に引っ越すことになりました。', 'a decision told about the past'],
  ])('stays quiet: %s (%s)', (text) => expect(hears([customer(text)], 'ja')).toBe(false));

  it.each([
    ['What time is the Leeds shop open on Sunday?', 'opening hours asked'],
    ['You can call me any time after 5, I am at work till then.', 'the earliest time to call'],
  ])('stays quiet: %s (%s)', (text) => expect(hears([customer(text)])).toBe(false));
  it.each([
    ['お電話の場合は17時以降にお願いできますか。', 'when to call'],
    ['お昼頃にお電話いただいてたみたいで、すみません。', 'a past time, said casually'],
  ])('stays quiet: %s (%s)', (text) => expect(hears([customer(text)], 'ja')).toBe(false));
  it.each([
    "Look, I fly to Bali Thursday morning and the adaptors I ordered still haven't turned up.",
    "I'm on the early run Wednesday, first client's at six, and that fob is all I've got.",
  ])('hears a plan in the present tense: %s', (text) => expect(hears([customer(text)])).toBe(true));
  it('hears a trip that starts on a day (から), in Kansai speech', () => {
    expect(hears([customer('すんません、来週の金曜から家族で沖縄行くんやけど、まだeチケット来てへんねん。')], 'ja')).toBe(true);
  });

  it.each([
    "I'm down to my last four needles and I use one a day.",
    'My in-laws are arriving on Friday evening and they will sleep in that room.',
  ])('hears a need with no day of its own, or visitors on a day: %s', (text) => expect(hears([customer(text)])).toBe(true));
  it.each(['祖母の薬があと3日分しかないんです。', '6時にはお客さん来はるねんで。', '当社は25日が経理の締めになりますので、それまでに郵送いただけますか。'])('hears: %s', (text) => expect(hears([customer(text)], 'ja')).toBe(true));
  it.each(['ほな一個お願いします。急ぎちゃうし、ゆっくりでええよ。', 'My parcel is arriving on Friday, thanks.'])('stays quiet when urgency is denied or a date is only information: %s', (text) => expect(hears([customer(text)], /[ぁ-ん]/.test(text) ? 'ja' : 'en')).toBe(false));

  it('a day the agent named and the customer took happily is answered, whatever the day', () => {
    const asked = customer('We get the keys on Thursday, will the wardrobe arrive by the weekend?');
    const named = agent("It's booked for Wednesday 11 March, 8am to 12pm.");
    expect(hears([asked, named, customer('perfect. can I change the colour?')])).toBe(false);
    expect(hears([asked, named, customer('Right. Wednesday.')])).toBe(true);
  });

  it('the day of something else (当日の), or a time in what generally happens, does not answer it', () => {
    const boxes = customer('段ボールなんですけど、14日の土曜までに届けてもらえると助かります。');
    expect(hears([boxes, agent('かしこまりました。お見積り内容を順に確認させていただきます。'), customer('はい。'), agent('お支払いは当日の現金かカードからお選びいただけます。'), customer('カードでお願いします。')], 'ja')).toBe(true);
    const bloods = customer('I need the results back before my surgery consult on the 23rd.');
    expect(hears([bloods, agent('We draw blood from 7:30 to 11 every weekday.'), customer('Got it. Is there parking?')])).toBe(true);
    expect(hears([bloods, agent("I've booked you in for 7:30 tomorrow, and results take three days."), customer('Got it. Is there parking?')])).toBe(false);
  });

  it('a need the agent answered by naming its day is not asked again', () => {
    expect(hears([customer('I need it by Friday please.'), agent("It'll be with you on Friday 6 March.")])).toBe(false);
    expect(hears([customer('I need it by Friday please.'), agent("I'll check with the warehouse.")])).toBe(true);
  });
});

describe('timeNeed: a plan in the customer\'s life, told in passing', () => {
  it.each([
    "My son's christening is on Sunday and the cake topper still isn't here.",
    'We are flying out on the 14th and the passport wallet has not come.',
    'Our removal van is booked for Saturday morning, where are the boxes?',
    "my dad flies in on Thursday and the sofa bed still hasn't shipped",
    'Our baby comes home from hospital on Wednesday and we have no hot water.',
    'My placement starts on Monday 9 March and the laptop still will not boot.',
    "We're getting married on the 14th and the rings are still at the workshop.",
    // A thing of theirs, a copula, then the day: no event word needed.
    'The completion on the flat is the 6th, can you get the letter to my solicitor?',
    'Our go-live is Thursday and the export still has not come through.',
    // Someone in their life doing something, in the present progressive of a plan.
    'My accountant is filing our return on Thursday and the March statement is missing.',
    "Our surveyor's visiting the house on the 12th, can the report be ready?",
    // Someone coming into their life in the timetable present; a third party's plan; their own trip in the progressive.
    "We're selling the flat, so the valuer comes Thursday morning and the boiler is still dead.",
    "They're discharging my dad on Friday and the hoist hasn't been fitted.",
    "We're driving down to Cornwall on the twenty-third and the roof box never came.",
    "The café opens on the 1st so we'd love to have the till set up beforehand.",
    // Something of theirs due on the day; someone of theirs on the move in the progressive; running out.
    "My thesis is due in on Thursday and the laptop won't charge.",
    "She's starting nursery on Monday and the name labels haven't come.",
    "Honestly I'm on my last pair of lenses and the box still isn't here.",
  ])('hears: %s', (text) => expect(hears([customer(text)])).toBe(true));
  it.each(['土曜日が娘の入学式なんです。ランドセルはまだですか。', '来週の木曜から出張することになっていまして、その前に届きますか。', '日曜日、町内のお祭りで使うテントです。',
    '発表会が14日なので、それに合うサイズにしたくて。', '来週の火曜に工事の立ち会いで、鍵がないと困るんです。', '週末に使いたくて注文したんです。', '来週の金曜に法要を営むことになりました。', '引き渡しが月末に決まりました。', '明後日の夕方6時から通夜を執り行います。',
    // A thing of theirs moved to a day (早まりました, 繰り上がりました, 変更になりました) is the plan now.
    '鍵の受け渡しが5日の午前に早まりました。それまでに合鍵を作っておきたいんです。', '健診が来週の水曜に変更になりました。問診票を送ってもらえますか。',
    // Going (参ります), people coming home (帰ってくる), a change that starts (から在宅勤務になる), a tradesman coming.
    '来週の火曜日から大阪へ出張に参りますので、カードの切り替えが心配です。', '息子夫婦が孫を連れて30日に帰ってくるんですよ。暖房が壊れたままで。',
    '来月の1日から新しい職場になるんです。定期の手続きはどうなりますか。', '大工さんが木曜に来てくれるんで、材料がないと困るんです。',
    // 〜するんだけど is not past; a change of something else does not move the booking; the last one in use.
    '日曜の朝に引っ越すんだけど、洗濯機の取り外しもお願いできる？', '数量を50個から60個に変更したいです。（来週木曜の会議で使う予定です。）', 'いま使っているのが最後の一箱なんです。定期便がまだ届きません。'])('hears: %s', (text) =>
    expect(hears([customer(text)], 'ja')).toBe(true));
  it('hears a moment pointed back at from the next turn (それまでに)', () => {
    expect(hears([customer('補聴器の修理をお願いします。'), customer('実は来週の水曜から入院しまして。'), customer('それまでに戻りますか。')], 'ja')).toBe(true);
    expect(hears([customer('The new kitchen goes in on the 20th.'), customer('Will the tap be here by then?')])).toBe(true);
  });

  it.each([
    ['I have a piano tuning booked for the 23rd but could it be moved to the week after?', 'the booking itself is being moved'],
    ['Sorry, my meeting starts in ten minutes, can we be quick?', 'why they cannot talk now'],
    ['Tracking has not moved since Monday.', 'a past day'],
    ['The direct debit is usually the 18th, is that right?', 'a habit asked about'],
    ['My new kettle is arriving on Friday, can I change the colour?', 'what we send them is our plan'],
    ['The engineer comes Tuesday, is that still right?', 'the one we send is our plan'],
    ["We're off to Cairns on Friday for a wedding, all sorted, not your problem ha. Is the invoice right?", 'a plan said to need nothing from us'],
    ["They're delivering it on Friday, can I change the colour?", 'what we send them is our plan'],
    ['My daughter is working on Saturday so could the driver ring me instead?', 'why someone is not there'],
    // A regular past after its subject: the day just gone, whatever the calendar reads forward.
    ['I cancelled my order on Monday and the refund still has not come.', 'a day told in the past'],
    ['We returned the heater on Tuesday, has it reached you?', 'a day told in the past'],
    // How long someone is away is no limit for us; our hours asked about are information.
    ["My husband's away on a course till Friday, so I'm sorting the account. Can I change the phone number?", 'the length of an absence'],
    ["I'm travelling for work until the 20th, so just email me the form.", 'the length of an absence'],
    ['What are your hours on Boxing Day?', 'our hours asked about'],
  ])('stays quiet: %s (%s)', (text) => expect(hears([customer(text)])).toBe(false));
  it.each([
    ['10分後に会議が始まるんで、手短にお願いします。', 'why they cannot talk now'],
    ['今週は終日打ち合わせで、席にいるのは夕方以降になります。', 'when they are free'],
    ['・時期：10月中旬、1泊2日', 'a month in passing (中旬)'],
    ['配達日を来週の水曜に変更してください。', 'a value being changed'],
    ['妻が金曜まで出張で、代わりに私が手続きをしています。住所を変えたいです。', 'the length of an absence'],
    ['御社の業者さんが金曜に来てくれるそうですね。駐車場はありません。', 'the one we send is our plan'],
    ['年末は何日まで開いてはります？別に急ぎの用ちゃうんやけど。', 'urgency said only to be denied'],
    ['規約は読みました。10日までに申し出ないと翌月分がかかる、というのも分かっています。', 'a rule quoted as known'],
    ['月末までに払えば手数料はかからないという説明でしたよね？', 'a rule quoted as known'],
  ])('stays quiet: %s (%s)', (text) => expect(hears([customer(text)], 'ja')).toBe(false));
});

describe('timeNeed: answered only by a time that makes it', () => {
  it('a whole day or a window ending after the need does not make it; a time before it does', () => {
    const need = customer("It's for my son's party, the guests arrive at four.");
    expect(hears([need, agent('It is on the van today.')])).toBe(true);
    expect(hears([need, agent('The driver will be with you between 10am and 6pm.')])).toBe(true);
    expect(hears([need, agent("I've booked the first drop, between 8am and 10am.")])).toBe(false);
  });
  it.each([
    ['We catch the 6pm ferry on Thursday, will the adaptor come before that?', 'en'],
    ['明日の朝9時の新幹線に乗るので、それまでに受け取りたいです。', 'ja'],
  ] as const)('hears a journey: %s', (text, lang) => expect(hears([customer(text)], lang)).toBe(true));
  it.each([
    'I bought it as a present for Christmas and the handle came off.',
    'No hurry at all. We only need it when my sister visits sometime in the autumn.',
    "Between seven and nine. That's fine.",
  ])('stays quiet: %s', (text) => expect(hears([customer(text)])).toBe(false));
});
