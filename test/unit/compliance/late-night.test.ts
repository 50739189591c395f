import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { contactWindowOf } from '../../../src/compliance/contact-window';
import { decideLateNight, resumeTimeText, type LateNightInput } from '../../../src/compliance/late-night';
import { opensWithGoOn, readsAsGoOn } from '../../../src/language/go-on-consent';
import { samplePolicy } from '../../fixtures/policy';

const chicago = ['America/Chicago'];
const window = contactWindowOf(samplePolicy, []);
const at = (iso: string, zone = 'America/Chicago') => DateTime.fromISO(iso, { zone }).toJSDate();
const input = (now: Date, extra: Partial<LateNightInput> = {}): LateNightInput => ({ now, zones: chicago, window, goOn: false, ...extra });

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

  it('after the notice, anything but consent waits: a short reply says when the assistant picks up (issue #15 item 3)', () => {
    const noticeSentAt = at('2026-11-23T22:15').toISOString();
    const decision = decideLateNight(input(at('2026-11-23T22:20'), { noticeSentAt }));
    expect(decision).toMatchObject({ action: 'wait', recordConsent: false });
    expect(decision.resumeAt?.toISOString()).toBe(at('2026-11-24T08:00').toISOString());
  });

  it('agreement to go on after the notice is consent for the session: proceed and record it', () => {
    const noticeSentAt = at('2026-11-23T22:15').toISOString();
    expect(decideLateNight(input(at('2026-11-23T22:17'), { noticeSentAt, goOn: true }))).toMatchObject({ action: 'proceed', recordConsent: true });
  });

  it('once consent is given, the rest of the session proceeds without asking again', () => {
    const consentAt = at('2026-11-23T22:17').toISOString();
    const noticeSentAt = at('2026-11-23T22:15').toISOString();
    expect(decideLateNight(input(at('2026-11-23T23:40'), { noticeSentAt, consentAt }))).toMatchObject({ action: 'proceed', recordConsent: false });
  });

  it('consent before the notice is not assumed: "yes" as the first late message still gets the notice', () => {
    expect(decideLateNight(input(at('2026-11-23T22:15'), { goOn: true })).action).toBe('notice');
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

describe('RF-02 consent to continue in the debtor\'s words (1006.6(b)(4)(i), issue #15 item 3)', () => {
  it.each([
    // direct
    'continue', 'Continue now', 'yes', 'YES please', 'go on', 'ok continue', 'now', 'ok',
    // indirect, in their words
    'fine, go ahead now', "yeah let's do it", "it's fine, we can keep going", 'now is fine', "I'm up, go ahead", 'sure thing, carry on', 'that works for me',
    // misspelt, repeated letters, emoji
    'contnue', 'yesss go aheadd', 'ok cotinue pls', 'proced', 'go ahed 👍', 'yea lets go',
    // Spanish
    'sí', 'Sí, continuar', 'seguir ahora por favor', 'ahora está bien', 'sí, sigamos', 'dale, adelante', 'claro que sí, continuemos', 'está bien, sigue', 'adelnte', 'no hay problema',
  ])('"%s" is consent', (text) => {
    expect(readsAsGoOn(text)).toBe(true);
  });

  it.each([
    // near misses: no, delay, doubt
    'not now', 'no', 'no not now', 'later', 'tomorrow', 'yes but not now', 'ok tomorrow', 'go away', 'maybe', 'continue?', 'ok later', 'no, mañana', 'ahora no', 'mañana', 'luego',
    // something else altogether
    "what's my balance", 'who is this?', 'asdf', 'hello', 'STOP', '', 'quién es?', 'I want a payment plan', 'wrong number',
  ])('"%s" is not', (text) => {
    expect(readsAsGoOn(text)).toBe(false);
  });

  it.each(['ok go ahead, I need a payment plan', 'yes continue. what is my balance', 'sí, sigamos: quiero un plan de pagos', 'fine go on, can I pay 100 a month'])(
    '"%s" opens with agreement, then asks for something of its own',
    (text) => {
      expect(opensWithGoOn(text)).toBe(true);
    },
  );

  it.each(['yes, but tomorrow', 'ok, later please', 'no, I want a plan', 'sí, pero mañana', 'I need a plan, go ahead', 'go ahead'])('"%s" does not', (text) => {
    expect(opensWithGoOn(text)).toBe(false);
  });
});
