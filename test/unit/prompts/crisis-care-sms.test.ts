import { describe, expect, it } from 'vitest';
import { complianceMessages } from '../../../prompts/compliance';
import { conversationMessages } from '../../../prompts/conversation';
import { smsParts, splitSms } from '../../../src/compliance/sms-segments';

/**
 * AI-02 SELF_HARM: the care message reaches a phone as whole sentences. Spanish needs UCS-2 (67
 * characters a segment), so its care goes as two texts; the first alone must say how to reach the
 * line, and no text may stop mid-sentence with the opt-out notice (RF-04) in the middle of it.
 */
describe('AI-02 crisis care over SMS', () => {
  it.each(['en', 'es'] as const)('%s: every text ends a sentence, and the first carries the 988 instructions', (language) => {
    const notice = complianceMessages[language].optOutNotice;
    const parts = smsParts(`${conversationMessages[language].handoff.crisis}\n${notice}`);
    for (const part of parts) expect(part.slice(0, -notice.length).trim()).toMatch(/[.!?]$/);
    expect(parts[0]).toMatch(language === 'en' ? /call or text 988/ : /Llame al 988 y oprima 2, o envíe AYUDA por texto al 988\./);
    expect(parts.length).toBeLessThanOrEqual(2);
  });

  it('a cut falls after a sentence rather than after a colon when both keep the text half full', () => {
    const body = `${'palabra '.repeat(12)}termina aquí. Sigue más: ${'otra '.repeat(30)}fin.`;
    const split = splitSms(body, complianceMessages.es.optOutNotice);
    expect(split.ok && split.parts[0]).toMatch(/termina aquí\.\n/);
  });
});
