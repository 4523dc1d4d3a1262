/**
 * English phrases that single words cannot show: a mild word made strong, questions that are
 * complaints, pushback, sarcasm, and plain reports of a failure the company caused. Patterns
 * are structural (a frame with a slot) rather than lists of sentences.
 */
import { hypothetical } from './normalise';
import { persistence, quotedSpeech, rule, runRules, spans, type Rule } from './rules';
import type { Heard, Span } from './types';

const POSITIVE = '(?:great|perfect|wonderful|brilliant|fantastic|lovely|marvell?ous|terrific|super|awesome|excellent)';
const NT = "(?:n'?t| not)";
/** "nothing was broken", "never was missing": a negated failure is not a failure. */
const negatedBefore = (text: string, at: Span) => /\b(?:nothing|none|no|never|not)\s+(?:\w+\s+)?$/.test(text.slice(Math.max(0, at.start - 16), at.start));
const notReported = (text: string, at: Span) => hypothetical(text, at) || negatedBefore(text, at);
/** "…but I worked it out": the customer already sorted it themselves. */
const sortedThemselves = (text: string, at: Span) => /^[^.?!]*\bbut (?:i|we)(?:'ve| have)? (?:worked it out|sorted it|figured it out|managed|found (?:it|one|them))/.test(text.slice(at.end));

/** The visitor finished the job before leaving ("fixed it and left"). */
const JOB_DONE = /\b(?<!n't |not |never )(?:fixed|sorted|repaired|finished|completed|installed|connected|delivered|replaced|done)\b/i;
const FAILURES: Rule[] = [
  // Missing from what came: "came with no chicken in it", "arrived without the charger".
  rule('failure', 1, /\b(?:came|arrived|turned up|was delivered|got delivered|showed up)(?: [a-z]+){0,2}? (?:with no|without (?:the|a|an|any)|missing (?:the|a|an|its))\b|\bno [a-z]+ (?:in it|in the box|in the bag|inside)\b/g, { unless: (text, at) => notReported(text, at) || sortedThemselves(text, at) }),
  // The company's own action with a bad result: "the update reset my schedule", "your fitter missed".
  rule('failure', 1, /\b(?:the|your|an?|last night'?s|the latest) (?:update|upgrade|app|system|website|driver|courier|engineer|fitter|technician|installer|team|store|shop|bank) (?:[a-z']+ ){0,3}?(?:reset|wiped|deleted|erased|broke|removed|cancell?ed|scratched|damaged|dented|lost|missed|forgot|ignored|overcharged|double-charged|left (?:it|my|the)|didn'?t bother)\b(?: (?:my|our|the|all|it|everything|them)(?: [a-z]+)?)?/g, { unless: hypothetical }),
  // Stuck on one status for a while: "showing 'in warehouse' since 5 days", "says processing for a week".
  // Whoever came for us went away with the job undone: "the engineer … said he couldn't do it today and left".
  rule('failure', 1, /(?<=\b(?:the|your|an?|our) (?:[a-z]+ )?(?:engineer|technician|tech|driver|courier|fitter|installer|plumber|electrician|delivery (?:man|guy|driver|person)|crew|workm[ae]n|contractor|surveyor)s?\b[^.?!]{0,80}?\b(?:and|then|just|simply) )(?:just |then )?(?:left|drove off|drove away|went away|walked off|took (?:it|them|the \w+) (?:away|back))\b|\b(?:left|went away|drove off) without (?:fixing|finishing|connecting|installing|delivering|doing|completing|leaving)\b/g, { unless: (text, at) => hypothetical(text, at) || JOB_DONE.test(text.slice(Math.max(0, at.start - 80), at.start).split(/[.?!]/).at(-1) ?? '') }),
  rule('failure', 1, /\b(?:show(?:s|ing)?|say(?:s|ing)?|stuck (?:on|at|in)|sat|sitting|been)\b[^.?!]{0,40}?\b(?:since|for) (?:\d+|a|two|three|four|five|six|several|a few|over a) (?:days?|weeks?|months?)\b/g, { unless: hypothetical }),
  // A delivery that claims the customer was not there: "couldn't get access", "no one was in" when they were.
  rule('failure', 1, /\b(?:couldn'?t|could not|was unable to|were unable to) (?:get (?:access|in(?:to)?|through)|find (?:the|my|your) (?:address|house|door|building)|deliver)\b|\b(?:said|says|claim(?:s|ed)?)(?: that)? (?:no ?one|nobody) was (?:in|home|there)\b/g, { unless: hypothetical }),
  // A price that jumped: "gone from 640 to 1312", "went up from £20 to £35".
  // The company changed what was asked for: "you've swapped the plain bars for ones with hazelnut".
  rule('failure', 1, /\b(?:you'?ve|you have|you|they'?ve|they have|they|someone has|somebody has|the (?:shop|store|driver|courier|warehouse|team|picker)) (?:swapped|switched|substituted|replaced|mixed up|muddled up|sent me (?:the )?wrong)\b/g, { unless: hypothetical }),
  // What came is not what was ordered: "it's someone else's child", "bag says 28, blazer inside is a 32".
  rule('failure', 1, /\b(?:it'?s|it is|they'?re|they are|that'?s|was|were) (?:for )?(?:someone|somebody) else'?s\b|\b(?:says|said|shows|showed|labell?ed|marked|listed as)\s+(?:an?\s+|size\s+)?\d+[a-z]*[,;]\s*(?:but\s+)?(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:inside\s+|in the (?:box|bag|parcel)\s+)?(?:is|was|are|were)\s+(?:actually\s+)?(?:an?\s+|size\s+)?\d+/g, { unless: hypothetical }),
  rule('failure', 1, /\b(?:gone|went|jumped|shot|risen|rose|increased|doubled)(?: up)? from [^.?!]{1,30}? to(?= )/g, { unless: (text, at) => hypothetical(text, at) || /\blast (?:year|month|time)\b|\bis that\b/.test(text.slice(at.end, at.end + 40)) }),
  // Frames of a broken expectation: what was promised or booked, then what happened instead.
  // What was due by a time now gone: "the parcel that was supposed to come yesterday".
  rule('failure', 1, /\b(?:was|were) (?:supposed|meant|due|promised|booked|scheduled) to (?:come|arrive|be (?:delivered|here|fixed|installed|collected|connected|sent)|turn up|show up|get here|go out)\b(?= (?:by |on )?(?:yesterday|last (?:night|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this morning|earlier today)\b)/g, { unless: (text, at) => hypothetical(text, at) || /^[^.?!]{0,30}\b(?:and|which) (?:it|they|he|she) (?:did|has|have|was|were)\b/.test(text.slice(at.end)) }),
  rule('failure', 1, /\b(?:(?:was|were|is|are) (?:supposed|meant|due|promised|guaranteed|booked|scheduled) to|(?:i|we) (?:was|were) (?:promised|told|assured))\b[^.?!]{0,80}?\b(?:but|and|yet)\b(?= (?:nobody|no one|nothing|never|it(?:'s| is| was| has|s)|they|he|she|still|i(?:'ve| have| haven't| never| didn't| still)|we(?:'ve| have| haven't| never| didn't)|(?:the|my|our) \w+ (?:is|was|has|hasn't|didn't|never|still)))/g, { unless: hypothetical }),
  rule('failure', 1, /\b(?:i|we) (?:ordered|asked for|paid for|chose|picked|selected|booked)\b[^.?!]{1,40}?\b(?:and|but) (?:(?:i |we )?(?:got|received)|(?:you|they) (?:sent|gave)|it came|what came was|(?:the )?booking (?:is|was|says))\b/g, { unless: hypothetical }),
  // Something of the company's (their engineer, the email, the screen) that did not do its part.
  rule('failure', 1, new RegExp(`\\b(?:your|the|our|my) (?:[a-z]+ ){0,2}?(?:engineer|technician|courier|driver|fitter|delivery|parcel|package|order|email|e-mail|text|code|link|refund|replacement|screen|app|device|machine|unit|heater|boiler|phone|router|charger|booking|reservation|callback|call back|payment|update|form|website|site|page)s? (?:(?:that|which) )?(?:did${NT}|has${NT}|have${NT}|never|wo${NT}|would${NT}|does${NT}|do${NT}|is${NT}|are${NT}|still (?:has${NT}|hasn't|isn't|won't|doesn't)) (?:even |yet |actually |properly )?(?:turn(?:ed)? up|show(?:ed)? up|arrive[sd]?|come|came|work(?:ed)?|open(?:ed)?|load(?:ed)?|go(?:ne)? through|come (?:back )?on|turn(?:ed)? on|switch(?:ed)? on|start(?:ed)?|charge[sd]?|connect(?:ed)?|appear(?:ed)?|happen(?:ed)?|fit|match(?:ed)?|exist|get here)\\b`, 'g'), { unless: hypothetical }),
  rule('failure', 1, /\b(?:went|goes|gone|has gone|turned) (?:black|dead|blank|off|dark|silent|haywire)\b|\bmakes? (?:a |an )?(?:burning|grinding|rattling|clicking|buzzing|loud|horrible|strange|weird|funny) (?:smell|noise|sound)\b|\b(?:is|'s|are|was|were|arrived|came)(?: all| completely)? (?:chipped|incorrect|miles too (?:small|big|short|long)|way too (?:small|big|short|long)|far too (?:small|big|short|long))\b/g, { unless: notReported }),
  rule('failure', 1, /\b(?:fee|charge|payment|subscription|renewal|direct debit|debit)s?\b[^.?!]{0,50}?\b(?:i|we) (?:never|didn't|did not|haven't|have not) (?:agreed?|signed up|authori[sz]ed?|asked|ordered|approved)\b|\b(?:reading|bill|invoice|estimate|amount|balance) (?:is|was|looks) (?:wrong|incorrect|way off|far too high|double)\b/g, { unless: hypothetical }),
  rule('failure', 1, new RegExp(`\\b(?:has|have|had|did|does|do|is|was|were)${NT} (?:yet |even |actually )?(?:arrived|arrive|come|turned up|turn up|shown up|showed up|show up|(?:been |even been )?(?:delivered|refunded|fixed|sent|processed|dispatched|shipped|posted|credited|resolved|answered|applied|added|honou?red|returned))\\b`, 'g'), { unless: hypothetical }),
  // A note's shorthand: "parcel not received", "refund not yet processed", "missed delivery", "engineer was a no-show".
  rule('failure', 1, /\b(?:parcel|package|order|item|goods|refund|delivery|card|catalog(?:ue)?|letter|replacement|invoice|payment|email|code)s? (?:still )?not (?:yet )?(?:received|delivered|arrived|here|refunded|dispatched|processed|sent)\b|(?<!\b(?:i|we|i'?ve|we'?ve|you|you'?ve) )\bmissed (?:delivery|appointment|collection|visit|installation|call-?back)\b|\bno[- ]show\b/g, { unless: hypothetical }),
  // A slip owned or named: "by our sorting error", "it was your mistake", "the courier's mix-up".
  rule('failure', 1, /\b(?:our|your|their|the (?:courier|driver|warehouse|shop|store|company|engineer)'?s?) (?:own )?(?:[a-z]+ )?(?:error|mistake|fault|slip|oversight|blunder|mix-?up|cock-?up|screw-?up)\b/g, { unless: hypothetical }),
  rule('failure', 1, /\b(?:never|still not|not yet) (?:arrived|came|come|turned up|showed up|received|got|been delivered|delivered|refunded|fixed)\b/g, { unless: hypothetical }),
  // A parcel sent back, or a delivery "attempted" while someone was in: "it's gone back to the depot", "returned to sender".
  rule('failure', 1, /\b(?:gone|went|been sent|been taken|been returned|sent|taken|returned) back to (?:the )?(?:depot|warehouse|sender|sorting (?:office|centre|center)|hub|post office)\b|\breturned to (?:the )?sender\b|\b(?:delivery )?attempted\b[^.?!]{0,30}?\bbut (?:nobody|no one|nothing|i was|we were|i've been|we've been)\b/g, { unless: hypothetical }),
  rule('failure', 1, new RegExp(`\\b(?:have|has|did|do)${NT} (?:yet |even )?(?:received|got|gotten|had) (?:my|the|a|an|any|it|them|anything|our)\\b`, 'g'), { unless: hypothetical }),
  rule('failure', 1, /\bdelivered,? but (?:nothing|it(?:'s| is)(?:n't| not)|there(?:'s| is) nothing|no|i (?:have|never|didn't))\b|\bnothing (?:is |has |was )?(?:here|arrived|came|turned up)\b/g),
  rule('failure', 1, /\b(?:charged|billed|debited|took)(?: me)? (?:twice|two times|three times|double|again)\b|\bdouble[- ]?(?:charged|billed)\b|\bover-?charged\b/g),
  rule('failure', 1, /\b(?:the )?wrong (?:item|size|colou?r|product|order|address|model|book|parcel|package|amount|one|thing|version|part)s?\b|\b(?:the|a) wrong \w+|\bnot what i (?:ordered|paid for)\b|\beven though i (?:cancell?ed|returned|asked|unsubscribed|opted out)\b|\b(?:get|got|received|getting) nothing\b/g, { unless: notReported }),
  rule('failure', 1, /\b(?:arrived|came|delivered|is|was|are|were|looks)(?: (?:completely|totally|already|all))? (?:broken|damaged|cracked|smashed|dented|torn|ripped|leaking|faulty|defective|missing|scratched|stained)\b/g, { unless: notReported }),
  rule('failure', 1, /\b(?:wiped|deleted|erased|corrupted|lost) (?:all )?(?:of )?(?:my|our) (?:\w+ )?(?:data|files|photos|pictures|contacts|account|history|messages|progress|settings|notes|parcel|package|order)\b/g, { unless: hypothetical }),
  rule('failure', 1, /\b(?:keeps? (?:crashing|freezing|failing|logging me out)|crash(?:es|ed)|froze|freezes|logs me out|stays? broken|still broken|someone else'?s (?:order|account|data|details|name|history)|(?:arrived|came|is|was|are|were|got) (?:soaking |completely )?(?:wet|soaked|soggy|ruined))\b/g, { unless: notReported }),
  rule('failure', 1, new RegExp(`\\b(?:does|do|did|wo|will|is|are|was|were|ca|can|could)${NT}(?: even| actually| really)? (?:work|working|load|loading|open|opening|connect|start|turn on|charge|charging|sync|install|update|play|print|log ?in|sign in|go through|show(?:ing)?(?: up)?|appear)\\b|\\bcannot (?:log ?in|sign in|open|load|connect|access)\\b|\\bno longer works?\\b|\\bstopped working\\b`, 'g'), { unless: hypothetical }),
  rule('failure', 1, /\b(?:get|getting|got|shows?|showing|says|throws|keep getting) (?:an? |the |this )?(?:\w+ )?error\b/g, { unless: hypothetical }),
  rule('failure', 1, /\b(?:got|received|sent|delivered|came with) (?:me )?(?:an? |the )?[\w -]{1,20}? instead of\b|\bgo(?:es|ne)? missing\b|\b(?:you|they|courier|driver) (?:have |has )?lost (?:my|our|the)\b/g, { unless: hypothetical }),
  rule('failure', 1, new RegExp(`\\b(?:has|have|had)${NT} (?:yet |even )?come through\\b|\\bnothing (?:has |have )?(?:come|came) through\\b`, 'g'), { unless: hypothetical }),
  rule('failure', 1, /\b(?:is|are|was|were|has|have|had)(?: been)?(?: all| completely| just)? (?:gone(?! (?:from|up|down|over|through|into|to)\b)|disappeared|vanished)\b|\b(?:has|have) (?:all )?disappeared\b/g, { unless: notReported }),
  rule('failure', 1, /\b(?:you|they)(?: have| guys| lot)? (?:still|then|again|also|just) (?:took|taken|charged|billed|debited|renewed|sent)\b/g, { unless: hypothetical }),
  // What a thing keeps doing wrong: "(that) just vanished", "the connection drops at 8", "keep going to my old address", "still dripping".
  rule('failure', 1, /\b(?:that|which|it|they|parcel|package|order|delivery|money|payment|credit) (?:just |simply |somehow )?(?:vanished|disappeared)\b|\b(?:connection|wi-?fi|internet|broadband|signal|line|call|stream|app|service)s? (?:keeps? |still |always )?(?:drops?|dropping|dropped|cuts? out|cutting out|goes down|went down|keeps? going down)\b|\b(?:keeps?|kept) (?:going|being sent|getting sent|being delivered|getting delivered|arriving|turning up) (?:to )?(?:the |my |our )?(?:wrong|old|previous|former|neighbou?rs?'?)\b|\bstill (?:dripping|leaking|flickering|buzzing|beeping|broken|faulty|not (?:working|fixed|sorted|right))\b/g, { unless: notReported }),
  rule('failure', 1, /\bwhat (?:arrived|came|turned up|was delivered|you sent)\b[^.?!]{0,30}\b(?:is|was) (?:a|an|the|some)\b/g),
  // "It's stuck", "still stuck in customs"; "I was stuck in meetings all day" is where the customer was, not a failure.
  rule('failure', 1, /\b(?:is|been|was|are|were|got|still) stuck\b(?! in (?:(?:a|the|my|back[- ]to[- ]back|endless) )*(?:meetings?|traffic|work|class(?:es)?|calls|lectures?|the office|a queue|queues|jams?)\b)|\bstuck in (?:customs|transit|a loop|limbo)\b/g, { unless: notReported }),
  rule('failure', 1, /\b(?:says|said|shows?|showing|keeps saying|comes up|coming up|getting|got)(?: that)?(?: it(?:'s| is)| as)? ["'“]?(?:invalid|expired|declined|not valid|payment declined|payment failed)\b|\b(?:card|payment)s? (?:is |was |keeps |keep )?(?:getting |being )?declined\b/g, { unless: hypothetical }),
  rule('failure', 1, /\b(?:it|they|the [a-z]+(?: [a-z]+)?|print|page|app|invoice|label|account|website|site) still (?:has|have|shows?|says|displays?|lists?|carries|reads|prints?)\b(?!n't| not| no\b| never)/g, { unless: notReported }),
  rule('failure', 1, /\b(?:is|are|was|were)(?:n't| not) (?:in|at|on|there|here|where)\b[^.?!]{0,40}\b(?:supposed|meant|booked|promised|said|should)\b|\bthere(?:'s| is| was) (?:nobody|no one|no-one) (?:here|there|at|on)\b/g, { unless: hypothetical }),
  rule('failure', 1, /\b(?:arrived|came|are|were|is|was|looked?|looking)(?: all| completely| already| half| totally)? (?:wilted|dead|dying|drooping|droopy|brown|rotten|mouldy|moldy|melted|spoil(?:ed|t)|stale|squashed|crushed|bent|leaking|torn|ripped open|burst|mangled|shattered)\b|\b(?:had |has |have )?leaked(?: out| everywhere| all over)?\b/g, { unless: notReported }),
  rule('failure', 1, /\bnot what (?:i|we) (?:wanted|expected|asked for|ordered|paid for|was promised)\b/g),
  rule('failure', 1, /\b(?:locked out|(?:account|card) (?:is|was|has been|got) (?:locked|suspended|blocked|frozen))\b/g, { unless: notReported }),
  rule('failure', 1, /\b(?:nobody|no one|no-one) (?:has |have )?(?:replied|answered|called|rang|phoned|got back|responded|helped|showed up|turned up)\b|\bno (?:reply|response|answer|refund) (?:yet|from|since|for)\b/g),
];

const PHRASES: Rule[] = [
  // A mild word made strong
  rule('frustration', 4, /\b(?:this|it|that)(?:'s| is)? (?:getting|becoming) (?:a bit |really |very |quite )?(?:silly|ridiculous|absurd|beyond a joke|out of hand|old|tiresome|too much|a joke|beyond)\b/g),
  rule('frustration', 5, /\bwits'? end\b|\benough is enough\b|\blast straw\b|\bbeyond a joke\b/g),
  rule('frustration', 4.5, /\b(?:i'?ve|i have|we'?ve|we have|i'd|i had) (?:had|just had|really had) (?:it|enough)\b|\bfed up\b|\bsick (?:and tired )?of\b|\btired of\b/g),
  rule('frustration', 4, /\blos(?:ing|t) (?:my |all )?patience\b|\bout of patience\b|\bpatience is (?:running|wearing) (?:out|thin)\b|\bcan(?:'?t|not) believe\b|\bi give up\b|\b(?:i'm|i am|we're) (?:so |just )?done (?:waiting|with)\b|\bwaste of (?:my |our )?(?:time|money)\b/g),
  rule('frustration', 2.5, /\byet again\b|\bonce again\b|\b(?:for )?the (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)|umpteenth|nth) time\b|\bstill (?:waiting|nothing|no sign|no word)\b/g),
  // Time gone past what was promised: "It has now been 12." / "it's been three weeks".
  rule('frustration', 2.5, /\bit(?:'s| has| is)(?: now)? (?:been|over|more than) (?:over |more than |nearly |almost |well over )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a fortnight|a month|a week)(?: (?:working |business )?(?:days|weeks|months))?\b/g, { unless: hypothetical }),
  rule('complaint-question', 3.5, /\b(?:(?:please )?tell me|can (?:you|someone|somebody) tell me|i (?:want|need) to know) what(?:'s| is) (?:going on|happening|happened)\b|\bwhat(?:'s| is) going on\s*\?/g),
  rule('frustration', 2.5, /\b(?:(?:been )?(?:waiting|on hold|stood|standing|sat|sitting|queuing|queueing|stuck))(?: [a-z']+){0,4}? (?:for )?(?:over |more than |nearly |almost |well over )?(?:an hour|hours|days|weeks|ages|months|\d+ (?:minutes|hours|days|weeks))\b/g),
  rule('frustration', 4, /\b(?:let down|fobbed off|messed (?:me )?around|given the run-?around|passed around|going round in circles)\b/g),
  rule('frustration', 3, /\bnot (?:a single|one|even one|even a) (?:\w+ )?(?:reply|response|answer|email|call|word|update|person|human)\b|\byou (?:told|promised|said|assured) (?:me|us) (?:it|that|this|they|you|i)(?:'d| would| will)\b/g),
  rule('frustration', 3, /\bevery (?:single )?time (?:i|we) (?:call|ask|contact|try|ring|write|chat|email)\b/g),
  rule('frustration', 3.5, /\bjust (?:fix|sort|refund|do|send|replace) (?:it|this|me|the)\b|\bsomeone (?:competent|who knows|who actually|with a brain)\b|\b(?:nobody|no one|you) (?:has |have |even )*bothered\b/g),
  rule('pushback', 3.5, /\bdon'?t (?:apologi[sz]e|say sorry)\b|\bi (?:expect|demand|insist on) (?:a |an |my |the |to )/g),
  rule('frustration', 3.5, /\b(?:ask|asked|asking) (?:you )?(?:nicely|politely)\b|\blast time i\b|\b(?:don'?t|do not) have the (?:energy|patience|time) for this\b|\bi was (?:promised|told|assured)\b/g),
  rule('anger', 5, /\b(?:daylight|highway) robbery\b|\brip-?off\b|\b(?:tell|telling|warn|warning) (?:everyone|everybody|people|my friends|others)\b|\b(?:avoid|boycott) you\b|\b(?:one|1)[- ]star review\b|\b(?:bad|negative) review\b/g),
  rule('frustration', 3.5, /\byou(?:'re| are)(?: still)? not (?:listening|reading|understanding|getting it|helping)\b|\bnobody (?:is )?(?:listening|reading)\b|\bcopy(?:ing)? and past(?:e|ing)\b|\bscripted (?:answers?|replies|responses)\b|\btalking to a (?:bot|robot|machine|brick wall|wall)\b/g),
  rule('frustration', 3.5, /\bcost(?:ing|s)? me (?:money|a fortune|business|customers)\b|\blosing (?:money|business|customers)\b|\b(?:sort|fix) (?:it|this) out\b|\bgive me one good reason\b/g),
  rule('frustration', 3.5, /\b(?:please )?(?:stop \w+ing|fix it|sort it)\b/g, { unless: (text, at) => !/(?:^|[.!?])\s*$/.test(text.slice(Math.max(0, at.start - 3), at.start)) }),
  rule('anger', 4, /\b(?:want|need|demand) (?:this|it|my complaint) escalated\b|\bescalate (?:this|it|my)\b|\b(?:formally complain|(?:make|raise|file|lodge) a (?:formal )?complaint)\b/g),
  rule('anger', 4.5, /\b(?:you|you lot|you guys|you people|they|y'?all)(?:'re| are| r)?(?: just| clearly| obviously)? doing (?:it|this|that) on purpose\b|\b(?:and )?you know it\b(?=[.!?]|$)|\b(?:that|this|it)(?:'s| is|s) (?:a |such a |all a |just a )?(?:con|swindle)\b/g),
  rule('frustration', 3.5, /\b(?:chased|asked about|called about|rung about|emailed about|written about|contacted you about|asked for) (?:this|it|that|my \w+|the \w+)(?: \w+){0,2} (?:three|four|five|six|several|multiple|so many|\d+) times\b/g),
  // Anger
  rule('anger', 4.5, /\btreated (?:like (?:this|dirt|an idiot|a criminal|rubbish)|so badly|this way)\b|\bwithout (?:even )?(?:telling|asking|warning|informing|notifying) (?:me|us)\b/g),
  rule('anger', 5, /\b(?:speak|talk) to (?:a|your|the|someone) ?(?:manager|supervisor|superior|boss|in charge)\b|\bget me (?:a|your) (?:manager|supervisor)\b/g),
  rule('anger', 5, /\b(?:is|are|was|it's) (?:a |an )?(?:complete |absolute |total )?(?:joke|disgrace|scam|farce|shambles)\b/g, { unless: hypothetical }),
  rule('anger', 4.5, /\bnever (?:again|ever again|use you|order from you|buy from you|shop (?:here|with you))\b|\b(?:i'll|i will|going to) (?:sue|report you|take my business elsewhere)\b/g),
  // Questions that are complaints
  rule('complaint-question', 4, /\bhow hard (?:can|could|is) (?:it|that)(?: be)?\b/g),
  rule('complaint-question', 3.5, /\bwhat(?:'s| is) the point\b|\bwhy (?:do|should|must|would) (?:i|we) (?:\w+ )?(?:have|need) to\b|\bwhy (?:do|should) (?:i|we) (?:always |even )?keep\b|\bwhy is it (?:so|always) (?:hard|difficult|complicated)\b|\bwhy can(?:'?t|not) (?:you|anyone|your)\b/g),
  rule('complaint-question', 4.5, /\bhow many (?:more )?times (?:do|must|should|will|have|did) (?:i|we)\b|\bwhat (?:exactly )?(?:am i|are we) paying (?:you )?for\b|\bwhat(?:'s| is) wrong with (?:you|your|this company)\b/g),
  rule('complaint-question', 4, /\bhow long (?:do|must|will|should) (?:i|we) (?:have to )?(?:wait|keep)\b|\b(?:is it|is that) too much to ask\b|\bare you (?:kidding|serious|joking)\b|\b(?:are|is|do) (?:you|anyone|anybody|you guys|your staff) (?:even|actually) (?:reading|listening|there|paying|read|listen|care|know)\b/g),
  rule('complaint-question', 4, /\bwhy (?:on earth|the hell|would you|did you|is it always|does it always|do you always|do i always)\b|\bwhy (?:is|does|do|has|have|did)n'?t\b[^.?!]*\?|\b(?:and )?now you(?:'re| are)? (?:telling|asking|want(?:ing)?) me to\b/g),
  rule('complaint-question', 4, /\bwhy (?:am|was|are|were) (?:i|we) (?:only |just )?(?:hearing|finding out|being told|told)\b|\bwhat kind of (?:company|service|business|shop|place|people|support)\b/g),
  rule('complaint-question', 3.5, /\bwhy\b[^.?!]*\b(?:nobody|no one|never|ever|always|still|again)\b[^.?!]*\?/g),
  // A tag that turns a statement into a complaint: "That's how it works now, is it.", "Well, I'm not going anywhere, am I."
  rule('complaint-question', 3.5, /,\s*(?:is it|isn'?t it|are we|am i|does it|do i|can i|will it|have i)\s*[.?!]*\s*$|\bso what,? (?:i'?m|am i|you'?re)\b/gm),
  rule('complaint-question', 3.5, /\bwhen (?:will|is|are) (?:this|it|anyone|someone|you) (?:ever|finally|actually)\b|\bseriously\s*\?|\bwho (?:thought|decided) (?:this|that) was a good idea\b/g),
  // Pushback on a policy or an answer
  rule('pushback', 4, /\bnot good enough\b|\b(?:i )?(?:don'?t|do not|won'?t|will not|refuse to) (?:accept|agree to)\b|\bstop (?:telling|asking|sending) me\b|\bdon'?t tell me to\b/g),
  rule('pushback', 3.5, /\b(?:makes|making) no sense\b|\bdoesn'?t make (?:any )?sense\b|\bshouldn'?t have to\b|\b(?:that|this)(?:'s| is) not how\b|\b(?:that|this)(?:'s| is) not (?:what i (?:asked|ordered|paid|said)|my (?:problem|fault)|the point|how it works|true)\b|\bnot my fault\b|(?<!\b(?:not|no|isn't|is not|wasn't) )\byour (?:mistake|error|fault|problem)\b/g),
  rule('pushback', 2.5, /\bi (?:already|have already|'ve already|'ve) (?:told|explained|tried|done|sent|said) (?:you|that|this|it|all)\b/g),
  // Sarcasm: always, or praise inside a complaint
  rule('sarcasm', 5, new RegExp(`\\b${POSITIVE},? just ${POSITIVE}\\b|\\bthanks (?:a lot |so much )?for (?:nothing|wasting|ignoring|ruining|making me)\\b|\\bso-called\\b|\\byeah,? right\\b(?=[.!,]|$)|,\\s*not[.!]*$|\\bwhat a (?:surprise|shock)\\b|\\bsurprise,? surprise\\b|\\bwell,? (?:that'?s|that is|isn'?t that|this is) (?:just |simply |really )${POSITIVE}\\b(?!,?\\s*(?:thank|that worked|it works))`, 'g')),
  rule('sarcasm', 4, new RegExp(`\\boh,? (?:${POSITIVE}|joy|good)\\b|\\blove (?:how|that|it when) (?:i|you|we|nobody|no one|it|the|my)\\b|\\b(?:just|exactly) what i needed\\b|\\b(?:so|very|really|super) helpful\\b|\\b(?:well done|great job|nice one|good job)\\b|\\bthanks a (?:lot|bunch|million)\\b|\\b(?:so )?(?:thanks|cheers) for that\\s*[.!]*\\s*$`, 'gm'), { ironic: true }),
  rule('sarcasm', 4, new RegExp(`\\b(?:(?:well|wow|lol|so),?\\s+)?${POSITIVE}[.!,]`, 'g'), { ironic: true, unless: (text, at) => !/(?:^|[.!?])\s*$/.test(text.slice(Math.max(0, at.start - 3), at.start)) }),
  // Echoing the company's own word back in scare quotes: "the 'unlimited' plan … Very unlimited."
  rule('sarcasm', 5, /(?<=['‘"“]([a-z]{3,20})[a-z -]{0,20}?['’"”][\s\S]*?)\b(?:very|so|really|truly|super|totally|how|soo+)\s+\1\b/gi),
  // Taking offence at the agent's amusement: "glad someone finds it funny".
  rule('sarcasm', 5, /\b(?:glad|nice|good|great|lovely)(?: to (?:see|know|hear))? (?:that )?(?:someone|somebody|you|one of us)(?:'s| is| are)? (?:finds?|finding|think|thinks|thinking) (?:this|it|that|all this) (?:is |was )?(?:so |very |really )?(?:funny|amusing|hilarious|a joke|a laugh)\b/g),
  rule('sarcasm', 4, /\blove (?:your|the) (?:work|service|efficiency|customer service)\b|\bkeep up the (?:good|great) work\b/g, { ironic: true }),
  // Fear and worry for someone or something that matters: "I'm honestly freaking out", "shaking a bit".
  rule('distress', 3.5, /\b(?:i'?m|i am|we'?re|we are)\b[^.?!\n]{0,20}?\b(?:freaking out|shaking|trembling|scared|terrified|petrified|worried sick|beside myself|in a panic|a nervous wreck|losing sleep)\b/g),
  // A rhetorical "how": "how does that even happen", "how is this possible".
  rule('pushback', 3.5, /\bhow (?:does|did|do|can|could|is|was) (?:that|this|it|something like this|a thing like that) (?:even |actually |possibly )?(?:happen|be (?:possible|allowed|right|legal))\b/g),
  // Long loyalty held up against a charge or a refusal: "I've banked with you for 22 years".
  rule('pushback', 2.5, /\b(?:i'?ve|i have|we'?ve|we have) (?:been (?:with|banking with|a customer of|shopping with|using) you|banked with you|shopped with you|used you)\b[^.?!\n]{0,20}?\bfor (?:\d+|over \d+|many|years|decades|ages)\b/g),
  rule('pushback', 2, /\b(?:take|get) (?:it|that|this|the (?:fee|charge)) off\b|\b(?:remove|reverse|refund) (?:the|that|this) (?:fee|charge)\b/g),
  rule('sarcasm', 4, /\bgood to know\b|\bnoted,? thanks\b/g, { ironic: true }),
  // Distress
  rule('distress', 3, /\b(?:i )?(?:don'?t|do not) know what (?:else )?to do\b|\bi(?:'m| am) (?:really )?(?:in trouble|at a loss|panicking)\b|\bplease,? (?:please|i beg you)\b/g),
];

/** Idioms where the strong word is not upset ("the worst part is over"). */
/** Someone else's opinion, unquoted ("my sister said the shop was terrible"), or a message someone else got ("my mum got a text saying her account is locked"): not the customer's own report. */
const REPORTED = /\b(?:my|his|her|their|a|our) (?:\w+ )?(?:said|says|told me|thinks|thought|reckons|claimed)\b(?: that)?[^.,;!?]*|\b(?:my|his|her|their|our) (?:\w+ )?(?:got|gets|received|had) (?:a|an|this|that) (?:text|message|email|e-mail|letter|call|voicemail|notice|sms) (?:saying|says|said|claiming|claims|telling (?:me|her|him|them|us))\b(?: that)?[^.,;!?]*/g;
const IDIOMS = /\b(?:worst|terrible|awful|horrible|bad|dreadful) (?:weather|traffic|storm|rain|snow|cold|flu|headache|day at work)\b|\bworst (?:part |bit |of it )?(?:is|was|'s) (?:over|behind)|\bat (?:the )?worst\b|\bworst[- ]case\b|could(?:'ve| have) been worse|\bno harm done\b|\b(?:no|not a) problem\b/g;
const CALM = /\b(?:thanks|thank you|thx|cheers|appreciated?|no problem|no worries|all good|that works|works now|working now|sorted|fixed now|it's fixed|got it|makes sense|understood|all set)\b/g;
const LAUGHTER = /\b(?:ha){2,}h?\b|\blol\b|\blmao\b|\bjk\b|\bhehe\b|😂|🤣|😆/;
const PERSISTENCE = /\b(?:still|yet again|again|once again|keeps?|every (?:single )?time|always|constantly)\b/g;

export function hearEnglishPhrases(text: string, heard: Heard): void {
  runRules(FAILURES, text, heard);
  persistence(text, heard, PERSISTENCE, (word) => (word.startsWith('again') ? 1.5 : 2));
  runRules(PHRASES, text, heard);
  const idioms = spans(IDIOMS, text);
  heard.shields.push(...idioms, ...spans(REPORTED, text), ...quotedSpeech(text));
  heard.calm.push(...spans(CALM, text), ...idioms);
  if (LAUGHTER.test(text)) heard.laughing = true;
}
