import { normalizeForMatching } from '../../compliance/normalize';

/**
 * The features of one message: word unigrams and bigrams plus character 2- to 4-grams inside
 * words. Character n-grams carry typos ("thnaks"), SMS spelling ("pls", "u") and Spanish
 * inflections ("pagué", "pagar", "pago") without a stemmer per language.
 */
export function featuresOf(text: string): string[] {
  const words = tokens(normalizeForMatching(text.length > 1200 ? text.slice(0, 1200) : text));
  const out = new Set<string>();
  let previous = '^';
  for (const word of words) {
    out.add(`w:${word}`);
    out.add(`b:${previous} ${word}`);
    previous = word;
    if (word.startsWith('_') || word.length < 2) continue;
    const padded = ` ${word} `;
    for (let n = 2; n <= 4; n++) {
      for (let i = 0; i + n <= padded.length; i++) out.add(`c:${padded.slice(i, i + n)}`);
    }
  }
  out.add(`b:${previous} $`);
  out.add(`len:${words.length <= 1 ? 1 : words.length <= 3 ? 3 : words.length <= 8 ? 8 : words.length <= 20 ? 20 : 99}`);
  return [...out];
}

/** Word tokens of normalised text; digit runs become shape tokens so "$1,240" and "$980" look alike. */
function tokens(normalized: string): string[] {
  const out: string[] = [];
  const re = /https?:\/\/\S+|www\.\S+|[a-z\u00f1]+(?:'[a-z]+)?|\d+|[$£€%?!#&]/g;
  for (const match of normalized.matchAll(re)) {
    const token = match[0];
    if (token.startsWith('http') || token.startsWith('www.')) out.push('_url_');
    else if (/^\d/.test(token)) out.push(token.length <= 2 ? '_d12_' : token.length <= 4 ? '_d34_' : token.length <= 6 ? '_d56_' : '_dlong_');
    else out.push(token);
  }
  return out;
}
