/**
 * Blame or winning the point, in the agent's draft. The criterion is grammatical, one of:
 *  1. The agent cites their OWN earlier words as settled ("as I said", "per my last email",
 *     "as stated previously", 先ほども申し上げた通り, 何度もご説明しておりますが). "As you said" and
 *     "as discussed" cite the customer or both and stay quiet; so does ご案内のとおり with no
 *     anchor in the past (先ほど, 以前, 何度も, すでに), which is neutral reference.
 *  2. A counterfactual with the customer as its subject: "had you read…", "if you had checked…",
 *     "you should have read…", "you'd have known", ご確認いただいていれば, ご案内のメールをお読み
 *     いただければ (with no 幸い/助かります after it, which would make it a request).
 *     "You should have received" is an expectation, not a reproach: only agentive verbs count.
 *  3. The customer as the subject of a failure or a fault: "you failed to", "you didn't read",
 *     "it's your mistake", "not our fault", ご確認いただいていないようですが, お客様のミス.
 *  4. A pointed reference: an intensifier on where it was said ("this is ALL covered in our
 *     FAQ", "clearly stated", はっきりと記載しております). A plain pointer with a link is help.
 *  5. Contacting us as the thing to avoid ("worth a read before contacting us"), a question about
 *     what we sent ("have you looked at what we send?"), and in Japanese a contrast that points at
 *     where it was written (ただ、…にも記載がございます; 両方に記載), a presumption that the customer
 *     saw it (お客様もご覧になったかと存じます), a norm held against them (普通は…確認されると思う),
 *     and the customer's own act as the cause (お客様のほうで変えられたから).
 */
import { alt, en, firstHit, type Hit, opens, shape, shapeSet } from './grammar';

const EARLIER = '(?:last|previous|earlier|prior) (?:email|e-mail|message|reply|response|note|mail)';
const SAID = alt('said', 'mentioned', 'stated', 'explained', 'told you', 'noted', 'pointed out', 'advised', 'indicated', 'informed you', 'made clear', 'outlined');
const ANCHOR = alt('previously', 'already', 'before', 'earlier', 'above', 'repeatedly', 'several times', 'more than once', 'in my (?:last|previous|earlier|prior) (?:email|message|reply|response|note)');
/** Things a customer does: "you should have read" reproaches; "you should have received" does not. */
const CUSTOMER_ACT = alt('read', 'checked', 'looked', 'followed', 'contacted us', 'called us', 'told us', 'informed us', 'let us know', 'ordered', 'selected', 'chosen', 'entered', 'typed', 'kept', 'returned', 'cancell?ed', 'noticed', 'paid attention', 'waited', 'asked', 'confirmed', 'double-checked', 'reviewed', 'done', 'used', 'updated', 'clicked', 'opened', 'saved', 'backed up', 'registered', 'avoided', 'made sure', 'read through');

const EN_SHAPES = [
  // The emphatic do, pointing at what was written: "the instructions do say", "it does state"; "as you'll see in your confirmation".
  shape(en("(?:the |our |your )?(?:instructions|terms(?: and conditions)?|t&cs|confirmation(?: email)?|email|page|policy|website|site|faq|label|booking|small print|guide|manual|it|this|that) (?:do|does|did|clearly) (?:say|says|state|states|mention|mentions|explain|explains|show|shows)\\b(?!(?: that)? (?:we|you)(?: can| are entitled| may| will| should get))|(?:as )?you(?:'ll| will) (?:see|find|notice) (?:in|on|from) (?:your|the) (?:confirmation|email|booking|order|receipt|terms|invoice|contract)")),
  // Presuming they were told: "you would have received the code in our welcome email".
  shape(en("you(?:'d|'ll| would| will)(?:'ve| have) (?:already )?(?:received|been sent|got|gotten|seen|been told|been informed|been emailed|been given)\\b"), (m) => /\bif you\b/i.test(m.text.slice(m.end, m.end + 60))),
  shape(en(`(?:as|like) (?:i|we)(?: have|'ve| had)?(?: already| previously| repeatedly)? ${SAID}`)),
  shape(en(`as (?:(?:was|has been|i|we) )?${ANCHOR} ${SAID}|as ${SAID} ${ANCHOR}`)),
  shape(en(`(?:as )?per my ${EARLIER}`)),
  // "Refer to my previous email" as an instruction; "if you had a chance to read my last email" is not one.
  shape(en(`(?:please )?(?:refer|see|check|read|go)(?: back)?(?: to| over)? my ${EARLIER}`), (m) => !m.text.startsWith('please', m.start) && !opens(m, 'clause')),
  shape(en(`(?:i|we)(?:'ve| have)? (?:already|previously) (?:told|explained|said|mentioned|stated|informed|advised)(?= you| this| that| it| twice|[.,!]|$)`)),
  shape(en('for the (?:second|third|fourth|fifth|last|umpteenth|\\d+(?:st|nd|rd|th)) time,'), (m) => !opens(m, 'sentence')),
  shape(en(`had you (?:(?:just|actually|simply|only) )?${CUSTOMER_ACT}|if you(?:'d| had) (?:(?:just|actually|simply|only) )?${CUSTOMER_ACT}`)),
  shape(en("you(?:'d| would) have (?:known|seen|noticed|realised|realized|avoided|understood|found)")),
  shape(en(`you (?:should|could|ought to|needed to)(?:n'?t| not)? have (?:${CUSTOMER_ACT})`)),
  shape(en("you (?:clearly |obviously |evidently |apparently |must have |may have |seem to have |appear to have )?(?:failed to|forgot to|neglected to|ignored|did not read|didn'?t read|didn'?t (?:check|follow|bother)|did not (?:check|follow|bother)|haven'?t read|have not read|never (?:read|checked|replied))")),
  shape(en('you (?:clearly|obviously|evidently|apparently|must have|seem to have|appear to have) (?:missed|overlooked|misread|misunderstood|entered|typed)')),
  shape(en("(?:did|have|had) you not (?:read|see|check|follow|notice)|(?:didn'?t|haven'?t) you (?:read|seen|see|check|checked|follow|notice)")),
  shape(en("(?:(?:it|this|that)(?:'s| is| was)|due to|because of|caused by) (?:entirely |clearly |completely )?your (?:own )?(?:fault|mistake|error|oversight|responsibility|negligence|failure)")),
  shape(en("user error|(?:this|that|it)(?:'s| is) on you|(?:not|isn'?t|is not|wasn'?t|was not) (?:our|my) (?:fault|problem|responsibility|issue)|no fault of ours")),
  shape(en("(?:this|that|it|which|all of this|everything)(?:'s| is| was| has been| are)? (?:all |clearly |already |explicitly |plainly |fully |very clearly |quite clearly |all clearly )+(?:covered|explained|stated|written|mentioned|outlined|documented|listed|described|set out|spell?ed out|spelt out|detailed)")),
  shape(en("(?:clearly|explicitly|plainly) (?:states|says|explains|shows|mentions)|you were (?:clearly |already |explicitly )?(?:told|informed|advised|notified|warned)|as you (?:should|would|must) (?:know|be aware|have been told)")),
  shape(en("(?:before|prior to|instead of) (?:contacting|getting in touch with|calling|ringing|emailing|messaging|reaching out to|writing to|chatting with) us")),
  shape(en("(?:is|are|was|were|it's|that's) (?:very |quite |always )?(?:clearly|prominently|plainly|explicitly) (?:displayed|shown|stated|visible|marked|labell?ed|signposted|indicated|printed|written|explained|listed)")),
  // It was there for them to see: "technically disclosed", "is actually in the property info section though",
  // "listed on the basket page before you pay". A place to find something ("listed in your confirmation") is help.
  shape(en("(?:technically|actually) (?:been )?(?:disclosed|stated|listed|mentioned|shown|displayed|covered|included|written|noted|explained|set out)\\b|(?:is|are|was|were|it's|that's) (?:actually|technically) (?:in|on|under|at) (?:the|our|your|its)\\b")),
  // Placed before what they did ("was shown when you booked"; "is shown before you pay" tells them where to look),
  // or with an intensifier after it ("is listed clearly on the basket page").
  shape(en(`(?:listed|shown|stated|displayed|mentioned|disclosed|noted|written|included|visible|set out|explained|itemi[sz]ed)\\b[^.!?\\n]{0,60}?\\b(?:before|when|as) you (?:paid|booked|ordered|checked out|confirmed|signed(?: up)?|bought|completed|accepted|placed|agreed)\\b|(?:listed|shown|stated|displayed|mentioned|disclosed|written|visible|set out|marked|itemi[sz]ed) (?:very |quite )?(?:clearly|plainly|prominently|explicitly)\\b`)),
  // Their account contradicted: "that's not what he told you", "you were never promised that"
  // ("sorry that nobody told you" owns it, so it is not here).
  shape(en("(?:(?:that's|that is|that was|this is)\\s+(?:actually\\s+|simply\\s+|just\\s+)?not|that isn't|that wasn't)\\s+what (?:he|she|they|we|i|our (?:agent|colleague|advisor|adviser|team)|the (?:agent|advisor|adviser|engineer|driver)) (?:told|said to|promised|said|wrote)(?: you)?\\b|\\byou were never (?:told|promised|offered)\\b|(?:that's|that is) not (?:true|what happened|what our notes say)\\b")),
  // The fault presumed to be theirs: "it must be something on your end", "you must have pressed something else".
  shape(en("(?:must|has to|have to) (?:be|have been) (?:something |a problem |an issue )?(?:on|at) your (?:end|side)|(?:something|it) (?:must have gone|went) wrong (?:on|at) your (?:end|side)|you must have (?:done|pressed|set|changed|installed|plugged|put|used|skipped|deleted|selected|clicked)\\b")),
  shape(en("(?:have|did) you (?:actually |even )?(?:looked at|read|seen|checked|opened) (?:what (?:we|i) (?:send|sent|gave you|emailed)|(?:our|the) (?:emails?|letters?|faq|terms|t&cs|guide|instructions|confirmation|manual|welcome pack|information) (?:we|i) (?:sent|gave|emailed))")),
];

const TELL = '(?:ご説明|説明|ご案内|案内|申し上げ|お伝え|お知らせ|お話し)';
/** Honorific reading verbs: the customer is their subject (私が確認していれば is the agent's own regret). */
const READ = '(?:ご確認|お読み|ご覧|ご一読|お目通し)';
/** 〜ていない場合は / ようでしたら is a condition for anyone, not a reproach to this customer. */
const NOT_CONDITION = '(?!(?:よう)?(?:場合|でしたら|であれば|なら|方|お客様|とき|時))';
/** What the customer was sent earlier: reading it is the counterfactual's subject. */
const SENT = '(?:ご案内の|お送りした|お送りしている|送付した|お知らせした|お伝えした|先日の|前回の|以前の|事前の|ご注文確認の|確認の)(?:メール|書面|資料|ご案内|案内|説明|お知らせ|規約|注意事項|faq|ページ)';
/** いただければ幸いです / 助かります / と存じます is a polite request, not a reproach. */
const NOT_REQUEST = '(?!幸い|助か|ありがた|嬉し|うれし|と存じ|と思い|お願い)';

const JA_SHAPES = [
  // Pointing out what the customer agreed to or was told in writing: 念のため申し上げますと…, 同意のチェックもいただいております.
  shape(`念のため(?:申し上げますと|申し上げますが|お伝えしますと|ですが)|(?:ご)?同意(?:の(?:チェック|お手続き))?(?:を|も)?(?:いただいて|頂いて)(?:おります|います|おりました)|(?:ご予約|ご注文|ご契約|お申し込み)(?:の)?(?:際|時)に(?:も)?(?:ご)?(?:確認|同意|承諾)(?:いただいて|頂いて)(?:おります|います)`),
  shape(`(?:何度も|再三|繰り返し|くりかえし|先ほども|さきほども|先程も|以前も|前回も|これまでも|すでに|既に)(?:お客様に)?${TELL}(?:して|いたして|させていただいて|差し上げて|申し上げて)?${alt('おります', 'おりました', 'います', 'いる', 'きました', 'まいりました', 'いた', 'した', 'いたしました', 'しました', 'の(?:通り|とおり)')}`),
  // The agent's own telling (申し上げた, ご説明した) as settled, like "as I said"; the noun ご案内のとおり is neutral.
  shape(`(?:(?:先ほど|さきほど|先程|以前|前回|先日|冒頭で?|最初に)(?:も)?(?:お客様に)?)?(?:申し上げ|お伝えし|ご説明し|説明し|ご案内し|お話しし)(?:た|ました)(?:通り|とおり|ように)|(?:先ほど|さきほど|先程|以前|前回|先日)(?:も)?(?:申し上げ|お伝えし|ご説明し|ご案内し)(?:た|ました)が`),
  shape(`${READ}(?:いただいて|いただけて|されて|になって)(?:い|お)?れば`),
  shape(`${SENT}(?:を|は)?(?:よく|しっかり|きちんと|ちゃんと)?${READ}(?:いただければ|いただけば|いただけましたら|くだされば)${NOT_REQUEST}`),
  shape(`(?:よく|しっかり(?:と)?|きちんと|ちゃんと|注意して|最後まで)${READ}(?:いただければ|いただけば|くだされば)${NOT_REQUEST}`),
  shape(`(?:(?:${READ}|ご入力|ご記入|ご登録|ご対応|お手続き|ご連絡|ご返送|ご返信|ご注意|お支払い|ご準備|ご用意)(?:いただいて|いただけて|されて|なさって)(?:い|お)?(?:ない|なかった|らず|りません|ません)|(?:${READ}|ご入力|ご記入)(?:いただけなかった|いただかなかった|されなかった|されず))${NOT_CONDITION}`),
  shape(`(?:お客様|お客さま|あなた|貴方|そちら)(?:様)?(?:の|側の|ご自身の)(?:ミス|誤り|過失|不注意|責任|落ち度|勘違い|思い違い|間違い|操作ミス|入力ミス|確認不足|認識違い|ご認識違い)`),
  shape(`(?:ご入力|ご記入|ご指定|ご登録|ご選択)(?:の|内容の|内容に)?(?:誤り|ミス|間違い)|(?:ご確認|ご注意|ご理解)不足`),
  shape(`(?:お客様|お客さま|あなた)(?:が|の方で|側で)[^。！？!?\\n]{0,20}?(?:お?間違え|誤って|お?忘れ|見落と|勘違い|ミス)`),
  shape(`(?:弊社|当社|こちら|私ども)(?:の|に|側の)(?:は)?(?:責任|過失|落ち度|非)(?:で)?は(?:ございません|ありません|ない)`),
  shape(`(?:すでに|既に|きちんと|はっきり|明確に|しっかり|ちゃんと)(?:と)?(?:記載|明記|ご案内|お知らせ|説明|ご説明)(?:して|されて|いたして|させていただいて)(?:おります|おりました|おり|います|いる|あります|ある)`),
  shape(`(?:${READ}|ご連絡|ご注意|ご相談|お問い合わせ|ご返送|ご入力)(?:いただく|される|なさる|する)?(?:べき(?:でした|だった|です|かと)|必要が(?:ございました|ありました))`),
  // A contrast that points at where it was written: 申し訳ございません。ただ、…にも「…」と記載がございます.
  shape(`(?:ただ|しかしながら|しかし|ですが|とはいえ)、?[^。！？!?\\n]{0,40}?(?:に|にも|では|でも)(?:「[^」]{0,30}」と)?(?:記載|表示|明記|掲載)(?:が|を|して|されて|いたして|させていただいて)(?:ございます|ござい|おります|おりました|あります|いました|います)`),
  shape(`(?:両方|いずれ|どちら|すべて|全て|複数箇所)に(?:も)?(?:「[^」]{0,30}」と)?(?:記載|表示|明記|掲載)`),
  // The agent's telling tied to a moment of theirs, as settled: お申し込みの際にご説明しております通り.
  shape(`(?:ご契約|お申し込み|お申込み|ご注文|ご購入|ご予約|ご入会|ご加入|お手続き)(?:の)?(?:際|時|とき)に(?:も)?${TELL}(?:して|いたして|させていただいて|差し上げて)?(?:おります|おりました|います|いる|いた|した|いたしました|しました)?(?:通り|とおり|ように)`),
  // Their account denied: そのようなことは申し上げておりません, そうはお伝えしていないかと.
  shape(`(?:そのような|そういう|そんな)(?:こと|ご案内|お約束|説明)(?:は|を)?(?:申し上げて|お伝えして|ご案内して|お約束して|言って|説明して)(?:おりません|いません|いない|ない)|(?:そう|そのように)は(?:申し上げて|言って|お伝えして|ご案内して)(?:おりません|いません|いない|ない)`),
  // The fault presumed to be in what they did: 手順が違っているのではないかと; 説明書のとおりでしたら必ず出るはずです.
  shape(`(?:手順|操作|やり方|設定|入力|接続|使い方|取り付け)(?:が|を|の)?(?:どこか|何か|どこかで)?(?:違って|間違って|誤って|間違えて)(?:いる|いた|いらっしゃる|おられる)?(?:の)?(?:ではない|では|かと|と思)|(?:とおり|通り)(?:でしたら|であれば|なら|に(?:されて|なさって)いれば)、?[^。！？!?\\n]{0,30}?はず`),
  // The customer presumed to have seen it.
  shape(`(?:お客様|お客さま)(?:も|は|ご自身も)?(?:ご覧|ご確認|お読み|ご存知|ご存じ|ご承知)(?:になった|いただいた|された|いただいている|になっている)(?:か|はず|こと)`),
  shape(`(?:ご覧|お読み|ご確認)(?:になって|いただいて|されて)(?:い|お)?(?:ません|ない)(?:か|でしょうか)`),
  // A norm held against the customer: 普通は…確認されると思うのですが.
  shape(`(?:普通|通常|一般的)(?:は|なら|に)?、?[^。！？!?\\n]{0,30}?(?:される|なさる|する)(?:と思|もの|はず)`),
  // The customer's own act as the cause: お客様のほうで設定を変えられたから.
  shape(`(?:お客様|お客さま)(?:の方|のほう|側|ご自身)?(?:で|が)[^。！？!?\\n]{0,20}?(?:られた|された|なさった|した)(?:から|ため|せい|ので)`),
  // Presumed seen, or would have been understood: ハガキにも書いてございましたので、ご覧になったかと思うのですが;
  // 注意事項をお読みいただければ、お分かりいただけたかと存じます.
  shape(`(?:ご覧|お読み|お目通し)(?:になった|いただいた|いただけた)(?:か|の)?(?:と(?:思|存じ)|はず)|(?:ば|たら)、?[^。！？!?\\n]{0,30}?(?:お分かり|おわかり|ご理解|お気づき|ご納得)(?:いただけた|いただけていた|になれた|になった)(?:か|の)?(?:と(?:思|存じ)|はず)`),
  // 'If you read it, you could do it': お読みいただければ、設定できるかと存じます.
  shape(`(?:そちら|こちら|それ|メール|ご案内|説明書|取扱説明書|マニュアル)(?:を|は)(?:よく|しっかり)?${READ}いただければ、?[^。！？!?\\n]{0,20}?(?:でき|わかり|分かり|解決)`),
  // What they should have done before: ご注文前に規約をよくお読みいただくよう、お願いしております.
  shape(`(?:ご注文|ご購入|お申し込み|お申込み|ご契約|ご利用|ご予約)(?:の)?(?:前|まえ|時|の際)に(?:は)?[^。！？!?\\n]{0,20}?${READ}(?:いただく|くださる)よう`),
];

const SHAPES = shapeSet([...EN_SHAPES, ...JA_SHAPES]);

export function blameOrArgument(draft: string): Hit | null {
  return firstHit(draft, SHAPES);
}
