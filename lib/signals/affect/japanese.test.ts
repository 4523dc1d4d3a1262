import { describe, it } from 'vitest';
import { expectCalm, expectProblem, expectUpset, type CalmCase, type ProblemCase, type UpsetCase } from './testing';

/** Written from how customers write, before the rules: each names the words a coach would point at. */
const upset: UpsetCase[] = [
  // 弱い言葉が強くなる
  { text: 'もう限界です。', kind: 'frustration', shows: 'もう限界' },
  { text: 'さすがに…これはないと思います。', kind: 'frustration', shows: 'さすがに' },
  { text: 'いい加減にしてください。', kind: 'frustration', shows: 'いい加減にして' },
  { text: '全然使えないじゃないですか。', kind: 'frustration', shows: '全然使えない' },
  { text: '何度も電話しているのに、まだ折り返しがありません。', kind: 'frustration', shows: '何度も' },
  { text: 'もういいです、解約します。', kind: 'frustration', shows: 'もういいです' },
  { text: '正直、がっかりしました。', kind: 'frustration', shows: 'がっかり' },
  { text: 'また壊れました。これで三回目です！', kind: 'frustration', shows: 'また' },
  // 怒り
  { text: '最悪です。二度と使いません。', kind: 'anger', shows: '最悪' },
  { text: 'ふざけないでください！', kind: 'anger', shows: 'ふざけ' },
  { text: 'ありえないんですけど。', kind: 'anger', shows: 'ありえない' },
  { text: '話になりません。上の者を出してください。', kind: 'anger', shows: '話になりません' },
  { text: 'ほんとに腹が立ちます。', kind: 'anger', shows: '腹が立ち' },
  { text: 'ちょっとひどくないですか？', shows: 'ひどく' },
  // 質問の形をした苦情
  { text: 'いつになったら直るんですか？', kind: 'complaint-question', shows: 'いつになったら' },
  { text: 'なんで毎回こちらから連絡しないといけないんですか。', kind: 'complaint-question', shows: 'なんで' },
  { text: 'どうしてまだ届いていないんですか！', kind: 'complaint-question', shows: 'どうして' },
  { text: '何度言えば分かるんですか。', kind: 'complaint-question', shows: '何度言えば' },
  { text: 'これ、どうなってるんですか？', kind: 'complaint-question', shows: 'どうなってる' },
  { text: 'いつまで待てばいいんでしょうか。', kind: 'complaint-question', shows: 'いつまで待て' },
  // 方針への反発
  { text: 'それはおかしいでしょう。', kind: 'pushback', shows: 'おかしいでしょう' },
  { text: 'そんな説明では納得できません。', kind: 'pushback', shows: '納得できません' },
  { text: 'そんなの聞いてないです。', kind: 'pushback', shows: '聞いてない' },
  { text: '子どもが熱を出していて、薬が届かないと心配でたまらないんです。', kind: 'distress', shows: '心配でたまら' },
  { text: '父が一人暮らしなので、気が気でなくて。', kind: 'distress', shows: '気が気でな' },
  { text: '壊れたもん送ってきて、何してくれてんの。', kind: 'pushback', shows: '何してくれてん' },
  { text: 'お客さんの前でえらい恥かいたわ。', kind: 'frustration', shows: '恥かいた' },
  { text: '白を注文して黒が来るって、どなたが確認したんでしょうか？', kind: 'pushback', shows: 'どなたが確認したんでしょう' },
  { text: '二回も同じ間違いって、何を考えて梱包してるんですか。', kind: 'pushback', shows: '何を考えて梱包してるんですか' },
  { text: 'それでは困ります、こちらは悪くないので。', kind: 'pushback', shows: 'それでは困ります' },
  // 皮肉
  { text: 'さすがですね、三回連続で誤配送なんて。', kind: 'sarcasm', shows: 'さすがですね' },
  { text: '素晴らしい対応ですね、まだ何も解決していませんが。', kind: 'sarcasm', shows: '素晴らしい対応ですね' },
  { text: 'ご丁寧にどうも。で、いつ届くんですか。', kind: 'sarcasm', shows: 'ご丁寧にどうも' },
  // 困惑・不安
  { text: '本当に困っています、明日までに必要なんです。', kind: 'distress', shows: '困っています' },
  { text: '不安で夜も眠れません、どうしたらいいのか分かりません。', kind: 'distress', shows: '不安' },
];

const problems: ProblemCase[] = [
  // 来てくれた人が用を済ませずに帰った
  { text: '修理の方が来たのですが、部品がないと言って帰ってしまいました。', shows: '帰ってしまいました' },
  { text: '配達員さんは不在票も入れずに帰られました。', shows: '帰られました' },
  { text: '業者の方が冷蔵庫を持ち帰ってしまいました。', shows: '持ち帰って' },
  // Kansai negatives, and a delivery sent back.
  { text: '家で一日待ってたのに、結局来ぇへんかったわ。', shows: '来ぇへんかった' },
  { text: '荷物、まだ届いてへんねん。', shows: '届いてへん' },
  { text: '先方が不在で戻ってきちゃったんです。', shows: '不在で戻ってき' },
  { text: 'Mサイズを注文したんですが、届いたのはLでした。', shows: '注文したんですが、届いたのは' },
  { text: '青を選んだのに、箱に入っていたのは赤いケースでした。', shows: '選んだのに、箱に入っていたのは' },
  { text: '注文と違う色が届きました。', shows: '違う色' },
  { text: '商品がまだ届いていません。', shows: '届いていません' },
  { text: '荷物が届いてないのですが、確認できますか。', shows: '届いてない' },
  { text: '昨日の時点で届かなかったです。', shows: '届かなかった' },
  { text: '箱を開けたら壊れていました。', shows: '壊れていました' },
  // A "not yet" word and a slip, as an email or an agent's summary writes them.
  { text: '先週注文した商品がまだ未着です。', shows: '未着' },
  { text: '返金未反映の件でご連絡しました。', shows: '未反映' },
  { text: '明細に同梱漏れがありました。', shows: '同梱漏れ' },
  { text: '請求書の宛名が間違っていました。', shows: 'が間違っていました' },
  { text: '予約が勝手にキャンセルされてしまいました。', shows: 'されてしまいました' },
  { text: '案内状に誤植があったので刷り直してほしいです。', shows: '誤植' },
  { text: 'そちらの手違いで二つ届いています。', shows: 'そちらの手違い' },
  { text: 'アプリが使えない状態です。', shows: '使えない' },
  { text: '今月分が二重に請求されています。', shows: '二重に請求' },
  { text: '昨日からログインできません。', shows: 'ログインできません' },
  { text: 'ＯＫボタンを押すとエラーが出ます。', shows: 'エラーが出ます' },
  { text: 'ｱﾌﾟﾘが起動しなくなりました。', shows: '起動しなくなりました' },
  { text: '外箱がいたんでいました。', shows: 'いたんでいました' },
  { text: 'まだ見れないんですけど。', shows: '見れない' },
  { text: '先月で退会したはずなのに、また会費が引き落とされていました。', shows: 'はずなのに' },
  { text: 'きのうからテレビが映らなくなりました。', shows: 'なくなりました' },
  { text: '何回やってもペアリングできません。', shows: 'ペアリングできません' },
  { text: '置き配をお願いしたのに、持ち帰られてしまいました。', shows: 'のに、持ち帰られてしま' },
  { text: '全然つながらないんですが。', shows: 'つながらない' },
  { text: 'まだつながらないです。', shows: 'つながらない' },
  { text: 'ログインすると「アカウントが無効です」と表示されます。', shows: '「アカウントが無効です」と表示' },
  { text: '白じゃなくて黒が届きました。', shows: '黒が届' },
  { text: '追跡を見たら、センターに持ち戻りになっていました。', shows: 'センターに持ち戻り' },
  { text: '荷物が差出人に返送されてしまったようです。', shows: '差出人に返送' },
];

/** Near-misses: the same words, or the same topics, from a customer who is fine. */
const calm: CalmCase[] = [
  { text: '作業員の方が取り付けを終えて帰られました。' },
  // A worry about what may happen is no report of what has.
  { text: '休みの間に何かあったら困るなー思て、営業日を聞いときたいんです。' },
  { text: '当日雨が降ったら困るので、予備日も教えてください。' },
  { text: 'このままだと来月には容量が足りなくなりそうです。' },
  { text: '私の入力ミスでした、住所を直していただけますか。' },
  { text: '漏れなく記入して送りました。' },
  { text: '未発送の場合はキャンセルできますか？' },
  { text: '届いた色が違うと思ったら、私の勘違いでした。すみません。' },
  { text: 'うっかり間違えて2個注文してしまいました。1個キャンセルできますか。' },
  { text: 'ご丁寧にありがとうございます。引き続きよろしくお願いいたします。', thankful: true },
  { text: 'ご丁寧にご案内いただき、ありがとうございました。', thankful: true },
  { text: '配送先の変更方法を教えていただけますか。' },
  { text: '領収書の発行をお願いできますでしょうか。' },
  { text: '今日は暑いですね。' },
  { text: '最悪の事態は避けられました、ありがとうございます。', thankful: true },
  { text: '問題ありません。', thankful: true },
  { text: '怒ってはいません、確認したいだけです。' },
  { text: 'ありがとうございます、助かりました。', thankful: true },
  { text: '母が「最悪だ」と言っていましたが、私は気にしていません。' },
  { text: '届かない場合はどうすればいいですか？' },
  { text: '壊れてはいませんでした。念のためご連絡しました。' },
  { text: 'さすが、対応が早いですね！' },
  { text: '素晴らしい対応をありがとうございました。', thankful: true },
  { text: '最悪の場合、来週でも大丈夫です。' },
  { text: '特に困っていることはありません。' },
  { text: '全然大丈夫です！', thankful: true },
  { text: '使い方がわからないので教えてください。' },
  { text: '何度も使っていますが、とても便利です。' },
  { text: 'なぜこの設定が必要なのか教えてください。' },
  { text: '本当にありがとうございます！', thankful: true },
  { text: '心配ないです、ゆっくりで大丈夫です。', thankful: true },
  { text: 'うちの猫がまた箱で遊んでます(笑)' },
  { text: 'ありえないくらい早く届きました、ありがとうございます。', thankful: true },
  { text: '子供がふざけて落としてしまったので、部品だけ買えますか。' },
  { text: '明日届かなかったら、またご連絡します。' },
  // A verb in kana inside another word, and the writer's own ability: no failure.
  { text: '更新の書類が届いたんですけど、見方を教えてください。' },
  { text: '窓口に並んでいたんですが、時間がなくて帰りました。' },
  { text: 'これから運転なので、ゆっくり見られないです。' },
  { text: '鍋が吹きこぼれそうで、少しお待ちください。' },
  { text: '届くはずの日を教えていただけますか。' },
  { text: 'スマホでも予約できますか？' },
  // Someone else's words quoted, the customer's own late reply, a problem the same turn says is over.
  { text: '先月は繁忙期でバタバタしていて、ご連絡が遅くなってしまいました。請求書の宛名を変えられますか。' },
  { text: '昨日の夜アプリ落ちてたっぽいですけど、今はふつうに使えてます！' },
  { text: '消えました！ありがとうございます、助かりました。替えのフィルターって単品で買えますか？', thankful: true },
];

describe('readAffect in Japanese', () => {
  it.each(upset)('hears upset: $text', expectUpset);
  it.each(problems)('hears a plain problem report, not heat: $text', expectProblem);
  it.each(calm)('stays calm: $text', expectCalm);
});
