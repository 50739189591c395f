import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideOutbound } from '../../../src/compliance/outbound-gate';
import { combineSms, MAX_SMS_SEGMENTS, smsEncoding, smsParts, smsSegmentCount, splitSms } from '../../../src/compliance/sms-segments';
import { complianceMessages } from '../../../prompts/compliance';
import { aMessage } from './outbound-messages';

const en = complianceMessages.en.optOutNotice;
const es = complianceMessages.es.optOutNotice;

const wordsOf = (text: string) => text.split(/\s+/u).filter((word) => word !== '');
/** What a part says besides the notice it ends with. */
const bodyOf = (part: string, notice: string) => part.slice(0, part.length - notice.length);

describe('RF-04 / TC-03 SMS segment math', () => {
  it.each([
    ['', 1],
    ['a'.repeat(160), 1],
    ['a'.repeat(161), 2],
    ['a'.repeat(306), 2],
    ['a'.repeat(307), 3],
    ['a'.repeat(459), 3],
    ['a'.repeat(460), 4],
  ])('GSM-7: %# (%s) is %i segment(s): 160 alone, 153 per segment of a chain', (text, segments) => {
    expect(smsEncoding(text)).toBe('GSM-7');
    expect(smsSegmentCount(text)).toBe(segments);
  });

  it('GSM-7 extension characters take two septets, and an escape pair never straddles two segments', () => {
    expect(smsEncoding('{[€]}^~|\\')).toBe('GSM-7');
    expect(smsSegmentCount('€'.repeat(80))).toBe(1);
    expect(smsSegmentCount('€'.repeat(81))).toBe(2);
    // 152 septets and then a two-septet character: it moves whole to the second segment.
    expect(smsSegmentCount(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toBe(3);
    expect(smsSegmentCount(`${'a'.repeat(151)}€${'a'.repeat(152)}`)).toBe(2);
  });

  it.each([
    ['a'.repeat(70), 1],
    ['a'.repeat(71), 2],
    ['a'.repeat(134), 2],
    ['a'.repeat(135), 3],
  ])('UCS-2: any non-GSM character (here "á") makes the message 70 alone, 67 per segment', (ascii, segments) => {
    const text = `á${ascii.slice(1)}`;
    expect(smsEncoding(text)).toBe('UCS-2');
    expect(smsSegmentCount(text)).toBe(segments);
  });

  it('Spanish: é ñ ü ¿ ¡ are GSM-7, but á í ó ú are not', () => {
    expect(smsEncoding('¿Qué pasó? ¡Señor Müller!'.replace('ó', 'o'))).toBe('GSM-7');
    for (const accent of ['á', 'í', 'ó', 'ú', 'Á', 'ç']) expect(smsEncoding(`pag${accent}`), accent).toBe('UCS-2');
    expect(smsEncoding(es)).toBe('GSM-7');
  });

  it('UCS-2 counts UTF-16 units, and a surrogate pair (emoji) never straddles two segments', () => {
    expect(smsSegmentCount('😀'.repeat(35))).toBe(1);
    expect(smsSegmentCount('😀'.repeat(36))).toBe(2);
    expect(smsSegmentCount(`${'a'.repeat(66)}😀${'a'.repeat(66)}`)).toBe(3);
  });
});

describe('RF-04 / TC-03 a message longer than N segments is split so each chain ends with the notice', () => {
  const sentence = 'Your plan has twelve monthly payments and you can change the date of any payment up to two days before it is due.';

  it(`N is ${MAX_SMS_SEGMENTS}`, () => {
    expect(MAX_SMS_SEGMENTS).toBe(3);
  });

  it('leaves a message that fits exactly as it is', () => {
    const text = `Thanks, I can help with that.\n${en}`;
    expect(splitSms(text, en)).toEqual({ ok: true, parts: [text] });
    expect(smsParts(text)).toEqual([text]);
  });

  it('splits a long English reply at word boundaries, each part closing with the notice', () => {
    const text = `${Array(8).fill(sentence).join(' ')}\n${en}`;
    const parts = smsParts(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.endsWith(`\n${en}`)).toBe(true);
      expect(smsSegmentCount(part)).toBeLessThanOrEqual(MAX_SMS_SEGMENTS);
    }
    expect(parts.flatMap((part) => wordsOf(bodyOf(part, en)))).toEqual(wordsOf(text.slice(0, -en.length)));
  });

  it('uses the UCS-2 budget for a Spanish reply with "á", and the Spanish notice', () => {
    const text = `${Array(4).fill('Puede cambiar la fecha de cualquier pago hasta dos días antes de su vencimiento sin cargo.').join(' ')}\n${es}`;
    expect(smsSegmentCount(text)).toBeGreaterThan(MAX_SMS_SEGMENTS);
    const parts = smsParts(text);
    // One sentence (89 UCS-2 units) per part: two and the notice would pass 201.
    expect(parts.map((part) => bodyOf(part, es).trim())).toEqual(Array(4).fill('Puede cambiar la fecha de cualquier pago hasta dos días antes de su vencimiento sin cargo.'));
    for (const part of parts) {
      expect(part.endsWith(es)).toBe(true);
      expect(part.length).toBeLessThanOrEqual(3 * 67);
      expect(smsSegmentCount(part)).toBeLessThanOrEqual(MAX_SMS_SEGMENTS);
    }
  });

  it('keeps menu lines whole: it cuts at a line break when that leaves the part at least half full', () => {
    const menu = Array.from({ length: 30 }, (_, i) => `${i + 1} Option number ${i + 1} of the menu`).join('\n');
    const parts = smsParts(`${menu}\n${en}`);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      const lines = bodyOf(part, en).trimEnd().split('\n');
      for (const line of lines) expect(line).toMatch(/^\d+ Option number \d+ of the menu$/);
    }
  });

  it('ends a part at a sentence end rather than mid-sentence when that keeps it at least half full', () => {
    const spanish = `Soy el asistente automático de Northwind Energy. ${complianceMessages.es.optInConfirmation('Northwind Energy')}`;
    expect(smsSegmentCount(spanish)).toBe(4);
    expect(smsParts(spanish)).toEqual([
      `Soy el asistente automático de Northwind Energy. Está suscrito a los mensajes de cuenta de Northwind Energy. Pueden aplicarse tarifas de mensajes y datos.\n${es}`,
      `Responda HELP para ayuda.\n${es}`,
    ]);
  });

  it('reports a word too long to share a message with the notice instead of cutting it', () => {
    const link = `https://pay.example.test/${'x'.repeat(500)}`;
    expect(splitSms(`Pay here: ${link}\n${en}`, en)).toEqual({ ok: false, reason: 'word_exceeds_segment_budget', word: link });
  });

  it('adds the notice to every part when the text does not yet carry it', () => {
    const parts = splitSms(Array(8).fill(sentence).join(' '), en);
    expect(parts.ok && parts.parts.every((part) => part.endsWith(`\n${en}`))).toBe(true);
  });

  it('splits a text without any notice (the single opt-out confirmation, TC-02) without adding one', () => {
    const text = Array(8).fill(sentence).join(' ');
    const parts = smsParts(text);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.some((part) => part.includes(en))).toBe(false);
    expect(parts.flatMap(wordsOf)).toEqual(wordsOf(text));
  });
});

describe('RF-04 the outbound gate fails closed when the segment budget would cut the notice', () => {
  it('blocks an SMS with a word that leaves no room for the notice', () => {
    const result = decideOutbound(aMessage({ text: `Pay here: https://pay.example.test/${'x'.repeat(500)}` }));
    expect(result.decision).toMatchObject({ action: 'block', ruleIds: ['RF-04'] });
    expect(result.text).toBeUndefined();
  });

  it('passes a long SMS whole (one transcript entry); the transport sends it as parts', () => {
    const text = Array(10).fill('You can change the date of any payment up to two days before it is due.').join(' ');
    const result = decideOutbound(aMessage({ text }));
    expect(result.decision.action).toBe('rewrite');
    expect(result.text!.endsWith(en)).toBe(true);
    expect(smsParts(result.text!).length).toBeGreaterThan(1);
  });

  it('does not apply the SMS budget to web chat', () => {
    const text = `Link: https://pay.example.test/${'x'.repeat(500)}`;
    expect(decideOutbound(aMessage({ text, channel: 'webchat' })).decision.action).not.toBe('block');
  });
});

describe('RF-04 / TC-03 property: every part ends with the notice, fits N segments, and keeps every word', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 1500 }),
    fc.string({ unit: 'grapheme', maxLength: 400 }),
    fc
      .array(fc.tuple(fc.string({ unit: fc.constantFrom('a', 'é', 'á', '€', '😀', 'Z', '.'), minLength: 1, maxLength: 30 }), fc.constantFrom(' ', '\n', '  ', '\t', ' \n ')), {
        maxLength: 200,
      })
      .map((words) => words.map(([word, space]) => word + space).join('')),
  );
  const notice = fc.constantFrom(en, es);

  it('holds for any text, or the text has a word too long for one message with the notice', () => {
    fc.assert(
      fc.property(anyText, notice, (text, notice) => {
        const split = splitSms(`${text}\n${notice}`, notice);
        if (!split.ok) {
          expect(smsSegmentCount(`${split.word}\n${notice}`)).toBeGreaterThan(MAX_SMS_SEGMENTS);
          expect(wordsOf(text)).toContain(split.word);
          return;
        }
        for (const part of split.parts) {
          expect(part.endsWith(notice)).toBe(true);
          expect(smsSegmentCount(part)).toBeLessThanOrEqual(MAX_SMS_SEGMENTS);
        }
        expect(split.parts.flatMap((part) => wordsOf(bodyOf(part, notice)))).toEqual(wordsOf(text));
      }),
      { numRuns: 300 },
    );
  });

  it('always splits a text whose words are at most 60 characters', () => {
    const shortWords = fc
      .array(fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }), fc.constantFrom(' ', '\n')), { maxLength: 150 })
      .map((words) => words.map(([word, space]) => word + space).join(''));
    fc.assert(
      fc.property(shortWords, notice, (text, notice) => {
        const split = splitSms(`${text}\n${notice}`, notice);
        expect(split.ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('RF-04 one turn\'s replies go out as few whole messages, one opt-out notice each (issue #15 item 6)', () => {
  const withNotice = (body: string, notice = en) => `${body}\n${notice}`;
  const notices = (text: string) => text.split(en).length - 1;

  it('RF-04 joins a turn\'s texts under one notice when the whole costs no more segments', () => {
    const texts = [withNotice('Thanks, Maria. Your balance is $1,240.50.'), withNotice('What would you like to do?\n1 Pay in full\n2 Set up a payment plan')];
    const combined = combineSms(texts);
    expect(combined).toEqual([`Thanks, Maria. Your balance is $1,240.50.\nWhat would you like to do?\n1 Pay in full\n2 Set up a payment plan\n${en}`]);
    expect(notices(combined[0]!)).toBe(1);
    expect(smsSegmentCount(combined[0]!)).toBeLessThan(texts.reduce((sum, text) => sum + smsSegmentCount(text), 0));
  });

  it('RF-04 never lets an accent turn a GSM-7 text into dearer UCS-2: apart when together they cost more', () => {
    const gsm = withNotice('g'.repeat(120));
    const ucs = withNotice('Está bien.', es);
    // Different notices never share a message either; same language, accented:
    const accented = withNotice('á'.repeat(30));
    expect(combineSms([gsm, accented])).toEqual([gsm, accented]);
    expect(combineSms([gsm, ucs])).toEqual([gsm, ucs]);
  });

  it('RF-04 keeps every message within the segment budget', () => {
    const long = withNotice('word '.repeat(80).trim());
    const combined = combineSms([long, long, long]);
    expect(combined.length).toBeGreaterThan(1);
    for (const text of combined) expect(smsSegmentCount(text)).toBeLessThanOrEqual(MAX_SMS_SEGMENTS);
  });

  it('TC-02 leaves the opt-out confirmation, which carries no notice, on its own', () => {
    const care = withNotice('Call or text 988 any time.');
    const confirmation = "You're unsubscribed from Northwind Energy texts and won't get more messages. Reply START to resubscribe.";
    expect(combineSms([care, confirmation])).toEqual([care, confirmation]);
  });

  it('RF-04 property: combining keeps every body in order, one notice a message, never more segments', () => {
    const body = fc.stringMatching(/^[A-Za-z0-9 .,$]{1,200}$/).map((text) => text.trim()).filter((text) => text.length > 0);
    fc.assert(
      fc.property(fc.array(body, { minLength: 1, maxLength: 5 }), (bodies) => {
        const texts = bodies.map((b) => withNotice(b));
        const combined = combineSms(texts);
        for (const text of combined) expect(notices(text)).toBe(1);
        expect(combined.map((text) => text.slice(0, -en.length).trim()).join('\n')).toBe(bodies.join('\n'));
        const cost = (list: string[]) => list.reduce((sum, text) => sum + smsSegmentCount(text), 0);
        expect(cost(combined)).toBeLessThanOrEqual(cost(texts));
      }),
    );
  });
});
