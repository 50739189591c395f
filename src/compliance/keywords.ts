import { normalizeForMatching } from './normalize';

export type Keyword = 'opt_out' | 'opt_in' | 'help';

/**
 * Whole-message keywords (RULES.md §8.3), written as they read after normalisation (lower case,
 * no accents, punctuation and emoji dropped, hyphens read as spaces).
 */
const keywordTable: Record<Keyword, readonly string[]> = {
  opt_out: [
    // FCC per-se revocation words, 47 CFR 64.1200(a)(10) (TC-02)
    'stop', 'quit', 'end', 'revoke', 'opt out', 'cancel', 'unsubscribe',
    // Twilio defaults (TC-04) and other providers' superset (§8.3)
    'stopall', 'optout', 'remove', 'arret', 'td', 'stop all',
    // Spanish (project choice, §8.3 and TC-02)
    'alto', 'para', 'pare', 'basta', 'cancelar', 'baja', 'no mas',
    // typos TC-02 names explicitly
    'stpo', 'sotp',
  ],
  // TC-04: YES is a Twilio default, but here it is the answer to "Reply YES or NO"; reading it as
  // an opt-in would hijack every confirmation, so only START and UNSTOP re-subscribe.
  opt_in: ['start', 'unstop'],
  help: ['help', 'info', 'ayuda'],
};

const keywordByText = new Map<string, Keyword>(
  (Object.entries(keywordTable) as [Keyword, readonly string[]][]).flatMap(([keyword, texts]) =>
    texts.map((text) => [text, keyword] as const),
  ),
);

/** "STOP!!", " stop ", "Stop 🙏", "s t o p", "OPT-OUT", "No MÁS" all read as their keyword. */
function keywordForm(text: string): string {
  const words = normalizeForMatching(text)
    .replace(/[-_]/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .split(' ')
    .filter((word) => word.length > 0);
  // TC-02 "s t o p": letters sent one by one are one word.
  return words.length > 1 && words.every((word) => word.length === 1) ? words.join('') : words.join(' ');
}

/**
 * A keyword only when it is the whole message (TC-04, §8.3): "stop by the store" is not one.
 * Free-text opt-outs ("please stop texting me") are the rights detector's job.
 */
export function classifyKeyword(text: string): Keyword | null {
  return keywordByText.get(keywordForm(text)) ?? null;
}
