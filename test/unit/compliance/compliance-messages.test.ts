import { describe, expect, it } from 'vitest';
import { decideOutbound } from '../../../src/compliance/outbound-gate';
import { complianceMessages } from '../../../prompts/compliance';
import { samplePolicy } from '../../fixtures/policy';
import { aMessage } from './outbound-messages';

const { name, supportPhone } = samplePolicy.creditor;

describe('compliance wording catalogue', () => {
  it('has the same messages in English and Spanish (FL-04)', () => {
    expect(Object.keys(complianceMessages.es).sort()).toEqual(Object.keys(complianceMessages.en).sort());
  });

  describe.each(['en', 'es'] as const)('%s', (language) => {
    const words = complianceMessages[language];
    const keywordAnswers = {
      help: words.help(name, supportPhone),
      optIn: words.optInConfirmation(name),
      optOut: words.optOutConfirmation(name),
      cardNumberWarning: words.cardNumberWarning,
      lateNightReply: words.lateNightReply('8 AM'),
    };

    it.each(Object.entries(keywordAnswers))('%s may go to an unverified number (RF-01, TC-03)', (_, text) => {
      const result = decideOutbound(aMessage({ text, language, verified: false, account: null }));
      expect(result.decision.action).not.toBe('block');
    });

    it('TC-03: HELP names the creditor and a readable support phone, and ends with the opt-out notice', () => {
      expect(keywordAnswers.help).toContain(name);
      expect(keywordAnswers.help).toContain('(800) 555-0100');
      expect(keywordAnswers.help.endsWith(words.optOutNotice)).toBe(true);
      expect(keywordAnswers.optIn.endsWith(words.optOutNotice)).toBe(true);
    });

    it('TC-02: the opt-out confirmation tells how to resubscribe and nothing else', () => {
      expect(keywordAnswers.optOut).toContain('START');
      expect(keywordAnswers.optOut).not.toContain(words.optOutNotice);
    });

    it('PAY-01: the card warning echoes no digits', () => {
      expect(words.cardNumberWarning).not.toMatch(/\d/);
    });
  });
});
