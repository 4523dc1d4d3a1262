/**
 * Japanese by a small grammar: affect words read with the negation, politeness and
 * rhetorical forms after them (怒ってはいません is calm, ひどくないですか is a complaint,
 * おかしいじゃないですか argues), intensifiers that strengthen what follows (本当に, 全然, 何度も),
 * questions that are complaints (いつになったら…, なんで…んですか), pushback, irony, and the
 * failure nouns beside the verbs of japanese-verbs.ts.
 */
import { leadingUp, persistence, quotedSpeech, rule, runRules, spans, type Rule } from './rules';
import type { Heard, Span } from './types';

/** After an affect word: its okurigana, て/で, は/も, い/おり, こと/の, then the negation itself. */
const NEGATED = /^(?:[っりるくいかしさ]|すぎ)?(?:て|で)?(?:[はも]|すら)?(?:い|おり|お)?(?:る(?:こと|の|わけ)|ている(?:こと|の)|こと|の|わけ)?[はもが]?(?:なかった|なく|ない|ません|ありません|ございません|いらない|いりません|無い|なし|(?:じゃ|では)(?:ない|ありません))/;
/** じゃないですか, ではないか, じゃん: asserting, not denying ("おかしいじゃないですか"). */
const RHETORICAL = /^(?:[いくだ]|です)?(?:じゃない|ではない|じゃありません|ではありません)(?:です)?(?:か|でしょう)|^(?:[いだ]|です)?じゃん/;
const QUESTION_AFTER = /^(?:です|でしょう)?(?:か|よね|でしょ)/;

const negated = (text: string, at: Span) => {
  const tail = text.slice(at.end, at.end + 16);
  if (RHETORICAL.test(tail)) return false;
  const neg = NEGATED.exec(tail);
  return neg !== null && !QUESTION_AFTER.test(tail.slice(neg[0].length));
};
/** Hypotheticals and "if": 最悪の場合, 不具合の場合, もし…: not a report. */
const possible = (text: string, at: Span) => /^(?:の|が)?(?:場合|時|とき|なら|かも|可能性|があれば|があったら)/.test(text.slice(at.end, at.end + 6));
const notReported = (text: string, at: Span) => negated(text, at) || possible(text, at);
/** The visitor finished the job before leaving (取り付けを終えて帰られました). */
const JOB_DONE = /(?:終え|終わっ|完了し|済ませ|済ん|直し|直っ|取り付け|付け|設置し|交換し|修理し|つなげ|繋げ|接続し|届け)て(?!(?:い|も)?(?:ない|ず|ません))/;
const ENDING = /^(?:[っりるらくいかちきし]|すぎ)?(?:て|で)?(?:い|お)?(?:ます|ました|る|た)?/;
const word = (kind: Rule['kind'], weight: number, re: RegExp) => rule(kind, weight, re, { unless: negated, tail: ENDING });

const FAILURES: Rule[] = [
  // What a screen says, quoted: 「対象外」って出ます, "Payment declined" と表示される.
  rule('failure', 1, /[「『"][^」』"\n]{1,40}[」』"](?:って|と)(?:出|でて|でる|表示|なり|なっ)/g, { unless: possible }),
  // 荷物が戻された、家にいたのに不在扱い: 営業所に持ち戻りになっています, 差出人に返送されて.
  rule('failure', 1, /(?:営業所|センター|倉庫|配送所|郵便局)に(?:持ち)?(?:戻(?:り|っ|され)|返送)|持ち戻り(?:に|と)|(?:差出人|送り主)に(?:返送|戻)|(?:家|自宅)に(?:ずっと)?い(?:た|ました)のに[^。！？\n]{0,12}?不在/g, { unless: possible }),
  // Not what was asked for: 『ゆいな』じゃなくて『ゆうな』になってて, AではなくBが届きました.
  rule('failure', 1, /(?<=じゃなくて|じゃなく(?!て)|ではなくて|ではなく(?!て))[^。！？\n]{1,20}?(?:になって|になってい|になってま|が届|が入って|が来|でした|だった)/g, { unless: possible }),
  // An expectation that failed: はず(なのに|だったのに|が) — 解約したはずなのに引き落とされていました.
  // 頼んだのと違うものが来た: 絹豆腐を頼んだんですけど、届いた袋に入ってたのは納豆でした.
  rule('failure', 1, /(?:頼んだ|頼みました|注文した|注文しました|買った|購入した|選んだ|申し込んだ)[^。！？\n]{0,12}(?:のに|けど|が|ところ)[^。！？\n]{0,30}?(?:届いた|入って(?:い)?た|来た|きた|送られて(?:き)?た|届きました)(?:の|もの|商品)?(?:は|が)/g, { unless: possible }),
  rule('failure', 1, /はず(?:なのに|だったのに|なんですが|なんですけど|ですが|ですけど|が|の[^。]{1,20}(?:ない|ません|られ|されて))/g, { unless: possible }),
  // Never came, in standard or Kansai speech: 結局来ぇへんかった, 業者が来なかった, 連絡も来ない.
  rule('failure', 1, /(?:が|も|結局|まだ|全然|一向に|いつまでたっても|いつまで経っても)、?(?:来|こ|き)(?:ぇへん|えへん|ーへん|ひん|へん|な(?:い|かった|くて))(?:かった)?/g, { unless: possible }),
  // Sent back: 不在で戻ってきちゃった, メールが返ってきました (a delivery or a message that did not arrive).
  rule('failure', 1, /(?:不在|宛先不明|住所不明|受取拒否)(?:で|のため|だったので)[^。！？\n]{0,10}?(?:持ち)?(?:戻|返)って(?:き|来)(?:ちゃ|てしま|まし|た)|(?:荷物|商品|品物|お届け物|メール|郵便)が(?:戻|返)って(?:き|来)(?:ちゃ|てしま|まし|た)/g, { unless: possible }),
  // Stopped working: any verb + なくなった (音が出なくなりました, 映らなくなった).
  rule('failure', 1, /(?<=[\u3041-\u309f\u30a0-\u30ff\u4e00-\u9fff])(?<![いしみ])なくな(?:りました|った|っちゃった|ってしまいました|ってしまった|ってます|っています)/g, { unless: possible }),
  // A feature that cannot be done: ペアリングできません, 予約できない (not a question about it).
  rule('failure', 1, /(?:[\u30a0-\u30ff]{2,}|[\u4e00-\u9fff]{2,})(?:が|も)?でき(?:ません(?:でした)?|ない(?!で|と|か|よう)|なかった|なくて)(?![かの]|でしょうか|ですか)/g, { unless: possible }),
  // Something unwanted done to the customer after a request: お願いしたのに、持ち帰られてしまいました.
  rule('failure', 1, /のに[、,]?[^。？?]{0,30}?(?:れて|られて|て|で)しま(?:いました|った|ってい)/g, { unless: possible }),
  // A Sino-Japanese "not yet" word for what should have happened (カタログ未着, 返金未反映), and a slip (発送漏れ).
  rule('failure', 1, /未(?:着|到着|配達|配送|発送|出荷|返金|納品|反映|受領|回答)|不着|不達|\p{Script=Han}{1,4}漏れ(?!なく)|入れ忘れ/gu, { unless: notReported }),
  // Wrong-X words (誤植, 誤発送, 誤請求), an X-slip (組版ミス, 当社の手違い) not the writer's own, and a thing that was wrong (電話番号が間違っていた).
  rule('failure', 1, /誤(?:植|記|送|発送|出荷|配達|請求|表記|案内|登録|入力|字|発注|引き落とし)|(?:\p{Script=Han}|\p{Script=Katakana}|ー){1,6}ミス|(?:当社|弊社|御社|貴社|そちら|そっち|お店|店舗|業者|配送業者)(?:側)?の(?:ミス|不手際|手違い|誤り|落ち度)|(?:が|も)(?:間違って|違って)(?:いた|いました|いる|います|た|ました|ます)/gu, { unless: (text, at) => notReported(text, at) || /(?:私|わたし|自分|こちら)の[^。、]{0,6}$/.test(text.slice(Math.max(0, at.start - 8), at.start)) }),
  // Whoever came for us left with the job undone: 工事の方が…「今日はつなげられません」と言って帰ってしまいました.
  rule('failure', 1, /(?<=(?:(?:工事|作業|配達|配送|修理|点検|設置|回収|引っ?越し?)(?:業者)?の(?:方|人|担当|スタッフ)|(?:作業員|配達員|配送員|業者|技術者|職人|ドライバー|スタッフ|担当者?)(?:の方|さん)?)(?:が|は|も)[^。！？\n]{0,60}?)(?:帰って(?:しま(?:った|いました|われ)|ちゃった|いかれ(?:ました|た)|行かれ(?:ました|た)|行っちゃった)|帰られ(?:てしま|ました|た)|引き上げ(?:てしま|ていかれ|られ)|持ち帰(?:ってしま|っていか|って行か|られ))/g, { unless: (text, at) => possible(text, at) || JOB_DONE.test(text.slice(Math.max(0, at.start - 60), at.start).split(/[。！？\n]/).at(-1) ?? '') }),
  // Something done to the writer, regretted: 旧住所に送られてしまった, キャンセルされちゃった.
  rule('failure', 1, /(?:さ|ら|か|わ|ま|た|な|ば|が)れて(?:しま(?:った|いました|って)|ちゃ(?:った|って))/g, { unless: possible }),
  rule('failure', 1, /不具合|障害|バグ|トラブル|誤配送|誤配|配送ミス|発送ミス|不良品|初期不良|欠品|破損|色違い|サイズ違い/g, { unless: notReported }),
  rule('failure', 1, /ぐちゃぐちゃ|ぐしゃぐしゃ|めちゃくちゃに|ボロボロ|ぼろぼろ|ひっくり返って|びしょ濡れ|びしょびしょ|水浸し/g, { unless: notReported }),
  rule('failure', 1, /(?:旧い|古い|前の|以前の|修正前の|元の|変更前の)(?:まま|ままで|ままに)(?:でした|です|だった|だ|になって|なって|届)/g, { unless: possible }),
  rule('failure', 1, /(?:二|2)回注文|二重注文|二重(?:に)?(?:請求|引き落とし|引き落と|決済|課金|払い)|(?:2|二)(?:回|度)(?:も)?(?:請求|引き落と|決済|課金)/g, { unless: possible }),
  rule('failure', 1, /(?:違う|別の|間違った)(?:色|商品|サイズ|品物|もの|物|型番|品|住所|製品|本)/g, { unless: possible }),
  rule('failure', 1, /(?:返事|返信|折り返し|連絡|回答|返金|お返事|ご連絡|ご返信|ご回答|お電話)(?:が|は|も)?(?:まだ|一向に|いまだに)?(?:ありません|ございません|ない(?!か)|来ない|来ません|来ていません|こない|きません|なかった|いただけていません|もらえていません|もらえない)/g, { unless: possible }),
  rule('failure', 1, /(?:傷|汚れ|破れ|へこみ|凹み|欠け|ひび|シミ|穴)(?:が|も)(?:あり|ある|つい|入っ|でき)/g, { unless: possible }),
  rule('failure', 1, /(?<=が)(?:おかしい|おかしくなっ|変です|変になっ)/g, { unless: notReported }),
];

const PHRASES: Rule[] = [
  // 怒り
  word('anger', 5, /最悪/g),
  word('anger', 6, /激怒|憤慨/g),
  word('anger', 4.5, /ムカつ|むかつ|ムカッと|むかっと|腹が?立(?=[ちつっ])|頭に(?:く|来)|イライラ|いらいら|イラッと|いらっと|イラっと|カチンと|怒(?=[っりらるれ])|不誠実|無責任|最低(?!限|でも)/g),
  word('anger', 3.5, /(?:ひど|酷)(?=[いくかす]|過)/g),
  rule('anger', 5, /(?:ありえ|あり得|ありえへ)(?:ない|ません|ん)(?!くらい|ほど|ぐらい)|許せ(?:ない|ません)|許さ(?:ない|ん)|話にな(?:らない|りません)|二度と(?:使|利用|買|頼|注文)[^。!?]{0,5}?(?:ない|ません)/g),
  rule('anger', 4, /信じられ(?:ない|ません)(?!くらい|ほど|ぐらい)|(?:しろ|しやがれ|やがって|ってんの|だろうが)(?=[!?。、]|$)/g),
  rule('anger', 6, /ふざけ(?:るな|んな|ないで|てる|ている|てます|てんの|てません?か)/g),
  rule('anger', 5, /(?:責任者|上司|上の(?:者|人|方)|管理職)(?:を|に|と|から|の方)(?:から)?[^。!?]{0,8}?(?:出し|代わ|替わ|話|呼|つな|説明)|訴え(?:ます|る|てやる)|消費者(?:センター|庁)|弁護士|(?:舐め|なめ)(?:て(?:る|いる|ます)|られ)|(?:馬鹿|バカ)に(?:して|され)/g),
  // 苛立ち
  rule('frustration', 5, /もう限界|限界(?:です|だ|に)|これ以上(?:は)?(?:待て|無理|我慢|耐え)/g),
  word('frustration', 4, /失望|嫌(?=に|だ|です|な)|いや(?=になり|になっ)/g),
  rule('frustration', 3.5, /(?:他|ほか)の(?:会社|店|業者|ところ)(?:に|で)|他社(?:に|で)|またですか|またか(?=[。!?…]|$)/g),
  rule('frustration', 2.5, /(?:こんな|そんな)(?:ご?対応|扱い|説明|サービス|いい加減)|(?:また|いつも)同じ|同じことの繰り返し|(?<=^|[。!?\s])(?:はぁ|はあ|ハァ|ため息)/g),
  rule('anger', 4, /(?:誠意|やる気|責任感)(?:が|を|も)?(?:感じられ(?:ない|ません)|ない|ありません|見え(?:ない|ません))/g),
  rule('frustration', 5.5, /(?:いい|好い)(?:加減|かげん)に(?:して|しろ|してくれ)/g),
  word('frustration', 4.5, /うんざり|勘弁して/g),
  word('frustration', 4, /(?:呆れ|あきれ)(?=[まるたて])/g),
  word('frustration', 3.5, /がっかり/g),
  word('frustration', 3, /不満/g),
  word('frustration', 2.5, /残念(?=です|だ|な|でし)/g),
  rule('frustration', 4, /もう(?:いい|結構)(?:です|よ|わ)?(?![かので])/g),
  rule('frustration', 3.5, /さすがに(?=…|\.\.|、?(?:これ|それ|ひど|遅|おかし|ない|ちょっと|困|無理|もう|今回))/g),
  rule('frustration', 3, /(?:何度も|何回も|再三)(?=[^。!?]{0,10}?(?:電話|連絡|問い?合わせ|説明|言っ|言い|お願い|メール|催促|伝え|聞か|聞い))/g),
  rule('frustration', 3.5, /いい加減(?=[、,])|ストレス(?!は(?:な|あり))|同じこと(?:を|ばかり)/g),
  rule('anger', 4.5, /被害者|被害を受け|誠意(?:ある|のある)対応|もう[^。!?]{0,12}?(?:買|使|利用し|頼)(?:いません|わない|しません|みません)/g),
  rule('distress', 4, /頭が(?:おかしく|変に)なり|気が(?:狂|変にな)り|ノイローゼ/g),
  rule('frustration', 2.5, /何度目|[二三四五2-5](?:度|回)目/g),
  rule('frustration', 2, /のに(?=[、。!?…]|$)/g),
  rule('frustration', 3, /(?:ちゃんと|きちんと|まともに)[^。!?]{0,6}?(?:して|やって)(?:ください|くれ|よ|ほしい)/g),
  rule('frustration', 3, /(?:待た|させ|言わ|やら|払わ|歩か)され|(?:毎回毎回|何度も何度も|何回も何回も)|疲れ(?:ました|た|てしまい|ちゃ)|暇じゃない|こんなことなら|(?:なければ|なきゃ)よかった/g),
  rule('frustration', 2.5, /(?:[0-9一二三四五六七八九十何数]+(?:日|週間|時間|回|か月|ヶ月|カ月|分|年))も|もう[0-9一二三四五六七八九十]+(?:日|週間|時間|か月|ヶ月|カ月|年)(?:です|だ|経|た)|これですか|早くして(?:ください|もらえ|ほしい|くれ)/g),
  word('frustration', 3, /(?:悪|遅|雑|適当)(?=い|く|すぎ|過ぎ|な|です)/g),
  rule('frustration', 2, /(?:全然|全く|まったく|ちっとも|何も|一切)(?=[^。!?、]{0,12}?(?:ない|ません))(?![^。!?、]{0,12}?(?:問題|構わ|気にし|大丈夫|急いで))/g),
  rule('frustration', 3, /どうせ|さっさと|とっとと/g),
  rule('frustration', 4, /期待(?:して(?:い|お)?(?:ない|ません)|でき(?:ない|ません)|しない|外れ)/g),
  rule('pushback', 3.5, /言い訳|言い逃れ/g),
  // Questioning the company's judgement out loud: 誰がそれでいいと思ったんでしょうね, どういうつもりなんですか.
  rule('pushback', 4, /(?:誰が|どなたが|どういう(?:つもり|神経|考え)|何を考えて)[^。！？?\n]{0,30}?(?:んでしょう|のでしょう|んですか|のですか|んだろう|のかな|の[？?])/g),
  // 質問の形をした苦情
  rule('complaint-question', 4, /(?:だと|と)(?:思って(?:る|いる|ます)|お思い)(?:んですか|の[?]?|のですか)/g),
  rule('complaint-question', 4.5, /どういうつもり|何を言って(?:いる|る)(?:んですか|の|んだ)|(?:いったい|一体)[^。!?]{0,20}?(?:か|の)(?=[。!?]|$)/g),
  rule('complaint-question', 4.5, /何のため(?:の|に)[^。!?]{0,10}?(?:ですか|なんですか|なの|か[?]?)(?=[。!?]|$)/g),
  rule('complaint-question', 3, /いつ[^。!?]{0,15}?(?:んですか|のですか|んだ)/g),
  rule('complaint-question', 4.5, /いつになったら/g),
  rule('complaint-question', 4, /(?:なんで|なぜ|どうして|何で)[^。!?\n]{0,30}?(?:んですか|んだ(?:よ|[!?])|の[!?]|のよ|わけ[!?]?|のですか|んでしょう(?!か))|いつまで(?:待[てたつち]?|かか[るり]?)|どれだけ待た|どういうこと(?:ですか|なの|だ|でしょうか|[!?])/g),
  rule('complaint-question', 5, /何(?:度|回)[^。!?]{0,10}?(?:えば|すれば|したら|させる|させ(?:られ)?|言わせ)(?:んですか|の|んだ|ば)?|どうしてくれる|(?:こんな|そんな)[^。!?]{0,12}?(?:済む|許される|通る)と(?:思|お思)/g),
  rule('complaint-question', 4.5, /どうなって(?:る|いる|ます|います)(?:んですか|の|のですか|んだ|か)/g),
  rule('complaint-question', 3.5, /まだ[^。!?]{0,15}?(?:ない|ません)(?:ん|の)ですか/g),
  // 反発
  rule('pushback', 4, /(?:言っ|伝え|書い|説明し|お願いし)(?:て(?:る|いる|ある|ます))?た?(?:じゃないですか|じゃないか|でしょう)/g),
  rule('pushback', 3, /(?<=ない|なかった|ません)(?:じゃない(?:です)?か|じゃん|ではないですか)/g),
  rule('pushback', 4, /おかし(?:い|いです)?(?:でしょう|だろう|じゃない|ですよね|と思います|ですよ)|おかしくない(?:です)?か/g),
  rule('pushback', 4.5, /納得(?:が)?(?:でき|いか|いき)(?:ない|ません|かねます)/g),
  rule('pushback', 4, /話が違|(?:そんな(?:の|こと|話)?|そういうこと)(?:は|って|とか)?聞いて(?:い|お)?(?:ない|ません|りません)|それ(?:では|じゃ)(?:困ります|困る|意味が(?:ない|ありません))/g),
  rule('pushback', 4, /(?:そちら|御社|貴社|そっち)(?:側)?の(?:ミス|責任|せい|不手際|都合|過失|問題)|(?:私|こちら|わたし)(?:の|は)(?:せい|責任|ミス|悪く)(?:じゃ|では)?(?:ない|ありません)/g),
  rule('pushback', 3, /(?:前|先日|先ほど|さっき|既に|すでに|前回)(?:に|にも|も)?(?:言|説明|伝え|お伝え|お話し|連絡|申し上げ)(?:っ|し|え|いたし)?(?:た|ました|ています|てます)/g),
  // 皮肉
  // Said in earnest in most polite email; sarcastic only beside a complaint.
  rule('sarcasm', 4, /ご丁寧に(?:どうも|ありがとう)/g, { ironic: true }),
  rule('sarcasm', 4, /さすが(?!に)(?:です|だ|でございます)?(?:ね|よね|わ|な)(?!い)|(?:素晴らしい|すばらしい|ご立派な?|立派な|結構な|見事な|優秀な)(?:ご?対応|サービス|お?仕事|会社|システム)?(?:です|だ)(?:ね|よ|わ)|ありがた(?:い|いです)(?:ね|こと)|大変勉強になり/g, { ironic: true }),
  // 困惑・不安
  // 「何かあったら困る」, 「届かなければ困る」: a worry about what may happen, not a report of what has (「このままだと困る」 is now).
  rule('distress', 3, /困(?=[っりるら])/g, { unless: (text, at) => negated(text, at) || /(?:たら|れば|ければ|なら)$/.test(text.slice(Math.max(0, at.start - 3), at.start)), tail: ENDING }),
  word('distress', 2.5, /不安/g),
  word('distress', 2, /(?<!ご)心配/g),
  rule('distress', 2, /眠れ(?:ない|ません)/g),
  // Worry: 気が気じゃない, 心配で眠れない, 不安でたまらない.
  rule('distress', 3.5, /気が気じゃ(?:ない|ありません|なく)|気が気でな|(?:心配|不安)で(?:たまら|仕方|しょうが|眠れ|夜も)|怖くて(?:たまら|仕方|眠れ)/g),
  // Kansai and blunt forms of "what are you doing": 何しとんねん, 先に言うことあるやろ.
  rule('pushback', 4, /何しとん|何してんねん|何してくれてん|何やっとん|何やってんの|先に言うこと(?:が)?あ(?:る|ります)(?:やろ|でしょう|だろ)/g),
  rule('frustration', 3, /恥(?:を)?かい(?:た|て)|恥ずかしい思いを/g),
  word('distress', 3, /焦(?=[っりる])/g),
  rule('distress', 4, /泣き(?:そう|たい)|泣いて|助けて|どうしたら(?:いい|よい)(?:の)?か(?:分|わ)か(?:ら|り)/g),
];

/** Not the customer's complaint: bad weather, "at worst", ご迷惑 (the agent's word, quoted back), the customer's own late reply (ご連絡が遅くなってしまいました). */
const SHIELDS = /(?:ひど|酷)い(?:雨|風|天気|渋滞|雪|台風|寒さ|暑さ|混雑|風邪)|最悪(?:、|,)?(?=[^。!?]{0,12}(?:でも|構いません|大丈夫|いい|ok))|最悪の(?:場合|ケース)|最悪でも|最悪の事態(?:は|を|だけは)(?:避け|免れ|回避|脱)|(?:ありえ|あり得|信じられ)(?:ない|ません)(?:くらい|ほど|ぐらい)|ご(?:迷惑|心配|不便|不満|不安)|(?:ご?連絡|ご?返信|お?返事|ご?報告|ご?回答|お?支払い|お?振(?:り)?込み?)が?(?:大変|すっかり)?遅くな(?:ってしまい|ってしまって|ってすみません|って申し訳|ってごめん|りすみません|り申し訳|りました|ってしまいました|りまして)/g;
/** Someone else's words, unquoted: 友人は最悪だと言っていました. */
const REPORTED = /(?:だ|です)?(?:と|って)(?:言って|言われ|言う|書いて|のこと)/g;
/** 怒っているというより…: what comes before "rather than" is not asserted. */
const RATHER = /というより|というか|ではなく|じゃなくて/g;
const notMine = (s: Span, text: string) => !/私|わたし|僕|俺|自分|こっち|こちら|うち/.test(text.slice(s.start, s.end)) && /[はが]|から/.test(text.slice(s.start, s.end));
const CALM = /ありがとう|助か(?:り|っ)|解決し(?:まし)?た|安心し|大丈夫(?!じゃ|では|か)|問題(?:は)?(?:ありません|ないです|ない|なし|ございません)|了解(?:です|しました)|承知(?:しました|いたしました)|(?:分|わ)かりました|かしこまりました|直りました|納得しました|(?:良|よ)かった(?!ら|けど)/g;
const BOOSTERS = /もう|本当に|ほんとに|ほんとうに|マジで|まじで|めちゃくちゃ|めっちゃ|すごく|とても|非常に|かなり|本気で|心底|正直|いい加減/g;
const PERSISTENCE = /全然|全く|まったく|ちっとも|一向に|いっこうに|一度も|何度も|何回も|いつも|毎回|ずっと|相変わらず|未だに|いまだに|再三|また(?![はね、])|まだ/g;
const LAUGHTER = /\(笑\)|笑$|w{2,}$|草$/;

/** An intensifier strengthens the upset word right after it, in the same clause. */
function boost(text: string, heard: Heard): void {
  for (const b of spans(BOOSTERS, text)) {
    const next = heard.hits.find((h) => h.kind !== 'failure' && h.start >= b.end && h.start - b.end <= 6 && !/[。!?、]/.test(text.slice(b.end, h.start)));
    if (next) Object.assign(next, { start: b.start, weight: next.weight + 1 });
  }
}

export function hearJapanesePhrases(text: string, heard: Heard): void {
  runRules(FAILURES, text, heard);
  persistence(text, heard, PERSISTENCE, (w) => (w === 'まだ' ? 1 : 2), 12);
  runRules(PHRASES, text, heard);
  boost(text, heard);
  heard.shields.push(...spans(SHIELDS, text), ...leadingUp(RATHER, text, 10), ...leadingUp(REPORTED, text, 24).filter((s) => notMine(s, text)), ...quotedSpeech(text));
  heard.calm.push(...spans(CALM, text));
  if (LAUGHTER.test(text.trim())) heard.laughing = true;
}
