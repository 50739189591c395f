import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { contactWindowOf } from '../../../src/compliance/contact-window';
import { decideLateNight, isContinueConsent, resumeTimeText, type LateNightInput } from '../../../src/compliance/late-night';
import { samplePolicy } from '../../fixtures/policy';

const chicago = ['America/Chicago'];
const window = contactWindowOf(samplePolicy, []);
const at = (iso: string, zone = 'America/Chicago') => DateTime.fromISO(iso, { zone }).toJSDate();
const input = (now: Date, extra: Partial<LateNightInput> = {}): LateNightInput => ({ now, zones: chicago, window, text: "what's my balance", ...extra });

describe('RF-02 debtor writing at an inconvenient time', () => {
  it('inside the window the conversation simply proceeds', () => {
    expect(decideLateNight(input(at('2026-11-23T20:59')))).toEqual({ action: 'proceed', recordConsent: false, resumeAt: null });
  });

  it('at 22:15 local the first message gets the one late-night notice, with the time contact resumes', () => {
    const decision = decideLateNight(input(at('2026-11-23T22:15')));
    expect(decision.action).toBe('notice');
    expect(decision.recordConsent).toBe(false);
    expect(decision.resumeAt?.toISOString()).toBe(at('2026-11-24T08:00').toISOString());
  });

  it('after the notice, anything but consent gets no second reply', () => {
    const noticeSentAt = at('2026-11-23T22:15').toISOString();
    for (const text of ["what's my balance", 'not now', 'no', 'tomorrow', 'can I pay 100 a month']) {
      expect(decideLateNight(input(at('2026-11-23T22:20'), { noticeSentAt, text })).action, text).toBe('silent');
    }
  });

  it('"continue" after the notice is consent for the session: proceed and record it', () => {
    const noticeSentAt = at('2026-11-23T22:15').toISOString();
    expect(decideLateNight(input(at('2026-11-23T22:17'), { noticeSentAt, text: 'continue' }))).toMatchObject({ action: 'proceed', recordConsent: true });
    expect(decideLateNight(input(at('2026-11-23T22:17'), { noticeSentAt, text: 'Yes' }))).toMatchObject({ action: 'proceed', recordConsent: true });
  });

  it('once consent is given, the rest of the session proceeds without asking again', () => {
    const consentAt = at('2026-11-23T22:17').toISOString();
    const noticeSentAt = at('2026-11-23T22:15').toISOString();
    expect(decideLateNight(input(at('2026-11-23T23:40'), { noticeSentAt, consentAt, text: '2' }))).toMatchObject({ action: 'proceed', recordConsent: false });
  });

  it('consent before the notice is not assumed: "yes" as the first late message still gets the notice', () => {
    expect(decideLateNight(input(at('2026-11-23T22:15'), { text: 'yes' })).action).toBe('notice');
  });

  it('a notice or consent from an earlier night does not carry over once the window has opened since', () => {
    const lastNight = at('2026-11-22T22:15').toISOString();
    expect(decideLateNight(input(at('2026-11-23T22:15'), { noticeSentAt: lastNight, consentAt: lastNight })).action).toBe('notice');
  });

  it('early morning counts too: 07:30 local is before the window, the notice offers 8:00', () => {
    const decision = decideLateNight(input(at('2026-11-24T07:30')));
    expect(decision.action).toBe('notice');
    expect(resumeTimeText(decision.resumeAt!, 'America/Chicago', 'en')).toBe('8:00 AM');
    expect(resumeTimeText(decision.resumeAt!, 'America/Chicago', 'es')).toBe('8:00');
  });

  it('judges every known zone: 20:30 in Los Angeles is late for a 212 phone in New York', () => {
    const zones = ['America/Los_Angeles', 'America/New_York'];
    const decision = decideLateNight({ ...input(at('2026-11-23T20:30', 'America/Los_Angeles')), zones });
    expect(decision.action).toBe('notice');
    // 08:00 in New York is 05:00 in Los Angeles, still early there: the intersection opens at 08:00 PT.
    expect(resumeTimeText(decision.resumeAt!, 'America/Los_Angeles', 'en')).toBe('8:00 AM');
  });

  it('an unknown location is judged in every continental zone', () => {
    // 21:30 Eastern is 18:30 Pacific: still late for the Eastern possibility.
    expect(decideLateNight({ ...input(at('2026-11-23T21:30', 'America/New_York')), zones: [] }).action).toBe('notice');
  });
});

describe('RF-02 consent to continue (1006.6(b)(4)(i))', () => {
  it.each(['continue', 'Continue now', 'yes', 'YES please', 'ok, go ahead', 'sí', 'Sí, continuar', 'seguir ahora por favor', 'now'])('"%s" is consent', (text) => {
    expect(isContinueConsent(text)).toBe(true);
  });
  it.each(['not now', 'no', 'later', 'tomorrow', "what's my balance", 'yes but not now', 'STOP', '', 'no, mañana'])('"%s" is not', (text) => {
    expect(isContinueConsent(text)).toBe(false);
  });
});
