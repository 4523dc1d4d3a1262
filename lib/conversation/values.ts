/**
 * The closed sets of the conversation JSON, without the schema library, so the content script
 * can check a value read off a page without bundling the validator.
 */
export const LANGS = ['ja', 'en'] as const;
export const CHANNELS = ['chat', 'voice', 'email'] as const;
export const DIRECTIONS = ['inbound', 'outbound'] as const;
export const CONVERSATION_STATES = ['active', 'ended'] as const;
export const CALL_STATES = ['ringing', 'connected', 'on-hold', 'ended'] as const;
export const SPEAKERS = ['customer', 'agent'] as const;

/** `value` when it is one of `allowed`, otherwise undefined. */
export function oneOf<T extends string>(allowed: readonly T[], value: string | null | undefined): T | undefined {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
}
