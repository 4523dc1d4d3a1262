import type { Lexicon } from '../schema';
import { EVENT_WORDS_EN } from '../../signals/time/en';

/**
 * "before your 3 pm flight", "before Monday's training": before an event of the customer's, as RE2
 * patterns (each under the pack format's 500 characters, so the event words go in two halves).
 */
function beforeAnEvent(): string[] {
  const words = [...EVENT_WORDS_EN, 'weekend', 'end of', 'start of', 'deadline', 'term', 'training', 'session', 'class', 'lecture', 'course', 'shift'];
  const half = Math.ceil(words.length / 2);
  return [words.slice(0, half), words.slice(half)].map((part) => `\\bbefore (the|your|her|his|their|our|[a-z]+'s) ([a-z0-9:'-]+ ){0,3}(${part.join('|')})s?\\b`);
}

/**
 * Phrase sets shared by the built-in rules. Japanese matches anywhere in the text, so every
 * short Japanese phrase here was checked against the everyday words it could hide in;
 * English matches whole words. Patterns run on the normalised text (lower case, NFKC).
 */

/** Words that are never a name after "I'm …": "I'm sorry." is not an introduction. */
const NOT_A_NAME = ['sorry', 'afraid', 'happy', 'glad', 'sure', 'here', 'back', 'so', 'really', 'just', 'still', 'not', 'checking', 'looking', 'going', 'able', 'unable', 'also', 'pleased', 'available', 'on', 'in', 'now', 'there', 'done', 'correct', 'right', 'fine', 'why', 'how', 'because', 'it', 'expected', 'normal'];
const introExcepts = ['i’m', "i'm", 'i am', 'this is', "it's", 'it’s'].flatMap((p) => NOT_A_NAME.map((w) => `${p} ${w}`));

/** 「先日も」 alone is also 「先日も購入しました」: a repeat is an earlier time plus a contact. */
const EARLIER = ['先日も', '以前も', '前回も', '昨日も', '先週も', '今朝も', '先ほども', 'さっきも', '午前中にも'];
const CONTACT = ['問い合わせ', 'お問い合わせ', '連絡', 'ご連絡', '電話', 'お電話', 'メール', 'チャット'];
/** 「2回目の購入」 is a loyal customer, 「2回目の連絡」 a let-down one. */
const ORDINAL = ['二度目', '2度目', '三度目', '3度目', '二回目', '2回目', '三回目', '3回目', '四回目', '4回目'];

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export const builtinLexicons: Record<string, Lexicon> = {
  apology: {
    description: 'An apology for the trouble. A cushion before a refusal (すみませんが、/ sorry, but) is not one.',
    ja: ['申し訳ございません', '申し訳ありません', '申し訳なく', '申し訳ない', 'お詫び', 'おわび', 'すみません', 'すいません', 'ごめんなさい', 'ご迷惑をおかけ', 'ご不便をおかけ', 'ご心配をおかけ', 'ご不快な思い', 'お手数をおかけ', '失礼いたしました'],
    en: ['sorry', 'apologi*', 'apologize*', 'my apologies', 'i regret'],
    except: ['すみませんが', 'すいませんが', '申し訳ございませんが', '申し訳ありませんが', 'sorry, but', 'sorry but', 'not sorry'],
  },
  explanation: {
    description: 'A reason, cause, policy or refusal: what comes after the apology.',
    ja: ['システム上', '仕様上', '仕様', '規定', '規約', '原因', 'ため、', 'ので、', 'なぜなら', 'というのも', '決まり', 'できかねます', 'できません', 'いたしかねます', '扱いとなり'],
    en: ['because', 'due to', 'policy', 'the reason', "that's how", 'that is how', 'by design', 'known limitation', "we can't", 'we cannot', "i can't", 'i cannot', "we're unable", 'we are unable', 'unable to', 'not possible', 'our system', 'the system', 'unfortunately', 'per our', 'according to our'],
  },
  distress: {
    description: 'Signs the customer is troubled that go beyond angry words: it still is not fixed, they heard laughter, they want someone else.',
    ja: ['困っている', '困るんです', '直っていません', '直っていない', '直ってない', '直らない', '直りません', '全然直', '全然届', '全然つなが', '全然使え', 'また同じエラー', 'また同じ症状', 'また同じ不具合', 'また同じ問題', '一度も届いて', '届いてない', '届いていません', 'まだ届きません', '笑いましたよね', '笑いましたか', '笑ってますよね', '笑ってるんですか', '笑い事', '馬鹿に', 'バカに', '話にならない', 'もういいです', 'いい加減', 'どうなってるんですか', 'どうなっているんですか', '上司を出', '責任者を出', '上司に代わって', '責任者に代わって', '何度も説明', '何度言えば', 'ちゃんとしてください', '失礼じゃないですか', '納得できない', '納得できません', '弁償', 'うんざり', 'あきれ', '呆れ'],
    en: ['did you just laugh', 'are you laughing', "you think it's funny", 'you think this is funny', 'not funny', 'losing work', 'lost my work', 'lost all my', "don't tell me", 'you people', 'never sent', 'still broken', 'still not working', "still doesn't work", 'still does not work', 'not working again', 'fed up', 'waste of time', 'this is ridiculous'],
    patterns: [
      '\\bkeeps? (crash|overwrit|delet|los|fail|break|freez|drop|reset)',
      '\\b(speak|talk) (to|with) (a|your|the) (supervisor|manager)',
      '\\bwant (a|your|the) (supervisor|manager)',
    ],
    except: ['困っているわけでは', 'not funny how', 'not upset'],
  },
  laughter: {
    description: 'Laughter in writing: (笑), trailing ｗ, lol, haha, laughing emoji. 笑顔 and a URL are not laughter.',
    ja: ['(笑)', '笑笑', '(^^)', '(^_^)', '(^^;', '^^;', 'ワロタ', '爆笑'],
    en: ['lol', 'lmao', 'rofl', 'haha*', 'hehe*', 'ha ha', 'lolz', ':)', ':-)', ':d', 'xd', '😅', '😂', '🤣', '😆', '😁', '😄', '😃', '😀', '🙃'],
    patterns: ['[\\p{Hiragana}\\p{Katakana}\\p{Han}ー。、!?]w{1,}([^a-z0-9.]|$)'],
    except: ['笑顔', '笑み', 'www.'],
  },
  deadlineAnswer: {
    description: 'A reply that answers the deadline: it names the date it will make, or offers the fastest way. A plain "arrives on Friday" does not.',
    ja: ['間に合', '最短', 'お急ぎ', '速達', '特急', '即日', '本日中', '今日中', '本日発送', '本日出荷', '当日', '前倒し', '一日早く', '1日早く', '早めに', '早く', 'までにお届け', 'までに発送', 'までにお送り', 'までにご用意', '日までに', '曜日までに'],
    en: ['in time', 'fastest', 'quickest', 'express', 'expedite*', 'priority', 'rush', 'overnight', 'next-day', 'next day', 'same-day', 'same day', 'sooner', 'earlier', 'today', 'tonight', 'asap', 'right away', 'by tomorrow', 'by the weekend', ...WEEKDAYS.map((d) => `by ${d}`)],
    // "before the party", not "assess it before the repair": before an event of the customer's.
    patterns: ['\\bin (good|plenty of|ample|enough) time\\b', '\\bby (\\d{1,2}(:\\d{2})? ?(am|pm)|noon|end of (the )?day)', '\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(まで|に間に合)', ...beforeAnEvent()],
    // When it left is not when it arrives: "it was dispatched today" answers nothing about the 14th.
    // Urgency without a way or a day: "logged as a priority" promises no visit by Wednesday.
    // Speed without a way or a day: "as soon as possible", できるだけ早く say nothing about making the 20th.
    except: ['as soon as possible', 'as soon as we can', 'as quickly as possible', 'as quickly as we can', 'できるだけ早く', 'できる限り早く', '出来るだけ早く', '出来る限り早く', 'なるべく早く', 'as a priority', 'as priority', 'top priority', 'our priority', 'high priority', 'dispatched today', 'shipped today', 'sent out today', 'posted today', 'went out today', 'left our warehouse today', 'was sent today', '本日発送いたしました', '本日発送しました', '本日発送済', '本日出荷いたしました', '本日出荷しました', '本日出荷済'],
  },
  fastestOffer: {
    description: 'The agent offered the fastest way or said it will be in time, with or without a date. Unlike deadlineAnswer, a plain "today" is not one: "it is on the van today" does not make a 3 pm need.',
    ja: ['間に合', '最短', '速達', '特急', '即日', '前倒し', 'お急ぎ便', '優先', 'までにお届け', 'までに発送', 'までにお送り', 'までにご用意'],
    en: ['in time', 'before your', 'ahead of your', 'sooner', 'earliest', 'fastest', 'quickest', 'express', 'expedite*', 'priority', 'rush', 'overnight', 'next-day', 'same-day', 'same day', 'first drop', 'first delivery'],
    patterns: ['\\bin (good|plenty of|ample|enough) time\\b'],
    except: ['as a priority', 'as priority', 'top priority', 'our priority', 'high priority'],
  },
  repeatCue: {
    description: 'The customer says this is not their first contact about it. "Call me again anytime" is not one.',
    ja: ['再度連絡', '再度問い合わせ', '再度お問い合わせ', '再度電話', '再度お電話', 'また電話', 'またお電話', 'また連絡', 'また問い合わせ', '何度目', '何回目', 'にもお電話', 'にも電話', 'にも問い合わせ', 'にもお問い合わせ', 'も問い合わせ', 'も連絡し', ...EARLIER.flatMap((e) => CONTACT.map((c) => `${e}${c}`)), ...ORDINAL.flatMap((o) => ['の連絡', 'のご連絡', 'の問い合わせ', 'のお問い合わせ', 'の電話', 'のお電話', 'です'].map((c) => `${o}${c}`))],
    en: ['calling again', 'writing again', 'contacting you again', 'reaching out again', 'messaging again', 'emailing again', 'me again', 'back again', 'second time', 'third time', 'fourth time', 'second message', 'third message', 'second email', 'third email', 'called before', 'already called', 'called yesterday', 'called earlier', 'wrote earlier', 'contacted you before', 'already contacted', 'already reached out', 'following up', 'follow up on', 'follow-up on', 'last time i', 'twice already', 'already told', 'i already sent', 'spoke to someone', 'someone told me', 'your colleague'],
    // 何度も/何回も count when what was done again is contacting us (何度も電話した, 何回もお願いしている), not
    // what they did to the product (ルーターも何回も抜き差しした, 何度も試しました).
    patterns: ['(?:何度|何回|再三)も[^。！？!?\\n]{0,10}?(?:電話|連絡|問い?合わせ|メール|チャット|お願い|言っ|言い|伝え|催促|説明|申し上げ|聞い|聞か|来店|足を運)'],
    except: ['再び起動', 'call me again', 'call again anytime', 'contact me again', 'again anytime'],
  },
  ownRepeat: {
    description: 'The agent owns the repeat contact: names it and is sorry the customer had to come back.',
    ja: ['再度のお問い合わせ', '再度お問い合わせ', '再度のご連絡', '再度ご連絡', '再度お電話', '再度のお電話', '度々', 'たびたび', '重ねて', '何度もお問い合わせ', '何度もご連絡', '何度もお電話', 'お手数をおかけ', 'ご足労', '二度手間', '繰り返しご連絡', 'ご連絡をいただいていた', 'お問い合わせいただいていた', '先日はご連絡', '先ほどはお電話', '午前中にもお電話', '前回のお問い合わせ', '先日のお問い合わせ'],
    en: ["sorry you've had to", 'sorry you had to', 'sorry you have had to', 'having to contact', 'having to reach out', 'having to call', 'having to write', 'having to chase', 'having to follow up', 'having to come back', 'contacting us again', 'reaching out again', 'calling again', 'writing again', 'getting in touch again', 'for following up', 'for your patience', 'i can see you contacted', "i can see you've contacted", 'i can see you called', "i can see you've been in touch", 'i see you contacted', 'i see you called', 'your earlier message', 'your previous message', 'your earlier call', 'your previous call', 'your earlier email'],
  },
  busyCue: {
    description: 'The customer cannot talk properly right now.',
    ja: ['診療中', '会議中', '運転中', '移動中', '接客中', '授業中', '仕事中', '勤務中', '外出中', '電車の中', '手が離せ', '今ちょっと忙し', '今ちょっと無理', '今はちょっと', '今は無理', '今忙しい', '今は忙しい', '立て込んで', '取り込み中', '取り込んで', 'あとにして', '後にして', '時間がない', '時間がありません', '患者さんがいる', '患者さんが来'],
    en: ['in a meeting', 'driving', 'with a patient', 'with a customer', 'with a client', 'busy right now', "i'm busy", 'i am busy', 'bad time', 'not a good time', "i'm in the middle of", 'in the middle of something', 'call me later', 'call back later', "can't talk", 'cannot talk', 'at work right now'],
    except: ['会議中に使', '運転中に使', '運転中でも使', '移動中に使', '時間がない場合', 'driving me', 'driving myself', 'driving directions', 'driving licen', 'driving test', "with a customer's", "with a client's", "with a patient's"],
  },
  goodTime: {
    description: 'Asks whether now suits, or agrees a time for the call-back.',
    ja: ['お時間よろしい', 'お時間大丈夫', 'お時間ございますか', 'お時間をいただいても', 'お時間いただいても', 'ご都合のよい', 'ご都合の良い', 'ご都合のよろしい', 'ご都合のいい', 'ご都合はいかが', 'ご都合いかが', '何時頃', '何時ごろ', '何時でしたら', 'いつ頃', 'いつごろ', 'いつでしたら', 'お手すき', 'お手隙'],
    en: ['good time', 'bad time', 'is now ok', 'is now okay', 'is now a good', 'a better time', 'when would suit', 'when suits', 'what time', 'when works', 'when would work', 'when is convenient', 'when would be convenient', 'convenient time', 'do you have a minute', 'do you have a moment', 'have a few minutes'],
    patterns: ['\\d{1,2}\\s*(時|:\\d{2})[^。\\n]{0,12}(お電話|ご連絡|折り返し|かけ直)', '\\b(call|ring|phone) you back (at|around|after|before|in|tomorrow|this afternoon|this evening)\\b'],
  },
  escalationAsk: {
    description: 'The customer asks for a manager or someone else. "My manager asked me to…" is not a request.',
    ja: ['上司を出', '上司に代わ', '上司の方', '上司と話させ', '責任者を出', '責任者に代わ', '責任者の方と', '責任者と話', '上の人', '上の方に代わ', '上の方を', '偉い人', '話のわかる人', '話の分かる人', 'あなたでは話にならない', 'エスカレ', '担当を変え', '担当者を変え', '別の人に代わ'],
    en: ['escalat*', 'your boss', 'someone in charge', 'person in charge', 'higher up', 'someone senior', 'get me a manager', 'get me your manager', 'get me a supervisor'],
    patterns: ['\\b(speak|talk|speaking|talking) (to|with) (a|your|the|someone|somebody) ?(supervisor|manager|boss|senior|in charge|higher)', '\\b(want|need|demand)\\b[^.?!\\n]{0,12}\\b(a|your|the) (supervisor|manager)\\b'],
  },
  notMyCall: {
    description: 'The agent says the decision is not theirs to make.',
    ja: ['私では判断', '私の一存では', '私の判断では', '担当外', '権限がございません', '権限がありません'],
    en: ['not my decision', "isn't my decision", 'not my call', "isn't my call", 'not mine to decide', 'not mine to make', 'not up to me', "isn't up to me", 'out of my hands', "i'm not authorized", 'i am not authorized', "i don't have the authority", 'beyond what i can'],
    patterns: [
      "\\b(isn['’]t|is not|aren['’]t|are not|not) something (i|we)( ['’]m| am| are)? (can|able to|allowed to|in a position to) (agree|approve|decide|authori[sz]e|sign off|change|offer|override|overrule|waive|grant|make)",
      '\\b(that|this|it|which) (sits|lies|rests) with (our|the|a) [a-z]+ (team|department)',
      // "needs sign-off from above my level", "I'm not able to overturn the assessor's decision myself"
      '\\b(needs?|requires?|would need|will need|has to get|have to get) (sign[- ]?off|approval|authori[sz]ation|a decision|the ok|the go-ahead) (from|by)\\b',
      "\\babove my (level|pay ?grade|head|authority|role)\\b",
      "\\b(not|n['’]t) something i (have|get) (any |a )?say (in|over|on)\\b|\\bi (have|get) no say\\b",
      "\\b(not able to|unable to|can['’]?t|cannot|not allowed to|not in a position to) [a-z]+( [a-z'’]+){0,4} myself\\b",
      '(私|わたし|わたくし)(の(一存|立場|権限))?(では|で(は)?)(決め|判断|決裁|お約束|お答え)',
      // 別の部署が判断することになっています: someone else decides, nobody named.
      '(別の|他の|ほかの|担当の|専門の)?(部署|部門|担当部署|担当者|チーム|窓口)(が|で|にて)(判断|決定|決裁|審査|確認)(する|いたす|します|いたします|される)(こと|ため|ので|決まり)',
    ],
  },
  handover: {
    description: 'Who takes it over, and that they will come back: the opposite of a flat refusal.',
    ja: ['上長', '上席', '責任者より', '責任者から', '責任者に', '担当部署', '専門部署', '専門の担当', '引き継', 'エスカレーション', '申し伝え', '上司に確認', '上司に相談', '上司より', '上司から', 'ご連絡いたします', 'ご連絡差し上げます'],
    en: ['my supervisor', 'my manager', 'a supervisor will', 'a manager will', 'team lead', 'hand this over', 'hand it over', 'handing this over', 'pass this to', 'pass this on', 'passing this to', "i'll escalate", 'i will escalate', "i've escalated", 'i have escalated', 'escalated this', 'escalating this', 'transfer you to', "i'll transfer", 'i will transfer', 'connect you with', 'connect you to', 'will call you', 'will contact you', 'will get back to you', 'will be in touch', 'will reach out'],
    patterns: ['(責任者|上司|上の者|上長|マネージャー|担当者?)の?[^。、\\n]{0,6}(に|へ)(代わり|替わり|かわり|おつなぎ|お繋ぎ|引き継ぎ|申し伝え)', '上の者(に|から|より)'],
  },
  flatRefusal: {
    description: 'A flat no to a request for someone else.',
    ja: ['代わることはできかねます', '代わることはできません', 'おつなぎできません', 'お繋ぎできません', 'おつなぎすることはできません', 'おつなぎできかねます', 'お繋ぎできかねます', '取り次ぎはいたしかねます', '取り次ぎはできかねます', '取り次ぎはできません', 'お取り次ぎできません', 'お取り次ぎはできかねます', '上司はおりません', '責任者はおりません', '私が責任者'],
    en: ["can't transfer", 'cannot transfer', "can't escalate", 'cannot escalate', "won't escalate", 'no supervisor', 'no manager', 'no senior', "there's no one else", 'there is no one else', "i'm the only one", 'nothing more i can do', 'nothing else i can do', "can't put you through", 'cannot put you through', 'not possible to escalate', 'not possible to transfer', 'unable to escalate', 'not able to escalate', 'do not take over', "don't take over", '電話には出られない', '電話に出られない', 'お電話には出られ', 'おつなぎできない'],
    patterns: [
      // "There's no one senior on tonight", "we have nobody above me in today"
      "\\b(there['’]?s|there is|we have|we've got|i have) (no ?one|nobody|no-one) (senior|more senior|above me|higher|else)( [a-z]+){0,2} (on|in|here|available|around|working|about)\\b",
      '(代われる|代わる|おつなぎできる|お繋ぎできる|対応できる)(者|人|方)(が|は)(おりません|いません|いない|ございません)',
      '(責任者|上司|上の者|上長|所長|店長|課長|部長|支店長|マネージャー)(は|が|も)(もう)?(退勤|不在|帰宅|おりません|いません)',
      'お?(代わり|かわり|替わり)(すること|いたすこと)?(が|は)?(でき(ない|ません|かねます))',
      "\\b(our |the )?(managers?|supervisors?|branch heads?|team leads?|team leaders?|seniors?|directors?) (do not|don['’]?t|does not|doesn['’]?t|won['’]?t|will not|cannot|can['’]?t) (take (up|on)?|speak|talk|deal|handle|get involved|come to the phone)\\b",
      "\\bno ?one (i can|to|we can) (put you through to|transfer you to|pass (you|this|it) (on )?to)",
      "\\b(we )?(don['’]?t|do not) have (a |an )?(separate |dedicated )?(complaints?|manager|supervisor|escalations?)( [a-z]+)?\\b",
      '(お話し|お話|対応|おつなぎ|お繋ぎ|ご対応)(すること|いたすこと|させていただくこと)?は[、,]?(行って|いたして|して|承って)おりません',
    ],
  },
  jargon: {
    description: 'Internal words the customer should not have to decode.',
    ja: ['システム上', '仕様上', '運用上', '規定上', '規定により', '社内規定', 'フロー上', 'ワークフロー', '起票', '切り分け', '架電', '受電', '入電', '当該', '事象', 'バックオーダー'],
    en: ['rma', 'sku', 'per policy', 'as per policy', 'workflow', 'backend', 'back end', 'back-end', 'sync engine', 'tier 2', 'tier-2', 'level 2 support', 'sla', 'ticket queue', 'escalation queue', 'system-side'],
  },
  confusion: {
    description: 'The customer did not follow the explanation.',
    ja: ['意味が分かりません', '意味がわかりません', '意味が分からない', '意味がわからない', 'よく分かりません', 'よくわかりません', 'どういう意味', 'どういうことですか', '何のこと', 'なんのこと', '難しくて', '専門用語'],
    en: ["don't understand", 'do not understand', "don't get it", 'what does that mean', 'what do you mean', "what's an", 'what is an', 'confus*', 'makes no sense', 'no idea what', 'in plain english'],
  },
  plainRestatement: {
    description: 'The agent restates something in plain words.',
    ja: ['つまり', '簡単に申しますと', '簡単に言いますと', '分かりやすく', 'わかりやすく', '言い換えますと', '言い換えると', '要するに'],
    en: ['in other words', 'put simply', 'simply put', 'in short', 'that means', 'what this means', 'in plain terms', 'to put it simply'],
  },
  blame: {
    description: 'Winning the point: "as I said", "you didn\'t read it". "No problem" is not blame.',
    ja: ['先ほども申し上げ', '先ほど申し上げた通り', '先程も申し上げ', '申し上げた通り', '申し上げたとおり', '何度も申し上げ', '何度も言って', 'ご覧になっていない', 'お読みになっていない', '読んでいない', '読まれていない', '見ていない', 'ご確認いただいていない', 'ご確認されていない', '確認されていない', 'お客様の勘違い', 'お客様の誤解', 'お客様のミス', 'お客様側の問題', 'そちらのミス', 'そちらの責任', 'ちゃんと読', '書いてありますよね', '記載してありますよね'],
    en: ['as i said', 'as i already said', 'as i mentioned', 'as i told you', 'like i said', 'as stated', 'as explained', 'as previously', "you didn't read", 'you did not read', "you didn't check", "didn't read it", 'you should have', 'your fault', 'your mistake', 'user error', 'you obviously', 'clearly you', 'if you had read', 'read the manual', "that's not true", 'you are wrong', "you're wrong", 'not our fault', "it's not our fault", "that's your problem", 'not our problem'],
    patterns: ["\\byou (probably |just |obviously |clearly |simply )*(didn['’]t|did not|never|don['’]t|do not) (read|check|look|follow|open)"],
    except: ['no problem', 'not a problem', 'as i said i would', "as i said i'd", 'as promised'],
  },
  greeting: {
    description: 'A greeting or thanks for getting in touch.',
    ja: ['お問い合わせありがとう', 'お問い合わせいただき', 'お問合せありがとう', 'ご連絡ありがとう', 'ご連絡いただき', 'お世話になっております', 'お世話になります', 'こんにちは', 'こんばんは', 'おはようございます', 'お待たせいたしました', 'お電話ありがとう', 'はじめまして', 'ご利用いただき', 'いつもありがとう', 'メッセージありがとう', 'ご相談ありがとう'],
    en: ['hi', 'hello', 'hey', 'good morning', 'good afternoon', 'good evening', 'dear', 'greetings', 'thanks for reaching out', 'thank you for reaching out', 'thanks for contacting', 'thank you for contacting', 'thanks for getting in touch', 'thank you for getting in touch', 'thanks for your message', 'thank you for your message', 'thanks for writing', 'thank you for writing', 'thanks for calling', 'thank you for calling', 'welcome', 'kia ora', "g'day", 'hiya', 'howdy'],
    // "Thanks for your email", "thank you so much for the update": thanks for what they sent.
    patterns: ['\\b(thanks|thank you)( so much| very much)? for (your|the) [a-z]+'],
  },
  selfIntro: {
    description: 'The agent gives their name.',
    ja: ['担当の', 'と申します', '担当いたします', '担当させていただきます'],
    en: ['my name is', "my name's"],
    patterns: [
      '(担当|窓口|サポート|係)の?[^。、\\n]{1,10}(でございます|です)',
      // 「サトウスポーツ通販の山根でございます」「家電アドバイザーの鈴木です。」: a team or shop, then a name.
      '[\\p{Han}\\p{Katakana}ー]の[\\p{Han}]{1,4}(でございます|と申します|です[。、!！\\n])',
      "\\b(i['’]m|i am|it['’]s|this is) [a-z]+(,|\\.|!|\\s+(from|at|with|here|and|on the)\\b)",
      '\\n\\s*(best|regards|kind regards|best regards|warm regards|many thanks|thanks|cheers|sincerely)[,!.]?\\s*\\n+\\s*[a-z]+',
    ],
    // A sign-off by a team is nobody's name: "Kind regards, Customer Services".
    except: [...introExcepts, 'customer services', 'customer service', 'customer care', 'customer support', 'support team', 'the support team', 'the team', 'the customer', 'sales team', 'returns team', 'accounts team'],
  },
  closingCue: {
    description: 'The customer is wrapping up: it worked, that is all. A mid-conversation "ありがとうございます" is not.',
    ja: ['ありがとうございました', '助かりました', '解決しました', 'できました', 'また連絡します'],
    en: ['found it', 'that worked', 'it worked', 'works now', 'working now', 'all sorted', "that's all", 'that is all', "that's everything", 'all good', 'perfect, thanks', 'great, thanks', 'thanks so much', 'thank you so much', 'bye', 'goodbye', 'that helps', 'that helped', 'that solved', 'problem solved'],
    except: ['できましたら', 'できましたか', 'that is all i', "that's all i"],
  },
  closingAsk: {
    description: 'The agent starts to close ("anything else?").',
    ja: ['ほかに何か', '他に何か', 'ほかにご不明', '他にご不明', '以上でよろしい', 'ほかにご質問', '他にご質問'],
    en: ['anything else', 'is there anything more', 'any other questions'],
  },
  callEnding: {
    description: 'The agent tells the customer the call is ending.',
    ja: ['失礼いたします', 'お先に失礼', '失礼します', 'お電話を切らせて'],
    en: ["i'll let you go", 'goodbye', 'bye now', 'have a good day', 'have a great day', 'have a nice day', "i'll hang up", 'end the call'],
  },
  nextStep: {
    description: 'What happens next, or where to come back to.',
    ja: ['予定', 'お送りいたします', 'ご連絡いたします', 'お届け', '発送', '手配', '次回', '今後', '引き続き', 'いつでも', 'お気軽に', 'ご不明な点', '何かございましたら', 'ご返信', '確認でき次第', '完了いたしましたら', 'メールが届き'],
    en: ['will', "we'll", "i'll", "you'll", 'next', 'if anything', 'if you need', 'if you have any', 'if there is anything', "if there's anything", 'feel free', 'just reply', 'reach out', 'let us know', 'let me know', 'anytime', 'any time', 'within', 'expect'],
  },
  warmth: {
    description: 'Thanks or a warm word to end on.',
    ja: ['ありがとう', '感謝', '幸いです', 'よろしくお願い', 'お役に立て', '嬉しく', 'うれしく', '安心', '失礼いたします'],
    en: ['thank*', 'glad', 'happy to', 'pleasure', 'have a', 'take care', 'enjoy', 'cheers', 'appreciate*'],
  },
  promise: {
    description: 'The agent promises to come back (a call-back, an email). "折り返しお電話いたしました" is returning a call, not promising one.',
    ja: ['折り返し', 'ご連絡いたします', 'ご連絡します', 'ご連絡差し上げ', 'お電話いたします', 'お電話します', 'お電話差し上げ', '改めてご連絡', '改めてお電話', '確認してご連絡', 'お送りいたします', 'お送りします', 'ご報告いたします', 'お届けできる予定', 'お届けいたします', '発送いたします', 'ご返信いたします'],
    en: ['call you back', 'get back to you', "i'll email", 'i will email', "i'll send", 'i will send', "i'll follow up", 'i will follow up', "we'll follow up", "i'll call", 'i will call', "we'll call", 'will call you', "i'll let you know", 'i will let you know', "we'll let you know", "i'll update you", 'i will update you', "i'll be in touch", "we'll be in touch", "i'll ring you", "i'll text you"],
    except: ['折り返しお電話いたしました', '折り返しのお電話', '折り返し希望', '折り返しありがとう', '折り返しいただ', '折り返しのご連絡ありがとう', 'returning your call', "i'll call it"],
  },
  timeExpr: {
    description: 'A concrete time for a promise.',
    ja: ['本日中', '今日中', '本日', '明日', '明後日', 'あさって', '翌日', '翌営業日', '午前中', '午後', '夕方', '週明け', '来週', '今週中', '分以内', '時間以内', '営業日'],
    en: ['today', 'tonight', 'tomorrow', 'this afternoon', 'this evening', 'this morning', 'within', 'end of day', 'eod', 'next week', 'in an hour', ...WEEKDAYS],
    patterns: ['\\d{1,2}\\s*(時|:\\d{2})', '\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日', '\\b\\d{1,2}(:\\d{2})?\\s*(am|pm)\\b', '\\d{1,3}\\s*(日|週間|か月|ヶ月|カ月)\\s*(ほど|程度|以内|後|で|くらい|ぐらい)', '\\bin (\\d+|a few|two|three) (minutes|hours|days|working days)\\b', '\\b(an?|one|two|three|half an|\\d+) (hours?|minutes?|days?|mins?) (before|ahead of|after)\\b', '(\\d{1,2}|[一二三])\\s*(時間|分|日)前(に|まで)'],
  },
  anyText: {
    description: 'Anything written at all. As a check it keeps a prompt up until the agent starts the reply — and on a call, where there is no draft, for as long as the situation holds.',
    patterns: ['^\\s*\\S'],
  },
};
