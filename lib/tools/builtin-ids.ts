/**
 * The adapter ids of the tools Kizuki reads by itself: what a pack's tool may name in `extends`
 * to correct that tool's selectors. Kept here, below both the engine (which validates packs)
 * and the page (which holds the adapters); lib/page/adapters/registry.test.ts checks the two agree.
 */
export const BUILTIN_TOOL_IDS = ['desk', 'zendesk', 'intercom', 'freshdesk', 'helpscout', 'front', 'gmail', 'chatwoot', 'zammad', 'freescout'] as const;

export type BuiltinToolId = (typeof BUILTIN_TOOL_IDS)[number];
