import { complianceMessages } from '../../prompts/compliance';
import { regionForZip } from './debtor-location';
import type { OutboundMessage } from './outbound-message';
import { textsByPhone } from '../domain/channel';

/** The text as it may be sent, and the rules whose disclosures it now carries. */
export interface Disclosed {
  text: string;
  ruleIds: string[];
}

const saysAutomated = /\bautomated\b|\bvirtual assistant\b|\bautomatic[oa]\b|\bautomátic[oa]\b|\bautomatizad[oa]\b|\basistente virtual\b/i;
const saysDebtCollector = /\bfrom a debt collector\b|\bde un cobrador de deudas\b/i;

/**
 * §8.1 step 8, in reading order: AI disclosure at the start of a session (AI-01, ST-08), then the
 * debt-collector disclosure for a third-party tenant once the debtor is verified and before any
 * debt information (RF-09), then the body, then the time-barred notice on anything about a
 * time-barred debt (RF-19, ST-04, ST-05), then the opt-out notice closing every SMS (RF-04,
 * TC-03). The single opt-out confirmation carries none of them: it is the last word (TC-02).
 * Nothing is added twice.
 */
export function withDisclosures(message: OutboundMessage): Disclosed {
  if (message.optOutConfirmation) return { text: message.text, ruleIds: [] };
  const words = complianceMessages[message.language];
  const creditor = message.policy.creditor.name;
  const before: string[] = [];
  const ruleIds: string[] = [];

  if (message.sessionStart && !saysAutomated.test(message.text)) {
    before.push(words.aiDisclosure(creditor));
    ruleIds.push('AI-01');
  }
  const thirdParty = message.policy.creditor.mode === 'third-party';
  if (thirdParty && message.verified && message.account && !saysDebtCollector.test(message.text)) {
    before.push(words.debtCollectorDisclosure);
    ruleIds.push('RF-09');
  }
  const after: string[] = [];
  // The rules ask for the notice in the first written communication after the limitation period;
  // the gate does not know which that is, so every message about the debt carries it. A draft
  // cannot carry it already: its litigation words fail the content lint (RF-15) before this step.
  if (message.verified && message.account?.timeBarred && message.collectionContent) {
    after.push(words.timeBarredNotice);
    ruleIds.push('RF-19', regionForZip(message.account.zip)?.state === 'CA' ? 'ST-04' : 'ST-05');
  }
  let text = [...before, message.text.trim(), ...after].filter((part) => part.length > 0).join(' ');
  // The terminal chat stands in for a phone: it reads as SMS does (issue #15 item 5).
  if (textsByPhone(message.channel)) {
    if (!text.endsWith(words.optOutNotice)) text = [text, words.optOutNotice].filter((part) => part.length > 0).join('\n');
    ruleIds.push('RF-04');
  }
  return { text, ruleIds };
}
