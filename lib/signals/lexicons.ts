/**
 * Phrases behind the derived signals (upset, deadline, repeat contact, promise). They are
 * the engine's own ears, shared by every pack; packs add their own lexicons on top.
 */
import type { SignalLexicon } from './types';

/** Heat: each phrase adds its weight to a customer turn's score. */
export const HEAT_LEXICONS: Record<'strong' | 'medium' | 'mild', { weight: number; lexicon: SignalLexicon }> = {
  strong: {
    weight: 3,
    lexicon: {
      phrases: [
        '最悪', 'ふざけ', 'いい加減にして', 'いいかげんにして', '上司を出', '責任者を出', '訴え', '激怒', 'ありえない', 'あり得ない', '許せない', '二度と使わない', '金返せ', '返金しろ', 'どうなってる',
        'furious', 'ridiculous', 'unacceptable', 'outrageous', 'worst', 'disgust*', 'lawyer', 'sue you', 'never again', 'fed up', 'sick of', 'absurd',
      ],
    },
  },
  medium: {
    weight: 2,
    lexicon: {
      phrases: [
        '困ります', '困っています', '困ってる', '何度も', '何回も', '怒', '不満', 'ひどい', '酷い', 'がっかり', '納得できない', '納得いかない', 'まだ届かない', '届いていない', '届かない', 'おかしい', 'どういうこと', 'ちゃんとして', '話にならない', '迷惑',
        'angry', 'upset', 'disappointed', 'frustrat*', 'terrible', 'awful', 'useless', 'annoy*', 'still not', 'still waiting', "still hasn't", 'not acceptable', 'waste of', 'complain*', 'horrible', 'unbelievable',
      ],
      except: ['ご迷惑', 'not upset', 'not angry'],
    },
  },
  mild: {
    weight: 1,
    lexicon: {
      phrases: ['困った', '不安', '心配', '遅い', '残念', 'problem', 'broken', 'wrong', 'worried', 'late', 'again'],
      except: ['no problem', 'thanks again', 'thank you again', '問題ありません'],
    },
  },
};

export const DEADLINE_LEXICON: SignalLexicon = {
  phrases: [
    '今日中', '本日中', '至急', '急ぎ', '急いで', '間に合', 'までに', '締め切り', '締切', '期限', '早急', '今すぐ', 'すぐに', '明日まで', '当日中', '大至急', '早めに',
    'today', 'tonight', 'asap', 'urgent*', 'deadline', 'in time', 'right away', 'as soon as possible', 'end of day', 'eod', 'by tomorrow', 'by monday', 'by tuesday', 'by wednesday', 'by thursday', 'by friday', 'by saturday', 'by sunday', 'by the weekend', 'hurry',
  ],
  except: ['how are you today', 'hope you are well today', 'どう急いで'],
};

export const REPEAT_LEXICON: SignalLexicon = {
  phrases: [
    '再度', '何度も', '何回も', 'また電話', 'またお電話', '先日も', '前回', '以前も', '二度目', '2度目', '二回目', '2回目', '三度目', '先ほども電話', 'さっきも電話', 'もう一度問い合わせ', '再び',
    'again', 'second time', 'third time', 'called before', 'already called', 'called yesterday', 'contacted you before', 'already contacted', 'following up', 'follow up on', 'still waiting', 'i already', 'last time i', 'once more',
  ],
  except: ['thanks again', 'thank you again', 'try again', 'log in again', 'login again', 'sign in again'],
};

export const PROMISE_LEXICON: SignalLexicon = {
  phrases: [
    '折り返し', 'ご連絡いたします', 'ご連絡します', 'ご連絡差し上げます', 'お電話いたします', 'お電話します', '改めてご連絡', '後ほど', '確認してご連絡', 'お送りいたします', 'お送りします', 'ご報告いたします',
    'call you back', 'get back to you', "i'll email", 'i will email', "i'll send", 'i will send', 'will follow up', "i'll follow up", 'will contact you', 'will call you', "i'll call", 'i will call', 'will let you know', "i'll let you know",
  ],
};
