import { describe, expect, it } from 'vitest';
import { detectRights } from '../../../src/compliance/rights-detector';
import { inconvenientTimesIn } from '../../../src/compliance/spoken-times';
import { normalizeForMatching } from '../../../src/compliance/normalize';

const weekdays = [1, 2, 3, 4, 5];
const everyDay = [1, 2, 3, 4, 5, 6, 7];

/** Our own phrasings: direct, indirect, misspelt, run-on, Spanish, mixed with another request. */
const timePhrasings: [string, { days: number[]; start: string; end: string }][] = [
  ['not during work 7–3 weekdays', { days: weekdays, start: '07:00', end: '15:00' }],
  ['only after 5pm', { days: everyDay, start: '00:00', end: '17:00' }],
  ["don't text me before noon", { days: everyDay, start: '00:00', end: '12:00' }],
  ['no me escriban en el trabajo de 8 a 4', { days: everyDay, start: '08:00', end: '16:00' }],
  ['pls dont txt me between 9 and 5 on weekdays im at work', { days: weekdays, start: '09:00', end: '17:00' }],
  ["I work nights so please don't call or text me before 2pm", { days: everyDay, start: '00:00', end: '14:00' }],
  ['do not contact me monday to friday 8am-4pm', { days: weekdays, start: '08:00', end: '16:00' }],
  ["don't message me after 7pm, my kids are asleep", { days: everyDay, start: '19:00', end: '00:00' }],
  ['never text me on sundays', { days: [7], start: '00:00', end: '23:59' }],
  ['no me llamen antes de las 10', { days: everyDay, start: '00:00', end: '10:00' }],
  ['solo despues de las 6 por favor', { days: everyDay, start: '00:00', end: '18:00' }],
  ['no me manden mensajes de lunes a viernes de 7 a 3', { days: weekdays, start: '07:00', end: '15:00' }],
  ['No me escriban despues de las 8 de la noche', { days: everyDay, start: '20:00', end: '00:00' }],
  ['I work 3-11 so dont text me then', { days: everyDay, start: '15:00', end: '23:00' }],
  ['please avoid texting me in the mornings', { days: everyDay, start: '00:00', end: '12:00' }],
  ['not before 10am please', { days: everyDay, start: '00:00', end: '10:00' }],
  ['dont text me durring work 9-5 weekdays ok', { days: weekdays, start: '09:00', end: '17:00' }],
];

describe('RF-02 inconvenient times the debtor names', () => {
  it.each(timePhrasings)('"%s" is a contact preference with that time, not an opt-out, cease or hardship', (text, time) => {
    const detection = detectRights(text);
    expect(detection.intents).toContain('contact_preference');
    expect(detection.intents).not.toContain('cease_contact');
    expect(detection.intents).not.toContain('hardship');
    expect(detection.keyword).toBeNull();
    expect(detection.contactPreference?.inconvenientTimes).toContainEqual(time);
  });

  it.each([
    "please don't text me during my shift",
    "don't text me while I'm at work",
    'no me escriban cuando estoy en el trabajo, en mi turno no puedo',
    'dont call me at work',
  ])('"%s" asks for no contact at work and the hours are asked for', (text) => {
    const detection = detectRights(text);
    expect(detection.keyword).toBeNull();
    expect(detection.intents).not.toContain('cease_contact');
    expect(detection.contactPreference).toMatchObject({ noWorkplaceContact: true, workHoursUnknown: true });
  });

  it('reads a time mixed with another request and keeps the other request', () => {
    const detection = detectRights("don't text me before noon. also I already paid this last week");
    expect(detection.intents).toEqual(expect.arrayContaining(['contact_preference', 'payment_already_made']));
  });
});

describe('RF-03 workplace prohibition', () => {
  it.each([
    "don't call my office",
    'please do not contact me at my job',
    "my boss doesn't allow personal calls, don't call the office",
    'no me llamen al trabajo',
    'no me busquen en mi oficina por favor',
    'you can email me at jsmith@acmecorp.com but dont call the office, I could lose my job',
  ])('"%s" is a workplace prohibition, not a cease or hardship', (text) => {
    const detection = detectRights(text);
    expect(detection.contactPreference?.noWorkplaceContact).toBe(true);
    expect(detection.intents).not.toContain('cease_contact');
    expect(detection.intents).not.toContain('hardship');
    expect(detection.keyword).toBeNull();
  });
});

describe('RF-06 a medium stopped while another is welcome', () => {
  it.each([
    ['stop texting, email is fine', ['sms'], ['email']],
    ['stop calling me, texting is fine', ['calls'], ['sms']],
    ["don't call me, just text me", ['calls'], ['sms']],
    ['no more texts please, email me instead', ['sms'], ['email']],
    ['ya no me manden mensajes, mejor por correo', ['sms'], ['email']],
    ['no me llamen, por mensaje esta bien', ['calls'], ['sms']],
  ] as const)('"%s" stops %j and welcomes %j', (text, stopped, preferred) => {
    const detection = detectRights(text);
    expect(detection.contactPreference).toMatchObject({ stoppedMedia: stopped, preferredMedia: preferred });
    expect(detection.intents).not.toContain('cease_contact');
  });
});

/** Near misses that must NOT read as a contact preference; every false trigger is listed. */
const nearMisses = [
  'I work 7-3 so I get paid friday',
  'stop',
  "I can't afford it",
  'I can only pay after 5pm',
  'I get off work at 5, can I pay then?',
  'stop texting me',
  'stop contacting me at all, not at work, not at home, never',
  'I lost my job last month',
  'call me back after 5',
  "I'll pay on friday after work",
  'trabajo de 8 a 4 y me pagan el viernes',
  'no puedo pagar hasta despues del 15',
  'what time do you close?',
  'my shift ends at 3, can we set up a plan',
  'text me the payment link',
  // A report of what the collector did is a complaint, not a designation.
  'They called me ten times a day at work and I told them to stop.',
  'they keep calling my job',
];

describe('contact preference near misses', () => {
  it('none of our near misses reads as a contact preference', () => {
    const falseTriggers = nearMisses.filter((text) => detectRights(text).contactPreference !== null);
    expect(falseTriggers).toEqual([]);
  });

  it('STOP alone stays the opt-out keyword and a full cease stays a cease', () => {
    expect(detectRights('stop').keyword).toBe('opt_out');
    expect(detectRights('stop contacting me at all, not at work, not at home, never').intents).toContain('cease_contact');
    expect(detectRights("I can't afford it").intents).toContain('hardship');
  });
});

/**
 * Time windows said as the hours that suit, or as a part of the day (issue #19 item 6): "after 6
 * is fine" makes the hours before 6 PM inconvenient, "only evenings" the hours before 5 PM,
 * "during the day" the hours before 5 PM. Our own phrasings, EN and ES.
 */
const windowPhrasings: [string, { days: number[]; start: string; end: string }][] = [
  ['can you not message me during the day? after 6 is ok', { days: everyDay, start: '00:00', end: '18:00' }],
  ['after 6 is fine', { days: everyDay, start: '00:00', end: '18:00' }],
  ['only evenings', { days: everyDay, start: '00:00', end: '17:00' }],
  ['nada antes de las 10', { days: everyDay, start: '00:00', end: '10:00' }],
  ['weekends only', { days: weekdays, start: '00:00', end: '23:59' }],
  ['anytime after 7 works for me', { days: everyDay, start: '00:00', end: '19:00' }],
  ['evenings are best for me', { days: everyDay, start: '00:00', end: '17:00' }],
  ['pls no msgs til after 5', { days: everyDay, start: '00:00', end: '17:00' }],
  ['only on weekends please', { days: weekdays, start: '00:00', end: '23:59' }],
  ['después de las 6 está bien', { days: everyDay, start: '00:00', end: '18:00' }],
  ['escríbanme solo por las tardes', { days: everyDay, start: '00:00', end: '12:00' }],
  ['no me molesten en la mañana', { days: everyDay, start: '00:00', end: '12:00' }],
  ['solo fines de semana', { days: weekdays, start: '00:00', end: '23:59' }],
  ['nada entre semana por favor', { days: weekdays, start: '00:00', end: '23:59' }],
  ['not during the day, i work', { days: everyDay, start: '00:00', end: '17:00' }],
  ['text after 8pm only', { days: everyDay, start: '00:00', end: '20:00' }],
  ['could you only reach out after 4:30?', { days: everyDay, start: '00:00', end: '16:30' }],
  ['nothing before 9am pls', { days: everyDay, start: '00:00', end: '09:00' }],
  ['no antes de las 9 de la mañana porfa', { days: everyDay, start: '00:00', end: '09:00' }],
  ['a partir de las 7 de la noche esta bien', { days: everyDay, start: '00:00', end: '19:00' }],
  ['after 6pm is better for texts', { days: everyDay, start: '00:00', end: '18:00' }],
  ['los mensajes solo en la noche por favor', { days: everyDay, start: '00:00', end: '17:00' }],
  ['durante el día no, después de las 7 está bien', { days: everyDay, start: '00:00', end: '19:00' }],
];

describe('RF-02 time windows said as the hours that suit', () => {
  it.each(windowPhrasings)('"%s" is a contact preference with that time, nothing else', (text, time) => {
    const detection = detectRights(text);
    expect(detection.intents).toContain('contact_preference');
    expect(detection.intents).not.toContain('cease_contact');
    expect(detection.keyword).toBeNull();
    expect(detection.contactPreference?.inconvenientTimes).toContainEqual(time);
  });

  it('the same window said twice is kept once', () => {
    expect(detectRights('no texts before 10am pls. not before 10am').contactPreference?.inconvenientTimes).toEqual([{ days: everyDay, start: '00:00', end: '10:00' }]);
  });

  it('"not during the day... after 6 is ok" keeps one window, not the day and the evening both', () => {
    expect(detectRights('can you not message me during the day? after 6 is ok').contactPreference?.inconvenientTimes).toEqual([{ days: everyDay, start: '00:00', end: '18:00' }]);
  });
});

/**
 * Near misses of the time windows. "call me after 5" and "text me after 6" ask for a later contact
 * once, with no word that restricts ("only", "not") or lets a time suit ("is fine"): read as a
 * standing "nothing before 5 PM" they would close the morning for good on a one-off, so they are
 * not a preference; "only call me after 5" is one.
 */
const windowNearMisses = [
  "I'll pay after 6",
  'call me after 5',
  'text me after 6',
  'after 6 is fine for the payment',
  'friday after 5 works to pay',
  'I get home after 6',
  'weekends only I can pay',
  'puedo pagar los fines de semana',
  'nada, ya pague',
  'no tengo nada antes del 15',
  'evenings are hard, money is tight',
  'what time after 6 are you open?',
  'is after 6 ok?',
];

describe('time window near misses', () => {
  it('none of them reads as a contact preference', () => {
    expect(windowNearMisses.filter((text) => detectRights(text).contactPreference !== null)).toEqual([]);
  });

  it('"only call me after 5" is one', () => {
    expect(detectRights('only call me after 5').contactPreference?.inconvenientTimes).toEqual([{ days: everyDay, start: '00:00', end: '17:00' }]);
  });
});

/**
 * Issue #19 item 6: a preference said with an ordinary request. The preference is read, nothing is
 * an opt-out, cease or hardship, and what the message asks besides is left for the request (the
 * turn tables in test/integration/conversation/preference-with-request.test.ts play them whole).
 */
const withRequest: [string, RegExp][] = [
  ['pls dont text me at work, whats my balance', /^whats my balance$/],
  ['can u not call my job. also i want a payment plan', /^also i want a payment plan$/],
  ['solo después de las 5pm por favor, y cuánto debo?', /^y cuanto debo\??$/],
  ['stop texting me during my shift but I can pay $50 friday', /^but i can pay \$50 friday$/],
  ['dont msg me before 10am. how much do i owe', /^how much do i owe$/],
  ["text me only after 6pm please, and I'd like to pay the whole thing", /pay the whole thing$/],
  ['dont call my office!! i can pay 200 on the 15th', /^i can pay 200 on the 15th$/],
  ['no texts on weekends pls. can i set up payments', /^can i set up payments$/],
  ['no me llamen al trabajo, quiero hacer un plan de pagos', /^quiero hacer un plan de pagos$/],
  ['nada antes de las 10 porfa, puedo pagar 100 el viernes?', /^puedo pagar 100 el viernes\??$/],
  ['dont text me before 9am, i want a payment plan', /^i want a payment plan$/],
  ['no me escriban los domingos, cuánto debo?', /^cuanto debo\??$/],
  ['after 6 is fine for texts. can I do a payment plan?', /^can i do a payment plan\??$/],
  ["please don't message me at work, what's my balance?", /balance\??$/],
  ['dont call my work, I want to promise 100 on friday', /^i want to promise 100 on friday$/],
];

describe('a preference said with a request (issue #19 item 6)', () => {
  it.each(withRequest)('"%s" is a preference, and what it asks besides is left for the request', (text, besides) => {
    const detection = detectRights(text);
    expect(detection.contactPreference).not.toBeNull();
    expect(detection.keyword).toBeNull();
    expect(detection.intents).not.toContain('cease_contact');
    expect(detection.intents).not.toContain('hardship');
    expect(detection.besidesPreference).toMatch(besides);
  });

  it('the request\'s own date is no inconvenient day: "dont call my work, I want to promise 100 on friday"', () => {
    expect(detectRights('dont call my work, I want to promise 100 on friday').contactPreference).toMatchObject({ inconvenientTimes: [], noWorkplaceContact: true });
  });

  it('"text me only after 6pm" names an hour, not texts as the only medium', () => {
    expect(detectRights("text me only after 6pm please, and I'd like to pay the whole thing").contactPreference).toMatchObject({ stoppedMedia: [], preferredMedia: [] });
  });

  it('"I lost my job, dont text me" is still hardship and an opt-out from texts', () => {
    const detection = detectRights('I lost my job, dont text me');
    expect(detection.contactPreference).toBeNull();
    expect(detection.keyword).toBe('opt_out');
    expect(detection.intents).toContain('hardship');
  });

  it('"stop texting me, whats my balance" is still an opt-out from texts', () => {
    expect(detectRights('stop texting me, whats my balance').keyword).toBe('opt_out');
  });
});

describe('spoken times', () => {
  it.each([
    ['9-5', '09:00', '17:00'],
    ['7am to 3pm', '07:00', '15:00'],
    ['between 1 and 5', '13:00', '17:00'],
    ['de 8 a 4', '08:00', '16:00'],
    ['from 10:30 to 2', '10:30', '14:00'],
    ['5-1', '17:00', '01:00'],
  ])('"%s" is %s to %s', (said, start, end) => {
    expect(inconvenientTimesIn(normalizeForMatching(`not ${said}`))).toEqual([{ days: everyDay, start, end }]);
  });

  it('"only weekends" makes every weekday inconvenient', () => {
    expect(inconvenientTimesIn('only weekends')).toEqual([{ days: weekdays, start: '00:00', end: '23:59' }]);
  });

  it('does not read an amount or a date as an hour', () => {
    expect(inconvenientTimesIn('not $5-10')).toEqual([]);
    expect(inconvenientTimesIn('not 12/15')).toEqual([]);
  });
});
