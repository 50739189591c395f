import { describe, expect, it } from 'vitest';
import { detectRights } from '../../../src/compliance/rights-detector';
import { detectSafety } from '../../../src/compliance/safety-detector';
import { detectorPhrasingsOf, nearMissesOf, phrasingsOf } from '../../support/own-utterances';

/**
 * Safety first (ARCHITECTURE.md): AI-02 SELF_HARM and THREAT_OF_VIOLENCE (RF-14). The phrasings are
 * our own labelled utterances (src/language/utterances, source "amicable"): direct, indirect,
 * slang, misspelt, run-on and mixed with another request, in English and Spanish, with near misses
 * written for each. Recall first; the near misses' false alarms are counted, and must stay at 0.
 * The C-SSRS round of crisis phrasings teaches the classifier instead (crisis-reading.test.ts).
 */
describe('AI-02 SELF_HARM: words of crisis', () => {
  it('has at least 8 phrasings and 8 near misses in each language', () => {
    for (const lang of ['en', 'es'] as const) {
      expect(phrasingsOf('crisis', lang).length).toBeGreaterThanOrEqual(8);
      expect(nearMissesOf('crisis', lang).length).toBeGreaterThanOrEqual(8);
    }
  });

  it.each(detectorPhrasingsOf('crisis'))('AI-02: "%s" is a crisis', (text) => {
    expect(detectSafety(text)).toContain('crisis');
  });

  it.each([
    'I want to kill myself',
    'kms',
    'i might unalive myself',
    "I don't want to be here anymore",
    "I can't go on",
    'ya no quiero vivir',
    'me quiero morir',
  ])('AI-02: the issue\'s own example "%s" is a crisis', (text) => {
    expect(detectSafety(text)).toContain('crisis');
  });

  it.each(nearMissesOf('crisis'))('AI-02: the near miss "%s" is no crisis', (text) => {
    expect(detectSafety(text)).not.toContain('crisis');
  });

  it('AI-02: a crisis said with a dispute is still reported as a crisis first (the turn acts on it alone)', () => {
    expect(detectRights("I'm going to kill myself, this isn't even my debt").intents[0]).toBe('crisis');
    expect(detectRights('ya no quiero vivir, esa deuda no es mía').intents[0]).toBe('crisis');
  });
});

describe('RF-14 threats of violence', () => {
  it('has at least 8 phrasings and 8 near misses in each language', () => {
    expect(phrasingsOf('threat', 'en').length).toBeGreaterThanOrEqual(8);
    expect(phrasingsOf('threat', 'es').length).toBeGreaterThanOrEqual(8);
    expect(nearMissesOf('threat', 'en').length).toBeGreaterThanOrEqual(8);
    expect(nearMissesOf('threat', 'es').length).toBeGreaterThanOrEqual(5);
  });

  it.each(phrasingsOf('threat'))('RF-14: "%s" is a threat', (text) => {
    expect(detectSafety(text)).toContain('threat');
  });

  it.each(nearMissesOf('threat'))('RF-14: the near miss "%s" is no threat', (text) => {
    expect(detectSafety(text)).not.toContain('threat');
  });

  it('RF-14: abuse without a threat is not a threat ("you people are useless idiots")', () => {
    expect(detectSafety('you people are useless idiots')).toEqual([]);
    expect(detectSafety('son unos inútiles')).toEqual([]);
  });
});
