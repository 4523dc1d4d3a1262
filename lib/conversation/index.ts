export * from './schema';
export { normalizeConversation, detectLang, parseTime, type NormalizedConversation } from './normalize';
export { deriveSignals, REPEAT_WINDOW_MS, type ConversationSignals, type DeriveOptions, type Evidence, type EvidenceSource } from './signals';
export { scanTextSignals, textSignals, UPSET_HEAT, MAX_HEAT, type TextSignals, type Found } from './text-signals';
