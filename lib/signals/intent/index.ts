/**
 * What Kizuki hears people mean, beyond stock phrases: pure detectors over one text, in Japanese,
 * English or both mixed. Each returns the words that made it true, with offsets in the ORIGINAL
 * text (so a prompt can point at them), or null. How each one decides is at the top of its file;
 * the decisions a team lead should know are in README.md beside this file.
 */
import { blameOrArgument } from './blame';
import { busyOrUnavailable, freeNow } from './busy';
import { escalationAsk } from './escalation';
import { explains } from './explains';
import { handover } from './handover';
import type { Hit } from './grammar';
import { notAGoodTimeOffer } from './good-time';
import { laughter } from './laughter';
import { nextStepsGiven } from './next-steps';
import { promise } from './promise';
import { jargon } from './jargon';
import { wrapUp } from './wrap-up';

export type { Hit } from './grammar';
export type { PromiseHit } from './promise';
export { blameOrArgument, busyOrUnavailable, freeNow, escalationAsk, explains, handover, laughter, nextStepsGiven, notAGoodTimeOffer, promise, wrapUp, jargon };

/** Whose words a detector is written for: the customer's turns, or the agent's turns and draft. */
export type IntentReader = 'customer' | 'agent' | 'anyone';

/** Every detector with the text it is meant to read, for the signals that will wrap them. */
export const intentDetectors: Readonly<Record<string, { reads: IntentReader; detect: (text: string) => Hit | null }>> = {
  busyOrUnavailable: { reads: 'customer', detect: busyOrUnavailable },
  freeNow: { reads: 'customer', detect: freeNow },
  escalationAsk: { reads: 'customer', detect: escalationAsk },
  blameOrArgument: { reads: 'agent', detect: blameOrArgument },
  laughter: { reads: 'anyone', detect: laughter },
  promise: { reads: 'agent', detect: promise },
  nextStepsGiven: { reads: 'agent', detect: nextStepsGiven },
  notAGoodTimeOffer: { reads: 'agent', detect: notAGoodTimeOffer },
  wrapUp: { reads: 'customer', detect: wrapUp },
  jargon: { reads: 'agent', detect: jargon },
  explains: { reads: 'agent', detect: explains },
  handover: { reads: 'agent', detect: handover },
};
