/**
 * An upset customer and two drafts, in both languages: one explains before apologising (the
 * built-in apologise-first rule speaks up), one apologises first (it lets go). Shared by the
 * Chromium and Firefox end-to-end tests.
 */
export const COMPLAINT = {
  en: {
    scenario: 'en-howto-calm',
    customer: 'This is ridiculous!! I am furious, nothing works.',
    explains: 'Our system does not allow that change.',
    apologises: "I'm so sorry for the trouble. Our system does not allow that change.",
  },
  ja: {
    scenario: 'ja-howto-calm',
    customer: 'いい加減にしてください！何度言えばわかるんですか！！',
    explains: 'システム上、その設定は変更できません。',
    apologises: 'ご迷惑をおかけし、誠に申し訳ございません。システム上、変更ができないためです。',
  },
} as const;
