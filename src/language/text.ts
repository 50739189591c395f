/** Text helpers shared by the classifier, the rules and the entity parsers. */

/** Lower case, accents removed, typographic quotes folded: what rules and features match on. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase();
}

/** Word tokens of folded text; digit runs become shape tokens so "$1,240" and "$980" look alike. */
export function tokens(folded: string): string[] {
  const out: string[] = [];
  const re = /https?:\/\/\S+|www\.\S+|[a-z\u00f1]+(?:'[a-z]+)?|\d+|[$£€%?!#&]/g;
  for (const match of folded.matchAll(re)) {
    const token = match[0];
    if (token.startsWith('http') || token.startsWith('www.')) out.push('_url_');
    else if (/^\d/.test(token)) out.push(token.length <= 2 ? '_d12_' : token.length <= 4 ? '_d34_' : token.length <= 6 ? '_d56_' : '_dlong_');
    else out.push(token);
  }
  return out;
}
