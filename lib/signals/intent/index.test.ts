import { describe, expect, it } from 'vitest';
import { intentDetectors } from './index';

describe('intentDetectors', () => {
  it('lists the twelve detectors with whose words each reads', () => {
    expect(Object.fromEntries(Object.entries(intentDetectors).map(([id, d]) => [id, d.reads]))).toEqual({
      busyOrUnavailable: 'customer', freeNow: 'customer', escalationAsk: 'customer', blameOrArgument: 'agent', laughter: 'anyone',
      promise: 'agent', nextStepsGiven: 'agent', notAGoodTimeOffer: 'agent', wrapUp: 'customer', jargon: 'agent', explains: 'agent', handover: 'agent',
    });
  });

  it('in a message mixing both languages, each detector points at its own words', () => {
    const customer = 'Sorry 今運転中なので、can I speak to a manager later? 笑';
    expect(intentDetectors.busyOrUnavailable!.detect(customer)?.phrase).toBe('今運転中');
    expect(intentDetectors.escalationAsk!.detect(customer)?.phrase).toBe('can I speak to a manager');
    expect(intentDetectors.laughter!.detect(customer)?.phrase).toBe('笑');
    const agent = '承知しました。I’ll call you back at 4 then. 本日中に交換品を発送いたします。';
    const hit = intentDetectors.promise!.detect(agent);
    expect(agent.slice(hit!.start, hit!.end)).toBe('I’ll call you back');
    expect(intentDetectors.notAGoodTimeOffer!.detect(agent)?.phrase).toBe('I’ll call you back');
    expect(intentDetectors.nextStepsGiven!.detect(agent)?.phrase).toBe('I’ll call');
    expect(intentDetectors.blameOrArgument!.detect(agent)).toBeNull();
  });

  it('every detector is quiet on empty and whitespace-only text', () => {
    for (const d of Object.values(intentDetectors)) {
      expect(d.detect('')).toBeNull();
      expect(d.detect(' \n　')).toBeNull();
    }
  });
});
