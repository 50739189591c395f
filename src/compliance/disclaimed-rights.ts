/**
 * Words in which the debtor names a right to say they are not invoking it ("I'm not disputing the
 * balance", "I don't have a lawyer", "no me voy a declarar en bancarrota", "I'm not asking you to
 * stop calling"), or name it of someone else ("my brother went through a chapter 7", "a mi hermana
 * le robaron la identidad"). Both the rights detector and the recognizer's phrase rules read a
 * message without them, so a long message asking for a plan opens no dispute or attorney hold
 * (issue #16 item 3). Narrow on purpose, recall first (AI-02): each phrase is a negation or another
 * person directly before the right's own words, and only those words are blanked; the rest of the
 * sentence ("I'm not disputing that I had the card, but the amount is wrong") is still read.
 */

/** What a debtor asks to be sent as proof: "proof or any validation letter", "the paperwork". */
const proof = '(?:proof|evidence|validation|verification|documents?|documentation|paperwork|itemi[sz]ation|breakdown)(?: (?:letter|notice))?';
const proofs = `(?:(?:any |the |a |an |some )?${proof})(?:(?:,| or| and) (?:any |the |a |an |some )?${proof})*`;
/** What stops in a cease: "stop calling me", "stop contacting us". */
const stopping = '(?:calling|contacting|texting|writing|emailing|messaging)(?: (?:me|us))?';
const im = "(?:i'?m|i am|im|we'?re|we are)";
const dont = "(?:don'?t|do not|dont)";
/** Not the writer or a spouse: a joint debt's bankruptcy or theft may well be the debtor's own. */
const other = '(?:brother|sister|friend|neighbou?r|cousin|coworker|co-worker|roommate|boss)';
const otherEs = '(?:herman[oa]|amig[oa]|vecin[oa]|prim[oa]|companer[oa](?: de trabajo)?|cunad[oa])';

const disclaimers: readonly RegExp[] = [
  // disputes, wrong amounts
  new RegExp(`\\b${im} not (?:disputing|contesting|challenging|questioning)\\b`),
  new RegExp(`\\b(?:i|we) ${dont} (?:dispute|want to dispute|need to dispute|contest)\\b`),
  new RegExp(`\\b${im} not (?:saying|claiming) (?:it'?s|that'?s|this is|the (?:amount|balance|total) is|you'?re|you are)(?: \\w+)? (?:wrong|incorrect|not mine|mistaken)\\b`),
  /\bno (?:estoy|estamos) (?:disputando|peleando|reclamando|impugnando)\b/,
  /\bno (?:disputo|quiero disputar|voy a disputar|reclamo)\b/,
  // validation and proof
  new RegExp(`\\b(?:you )?${dont} (?:need|have) to (?:send|show|mail|give) (?:me |us )?${proofs}`),
  new RegExp(`\\bno need (?:to (?:send|show|mail|give) (?:me |us )?|for )${proofs}`),
  new RegExp(`\\b${im} not asking (?:you )?(?:for ${proofs}|to (?:validate|verify|prove)(?: (?:it|this|the debt))?)`),
  /\bno (?:necesito|hace falta que me (?:envien|manden)) (?:pruebas|la validacion|documentos|comprobantes)\b/,
  // ...or already in hand, or only where a figure came from: "the itemized statement you mailed",
  // "my last statement from the original lender said $2,450"
  /\b(?:went through|read|reviewed|looked (?:at|over|through)|got|received|have) (?:the|your) (?:itemi[sz]ed|detailed) (?:statement|bill|breakdown|invoice)(?: (?:you|they) (?:sent|mailed|gave)(?: me)?)?/,
  /\b(?:statement|bill|letter|notice|agreement|contract) (?:from|with) the original (?:creditor|lender)\b/,
  // a payment still to come ("if I paid it in full this month") is none already made
  /\b(?:if|once|when|after|before|until) (?:i|we) (?:paid|pay|payed) (?:it |this |that |the (?:balance|debt|bill|account|whole thing) )?(?:in full|off)\b/,
  // an attorney
  new RegExp(`\\b(?:i|we) ${dont} (?:have|need|want|plan to (?:get|hire)|have the money for) (?:a |an |any )?(?:lawyer|attorney|legal representation|counsel)\\b`),
  new RegExp(`\\b${im} not (?:represented|getting an? (?:lawyer|attorney)|hiring an? (?:lawyer|attorney))\\b`),
  /\bno (?:lawyer|attorney|lawyers|attorneys) (?:is |are )?involved\b/,
  /\bno (?:tengo|tenemos|necesito|voy a contratar|pienso contratar) (?:un |una |ningun |ninguna )?abogad[oa]\b/,
  /\bni (?:tengo|necesito|pienso contratar|voy a contratar) (?:un |una )?abogad[oa]\b/,
  // bankruptcy
  new RegExp(`\\b${im} not (?:bankrupt|in (?:a )?(?:bankruptcy|bk)|filing (?:for )?(?:bankruptcy|bk|chapter \\w+)|going (?:bankrupt|to file))\\b`),
  new RegExp(`\\b(?:i|we) (?:${dont}|didn'?t|did not|never|won'?t|will not) (?:want to |plan to |intend to )?(?:file|filed|declare|declared|go through)(?: for)? (?:a )?(?:bankruptcy|bk|chapter \\w+)\\b`),
  /\b(?:thought about|considered|looked into|was going to) (?:filing (?:for )?|declaring )?(?:bankruptcy|bk|chapter \w+)[^.;!?]{0,30}\bbut (?:decided against|decided not|didn'?t|did not|chose not|never)\b/,
  new RegExp(`\\bmy ${other}(?:'s)? (?:went through|filed|declared|is in|was in|had)(?: for)? (?:a |an )?(?:chapter \\w+ )?(?:bankruptcy|bk)\\b`),
  /\bno (?:me )?(?:voy a|pienso|quiero|vamos a) declarar(?:me|nos)? en (?:bancarrota|quiebra)\b/,
  /\bno (?:estoy|estamos) en (?:bancarrota|quiebra)\b/,
  // identity theft
  /\b(?:nobody|no one|no body) (?:stole|has stolen|used|took|opened) (?:my|an account in my|a card in my) (?:identity|name|info|information|card|social|ssn)\b/,
  /\bidentity (?:wasn'?t|was not|hasn'?t been|has not been) stolen\b/,
  /\b(?:this|it) (?:isn'?t|is not|wasn'?t|was not) (?:a case of )?identity theft\b/,
  new RegExp(`\\bmy ${other} (?:had|has had|got) (?:his|her|their) identity stolen\\b`),
  new RegExp(`\\bmy ${other}'s identity (?:was|got) stolen\\b`),
  new RegExp(`\\ba (?:mi|su) ${otherEs} (?:le|les) (?:robaron|han robado|robo) (?:la|su) identidad\\b`),
  /\bnadie (?:me )?(?:robo|uso|ha usado) mi (?:identidad|nombre)\b/,
  // a cease
  new RegExp(`\\b${im} not (?:asking|telling) (?:you )?to stop ${stopping}`),
  new RegExp(`\\byou ${dont} (?:have|need) to stop ${stopping}`),
  /\bno (?:les |le )?(?:pido|estoy pidiendo|digo|estoy diciendo) que (?:me )?(?:dejen|deje) de \w+/,
  // complaints about conduct
  /\b(?:no|not any|not one|never had any|have no|i don'?t have any) complaints?\b(?: about)?/,
  new RegExp(`\\b${im} not (?:complaining|filing a complaint|going to (?:complain|report))\\b`),
  /\bno (?:tengo|tenemos) (?:ninguna |ni una )?queja\b/,
];

/** The normalised text (normalizeForMatching) with the disclaimed mentions blanked, length kept. */
export function withoutDisclaimedRights(normalized: string): string {
  return normalized.replace(anyDisclaimer, (match) => ' '.repeat(match.length));
}

/** All of them in one pass: every message is read through this three times (detector, rules, classifier). */
const anyDisclaimer = new RegExp(disclaimers.map((pattern) => `(?:${pattern.source})`).join('|'), 'g');
