import type { When } from '../schema';

/**
 * Situations several built-in rules share. The engine's `upset` reads angry words; a
 * customer can be just as troubled saying "it is still not fixed" or "did you just laugh?",
 * so the pack adds its own `distress` phrases, read in the customer's latest turn.
 */
export const customerTroubled: When = {
  any: [
    { upset: true },
    { customerLast: { lexicon: 'distress' } },
    // A calm report of a failure the company caused is trouble too ("nothing is here"), until the customer sounds settled.
    { problem: true },
    // Asking for someone senior is a sign of trouble however calmly it is put.
    { customerLast: { hears: 'escalation' } },
    // What no rule has a shape for (dry sarcasm, a quiet report in the customer's own words), read by the learned reader.
    { customerLast: { hears: 'troubled' } },
  ],
};

/** Channels where the agent writes a draft; on a call the agent's words are the transcript. */
export const writtenChannel: When = { channel: ['chat', 'email'] };

export const onCall: When = { channel: 'voice' };

export const active: When = { state: 'active' };
