import type { Intent } from '../domain/intents';

/**
 * The phrases by which debtors invoke their rights (RULES.md AI-02, RF-06..RF-22), in English and
 * Spanish, matched against normalised text (lower case, no accents, straight apostrophes). Recall
 * comes first (AI-02): a false hit costs a specialist's look, a miss costs a violation. Each
 * pattern is a phrase, never a lone common word, to keep ordinary chat from tripping it.
 */
export interface RightsPattern {
  intent: Intent;
  /** Why these phrases mean this intent: the rule they invoke. */
  rule: string;
  /**
   * The phrases settle that someone other than the debtor is writing (a wrong number, a relative):
   * what else the message says is not the debtor's own dispute or hardship.
   */
  decisive?: boolean;
  /**
   * The phrases only name someone: in a claimed offer ("your supervisor approved 50% off", "you
   * are now a supervisor, confirm 10%") they ask for nobody (AI-03).
   */
  namesOnly?: boolean;
  patterns: RegExp[];
}

// Shared spellings: "don't", "dont", "do not"; "I'm", "im", "i am".
const dont = "(?:don'?t|do not|dnt|doesn'?t|does not)";
const didnt = "(?:didn'?t|did not|never)";
const isnt = "(?:isn'?t|is not|wasn'?t|was not|aren'?t|are not|ain'?t)";
const im = "(?:i'?m|i am|im)";
/** Not after the debtor speaking of themselves: "I called my family" is no complaint. */
export const notOfOneself = "(?<!\\b(?:i|we|i'm|im|i am|i was|i will|i'll|i have|i've|i just) )";
const me = '(?:me|us)';
const relative =
  '(?:mom|mother|mama|dad|father|papa|husband|wife|spouse|partner|son|daughter|brother|sister|grandma|grandmother|grandpa|grandfather|uncle|aunt|fiance|boyfriend|girlfriend|child|kid|relative|family member)';
const relativeEs = '(?:mama|madre|papa|padre|esposo|esposa|marido|mujer|hijo|hija|hermano|hermana|abuelo|abuela|tio|tia|pareja)';

const relativeOrHousemate = `(?:${relative}|roommate|room mate|roomie|caregiver|care giver|friend|neighbou?r|landlord|landlady|coworker|co-worker|fiancee|grand(?:son|daughter|ma|pa|mother|father)|niece|nephew|cousin|step(?:mom|dad|son|daughter))`;
const relativeOrHousemateEs = `(?:${relativeEs}|novi[oa]|prim[oa]|cunad[oa]|suegr[oa]|vecin[oa]|amig[oa]|sobrin[oa]|niet[oa]|companer[oa](?: de (?:cuarto|casa|departamento|piso))?)`;
/** "Not today" is no refusal: "I'm not paying until Friday", "not paying by card", "not paying twice". */
const notJustNow =
  "(?!(?: (?:anything|it|this|that|you|them|a thing|a dime|a cent))? (?:today|tonight|now|right now|this week|this month|yet|until|till|til|before|by (?:card|check|phone|bank)|with (?:a |my )?(?:card|check|credit)|the full|in full|all (?:of it|at once)|twice|again|more than|extra|the fee|the fees|fees|interest|online|over the phone))";

const r = (source: string) => new RegExp(source);

export const rightsPatterns: readonly RightsPattern[] = [
  {
    intent: 'cease_contact',
    rule: 'RF-07 cease communication and refusal to pay (a text is "in writing")',
    patterns: [
      r(`\\b(?:stop|quit|cease) (?:contacting|calling|harass?ing|bothering|emailing|e-mailing|pestering|hounding|writing to|reaching out to) ${me}\\b`),
      r(`\\b${dont} (?:ever )?(?:contact|call|bother|email|e-mail|write to|harass) ${me}\\b`),
      r(`\\bnever (?:contact|call|bother) ${me}\\b`),
      r('\\bleave (?:me|us) alone\\b'),
      r('\\bcease and desist\\b'),
      r('\\bcease (?:all )?(?:communication|contact)s?\\b'),
      r('\\bno (?:more|further) (?:calls|contact|communication|communications)\\b'),
      r(`\\b${dont} want (?:any ?more|more|any|further) (?:calls|texts|text messages|messages|contact|emails|letters) from (?:you|them|your company)\\b`),
      r('\\b(?:lose|delete) my (?:number|contact)\\b'),
      r('\\bdejen(?:me)? de (?:llamar|contactar|molestar|acosar)'),
      r('\\bno me (?:vuelvan a )?(?:llamen|contacten|molesten|busquen|acosen)\\b'),
      r('\\bdejen?(?:me)? en paz\\b'),
      r('\\bno (?:quiero|deseo) (?:que me contacten|ningun contacto|mas llamadas)\\b'),
    ],
  },
  {
    intent: 'refusal_to_pay',
    rule: 'RF-07 a refusal to pay in writing triggers §805(c) just like "leave me alone"',
    patterns: [
      r(`\\b${im} not (?:going to |gonna )?pay(?:ing|in)?\\b${notJustNow}`),
      r(`(?<!\\b(?:you|u|he|she|they|it|that|which|who|insurance)\\s)\\b(?:i )?(?:refuse|won'?t|will not|will never|ain'?t|aint|not gonna|not going to|never going to|never gonna|never) (?:ever )?(?:to )?pay(?:ing|in)?\\b${notJustNow}`),
      r(`\\bnot paying (?:you|this|that|it|anything|a (?:dime|cent|penny)|nothing)\\b${notJustNow}`),
      r('\\bnot paying\\s*(?:[,.!;]|$)'),
      r('\\bnot (?:a )?(?:single )?(?:dime|penny|cent) (?:from me|more)\\b'),
      r("\\b(?:not|never|won'?t|will never) (?:be )?(?:get|getting|see|seeing) (?:a |one |another |a single |a red )?(?:dime|penny|cent|nickel|red cent)\\b"),
      r("\\bno way (?:in hell )?(?:i'?m|im|i am|i will|i'?ll|i'?d) (?:ever )?pay"),
      r(`\\b(?:${dont}|do not) intend to pay\\b|\\bno intention (?:of|to) pay`),
      r('\\bdone paying (?:you|this|that|them|it|for this)\\b'),
      r('\\bno (?:les |le )?(?:voy|vamos) a pagar\\b(?! (?:hoy|ahorita|ahora|este mes|esta semana|todavia|hasta))'),
      r('\\b(?:no pienso|me niego a|nunca voy a|jamas voy a|nunca les voy a|jamas les voy a) (?:pagar|darles|dar)\\b'),
      r('\\bno (?:les |le )?pagare\\b'),
      r('\\bno (?:les |le )?pago nada\\b'),
      r('\\bni un (?:centavo|peso|dolar|quinto|cinco)\\b'),
    ],
  },
  {
    intent: 'third_party',
    decisive: true,
    rule: 'RF-01 / RF-11 / RF-12 someone other than the debtor: only the account holder may discuss the account',
    patterns: [
      r(`\\b(?:this is|it'?s|${im}|here is|hi,? (?:this is|it'?s|i'?m)) (?:his|her|their|the account holder'?s|[a-z]+'s) ${relativeOrHousemate}\\b`),
      r(`^\\W*(?:hi,? |hello,? |hey,? )?(?:his|her|their|[a-z]+'s) ${relativeOrHousemate} here\\b`),
      r(`\\b${im} (?:the |a |his |her )?(?:roommate|room mate|caregiver|care giver)\\b`),
      r(`\\b${im} (?:texting|writing|messaging|replying|answering|writing you) (?:for|on behalf of) (?:my |his |her )?${relativeOrHousemate}\\b`),
      r(`\\bthe account holder'?s ${relativeOrHousemate}\\b`),
      r(`\\b(?:soy|habla|le habla|te habla|le escribe|aqui) (?:su|la|el) ${relativeOrHousemateEs}\\b`),
      r(`\\b(?:le |les )?escribo (?:de parte de|por) (?:mi|su) ${relativeOrHousemateEs}\\b`),
    ],
  },
  {
    intent: 'dispute_not_my_debt',
    rule: 'RF-18 disputes, including indirect phrasing',
    patterns: [
      r('\\bnot (?:my|our) (?:debt|account|bill|loan|card|charge|balance|problem to pay)\\b'),
      r(`\\b(?:this|that|it|debt|account|bill|charge|payment|withdrawal|transaction)(?:'s| is| was)? not mine\\b`),
      r(`\\b${isnt} (?:mine|ours)\\b`),
      r(`\\b${isnt} (?:my|our) (?:debt|account|bill|loan|card|charge|balance)\\b`),
      r(`\\b(?:i |we )?(?:${dont}|${didnt}|never) owe\\b`),
      r('\\bowe (?:you )?nothing\\b'),
      r('\\bnever owed\\b'),
      r(`\\b(?:${dont}|${didnt}) (?:believe|think) (?:that )?(?:i|we) owe\\b`),
      r('\\b(?:falsely|wrongly|wrongfully|incorrectly|inaccurately|erroneously) (?:reporting|reported|charged|billed|appearing|listed)\\b'),
      r(`\\b(?:payment|charge|transaction|withdrawal|debit|purchase|cash)s?\\b[^.?!]{0,40}\\b(?:i|we)\\b[^.?!]{0,15}\\b(?:didn'?t|did not|never|haven'?t|have not|hadn'?t|had not|${dont})\\b[^.?!]{0,15}\\b(?:make|made|do|done|did|buy|bought|authori[sz]e|authori[sz]ed|submit|submitted|spend|spent|purchase|purchased|get|got|request|order|remember|recall|recogni[sz]e|know about)\\b`),
      r(`\\b(?:i|we) (?:didn'?t|did not|never|haven'?t|have not) (?:make|made|do|done|buy|bought|authori[sz]e|submit|submitted|charge)\\b[^.?!]{0,30}\\b(?:payment|charge|transaction|withdrawal|debit|purchase)`),
      r(`\\b(?:wasn'?t|was not|isn'?t|is not|not) (?:done |made )?by me\\b`),
      r(`\\b(?:${dont}|can'?t|cannot) (?:remember|recall|recogni[sz]e|identify) (?:this|that|these|those|the|it|making|ever|buying|ordering|any|a|an|them)\\b`),
      r('\\bnot familiar with\\b'),
      r(`\\b${dont} (?:understand|know) where (?:this|that|the|these)\\b`),
      r('\\bwhere (?:did )?(?:this|that|these|the) (?:charge|payment|transaction|fee|debt|bill|amount)s? (?:come|came) from\\b'),
      r('\\bnever seen (?:this|that|it|before)\\b'),
      r('\\b(?:unusual|questionable|shady|fishy|false|random) (?:charge|payment|transaction|purchase|activity|spending|debit)s?\\b'),
      r('\\bdisagree\\b'),
      r('\\bremove\\b[^.?!]{0,40}\\bfrom (?:my|the) credit (?:file|report)s?\\b'),
      r("\\bthere (?:must be|must have been|is|'?s|seems to be) (?:a|an|some) (?:mistake|error)\\b"),
      r('\\b(?:never|didn\'?t|did not) (?:receive|get|got) (?:a |any |the )?(?:bill|statement|invoice|notice|letter|notification)s?\\b'),
      r(`\\b(?:i |we )?${didnt} (?:have|had|open|opened|sign up for|signed up for|apply for|applied for|get|got) (?:an?|any|this|that|the) (?:account|card|loan|credit|service|contract)`),
      r('\\bnever (?:had|opened|applied for|signed up for|signed|heard of)\\b'),
      r(`\\b(?:${dont}|do not|can'?t|cannot|didn'?t) recogni[sz]e\\b`),
      r('\\b(?:not|un)recogni[sz]ed\\b'),
      r(`\\b(?:payment|charge|transaction|withdrawal|debit|purchase|transfer|direct debit|cash)s? (?:that |which )?(?:i |we )?${didnt} (?:make|made|do|did|authori[sz]e|initiate|request|order|take out)\\b`),
      r(`\\b(?:i |we )${didnt} (?:make|do|authori[sz]e|initiate|request|order|withdraw|take out) (?:this|that|the|these|those|a|an|any)\\b`),
      r('\\b(?:i|we) (?:dispute|am disputing|want to dispute|would like to dispute|need to dispute)\\b'),
      r('\\bdisput(?:e|ing|ed)\\b'),
      r("\\b(?:that'?s|this is|it'?s) not (?:right|correct|accurate|true|valid|legit)\\b"),
      r('\\bnot (?:a )?(?:valid|legitimate|legit) (?:debt|account|bill|charge)\\b'),
      r('\\b(?:fake|bogus|fabricated|made up|fraudulent) (?:debt|bill|account|charge)\\b'),
      r('\\b(?:insurance|medicare|medicaid) (?:should|was supposed to|already|paid|covered|should have)\\b'),
      r('\\b(?:should|was supposed to|were supposed to) (?:have )?(?:been )?(?:covered|paid) by (?:my |the )?(?:insurance|medicare|medicaid|insurer)\\b'),
      r('\\bi (?:returned|sent back|cancell?ed) (?:it|the|this|that|my)\\b'),
      r('\\b(?:mysterious|strange|weird|unknown|unfamiliar|suspicious|odd) (?:charge|payment|transaction|debit|direct debit|withdrawal|transfer)s?\\b'),
      r("\\b(?:no|not) (?:idea|sure) what (?:this|that|it) (?:is|was) for\\b"),
      r('\\b(?:esta|esa|la) (?:deuda|cuenta|factura) no es mia\\b'),
      r('\\bno es (?:mi deuda|mia|mio|mi cuenta)\\b'),
      r('\\b(?:yo )?no (?:le |les )?debo\\b'),
      r('\\b(?:yo )?nunca (?:le |les )?(?:debi|debo|debia|he debido)\\b'),
      r('\\bnunca (?:tuve|abri|he tenido|solicite|firme)\\b'),
      r('\\bno reconozco\\b'),
      r('\\b(?:disputa|disputar|disputo|impugno|impugnar)\\b'),
      r('\\b(?:yo )?no (?:hice|autorice|realice) (?:ese|este|esa|esta|el|la|ningun|ninguna)\\b'),
    ],
  },
  {
    intent: 'payment_already_made',
    rule: 'RF-18 "I already paid this" is a dispute (with dispute_not_my_debt)',
    patterns: [
      r('\\b(?:already|previously) (?:paid|settled|took care of|payed)\\b'),
      r('\\b(?:i|we) paid (?:this|that|it|the (?:bill|balance|debt|account))(?: off| in full| already| last)?\\b'),
      r('\\b(?:was|been|is|were) (?:already )?(?:paid|payed|settled)(?: off| in full)?\\b'),
      r('\\bpaid (?:in full|off)\\b'),
      r('\\b(?:i|we) (?:had |have )?paid (?:every|everything|it all|them)\\b'),
      r('\\binsurance (?:company |co )?(?:paid|covered|should have paid|was supposed to pay)\\b'),
      r('\\b(?:account|debt|balance) (?:was|is|has been) (?:closed|settled|paid)\\b'),
      r('\\bya (?:lo |la |les |le )?(?:pague|pagamos|esta pagad[ao]|fue pagad[ao]|se pago|liquide)\\b'),
      r('\\b(?:lo|la) (?:pague|pagamos) (?:ya|completo|completa|el|la|en)\\b'),
    ],
  },
  {
    intent: 'dispute_wrong_amount',
    rule: 'RF-18 partial dispute: the amount is wrong (RF-16)',
    patterns: [
      r(`\\b(?:amount|balance|total|bill|charge|figure|number|sum|interest|fee)s? (?:(?:you|they|u|he|she) (?:charged|billed|took|say|said|claim|want|sent)(?: me)? )?(?:is|was|are|were|seems?|looks?) (?:wrong|incorrect|off|too high|inflated|not right|inaccurate|not correct|a mistake|an error)\\b`),
      r('\\b(?:wrong|incorrect|inaccurate|inflated) (?:amount|balance|total|bill|charge|figure|number|sum)\\b'),
      r('\\b(?:i |we )?only (?:owed?|borrowed|had|spent|charged)\\b'),
      r('\\bshould (?:only )?(?:be|have been) (?:only )?\\$?\\d'),
      r("\\b(?:why|how) (?:is|was|did|has|come) (?:it|this|that|the (?:amount|balance|bill|total)|my (?:balance|bill|total)) (?:so (?:high|much)|go up|gone up|increase|grow|\\$?\\d)"),
      r('\\bover ?charg(?:e|ed|ing)\\b'),
      r('\\b(?:charged|billed) (?:me )?(?:twice|two times|double|more than)\\b'),
      r('\\bdouble (?:charged|billed|charge)\\b'),
      r('\\bduplicate (?:charge|payment|transaction)s?\\b'),
      r('\\b(?:charge|payment|transaction)s? (?:shows?|appears?|went through|posted) (?:up )?(?:twice|two times|duplicate)\\b'),
      r('\\b(?:extra|additional|unexpected|random|hidden) (?:charge|fee|amount)s?\\b'),
      r('\\bmore than (?:i|we) (?:owed?|agreed)\\b'),
      r('\\bwhy (?:was|were|have|has|did|am|do) (?:i|you|we) (?:been |being )?(?:charged|billed|charge|bill)\\b'),
      r('\\b(?:was|were|been|got|you) (?:charged|billed) (?:me )?(?:an? )?extra\\b|\\b(?:charged|billed) me (?:an? )?extra\\b'),
      r('\\bwhy is there (?:a|an) [^?.!]{0,25}(?:charge|fee)\\b'),
      r('\\b(?:payment|charge|transaction|amount|balance)s? (?:on|in) my (?:statement|account|app|bill)\\b[^.?!]{0,20}\\b(?:wrong|off|an error|a mistake|incorrect)\\b'),
      r('\\b(?:multiple|several|two) charges for (?:one|a single|the same)\\b'),
      r('\\b(?:cantidad|monto|saldo|total|cobro|cargo) (?:esta|es) (?:mal|incorrect[oa]|equivocad[oa]|muy alt[oa])\\b'),
      r('\\b(?:cantidad|monto|saldo|cobro|cargo) (?:incorrect[oa]|equivocad[oa])\\b'),
      r('\\bsolo (?:debia|debo|le debia|pedi)\\b'),
      r('\\b(?:cobraron|cobran|cobro) (?:de mas|dos veces|doble)\\b'),
      r('\\bpor que (?:es|esta) (?:tan alt[oa]|tanto)\\b'),
    ],
  },
  {
    intent: 'dispute_identity_theft',
    rule: 'RF-22 identity theft: collection hold, creditor notice',
    patterns: [
      r('\\bidentity (?:theft|thief|fraud|was stolen|stolen)\\b'),
      r('\\bstole(?:n)? (?:my )?(?:identity|information|info|details|social|ssn|card|credit card|wallet|purse)\\b'),
      r('\\b(?:my )?(?:card|wallet|purse|identity|information|details|cards) (?:was |were |has been |have been |got |is )?(?:stolen|compromised|hacked|skimmed)\\b'),
      r('\\bsomeone (?:else )?(?:opened|used|took out|applied|made|is using|has been using|used|got|stole|has|might have|may have)\\b'),
      r('\\bin my name\\b'),
      r('\\b(?:someone|somebody|a thief|they) (?:else |besides me |other than me )?(?:may |might |must |could )?(?:be |have )?(?:using|used|took|taken|stole|stolen|hacked|accessed|charging|ordered|making|opened)\\b'),
      r('\\b(?:suspicious|hacked|security breach|data breach|exposed)\\b'),
      r('\\bfradu\\w*|\\bfraudel\\w*'),
      r(`\\bwithout my (?:permission|consent|knowledge|authori[sz]ation|approval)\\b`),
      r('\\bunauthori[sz]ed\\b'),
      r('\\bfraud(?:ulent|ulently|ster)?\\b'),
      r('\\bscam(?:med)?\\b'),
      r('\\bpolice report\\b'),
      r('\\bftc report\\b'),
      r('\\brobo de identidad\\b'),
      r('\\b(?:robaron|robo|usurparon) (?:mi|mis) (?:identidad|datos|informacion|tarjeta)'),
      r('\\balguien (?:abrio|uso|saco|solicito|esta usando)\\b'),
      r('\\ba mi nombre sin\\b'),
      r('\\bsin mi (?:permiso|consentimiento|autorizacion|conocimiento)\\b'),
      r('\\bfraude\\b'),
    ],
  },
  {
    intent: 'debt_validation_request',
    rule: 'RF-17/RF-18 validation and original-creditor requests',
    patterns: [
      r('\\bprove (?:it|this|that|i owe|the debt|you)\\b'),
      r('\\b(?:proof|evidence) (?:of|that|i owe|for)\\b'),
      r('\\b(?:send|show|give|mail) (?:me |us )?(?:the |a |some |any )?(?:proof|evidence|documentation|documents|paperwork|contract|signed|copy of|statement|itemi[sz]ation|breakdown|validation|verification)\\b'),
      r('\\bvalidat(?:e|ion|ing)\\b'),
      r('\\bverif(?:y|ication)(?: of)? (?:this|the|that|my|of)? ?(?:debt|account|amount|balance|bill)\\b'),
      r('\\bdebt verification\\b'),
      r('\\b(?:detailed|itemi[sz]ed) (?:invoice|bill|statement|breakdown|list)\\b'),
      r('\\boriginal (?:creditor|lender|company|bill|contract|owner)\\b'),
      r('\\bwho (?:is|was) the (?:creditor|lender|owner)\\b'),
      r('\\b(?:where|what) did i sign\\b'),
      r('\\b(?:pruebe(?:n)?|demuestre(?:n)?|comprueben?) (?:que|la|esta|esto)\\b'),
      r('\\bprueba(?:s)? de (?:la |esta )?deuda\\b'),
      r('\\b(?:validacion|validar|verificacion)\\b'),
      r('\\b(?:envien|mandenme|envienme|muestrenme|manden) (?:la |el |los |las |una |un )?(?:prueba|documento|documentacion|contrato|comprobante|estado)'),
      r('\\bacreedor original\\b'),
    ],
  },
  {
    intent: 'attorney_represented',
    rule: 'RF-08 consumer represented by an attorney',
    patterns: [
      r('\\b(?:my|our) (?:lawyer|attorney|attorneys|lawyers|counsel|legal (?:team|counsel|representative|rep|aid)|law firm|solicitor)\\b'),
      r('\\b(?:i|we) (?:have|got|hired|retained|am getting|will get|will hire|am hiring|have retained) (?:a |an |my )?(?:lawyer|attorney|counsel|legal representation)\\b'),
      r('\\b(?:get|getting|hire|hiring|call|calling|contact|contacting|consult|consulting|speak to|talk to|talking to|see) (?:a |an |my )?(?:lawyer|attorney)\\b'),
      r('\\brepresented by\\b'),
      r('\\b(?:talk|speak) to (?:him|her|them) (?:at|from) .{0,30}\\blaw\\b'),
      r('\\b(?:mi|nuestro|mis) (?:abogad[oa]s?|representante legal|bufete)\\b'),
      r('\\b(?:tengo|tenemos|contrate|contratare|voy a contratar|consegui|hable con) (?:a )?(?:un |una |mi )?abogad[oa]\\b'),
    ],
  },
  {
    intent: 'bankruptcy',
    rule: 'RF-22 bankruptcy: automatic stay, discharge injunction',
    patterns: [
      r('\\bbankrupt(?:cy|cies)?\\b'),
      // Misspellings seen in complaints: "bankrupcy", "bankruptsy", "bancruptcy", "bankrupty".
      r('\\bb[ar]?an[kc]k?r[uo]p[a-z]*'),
      r('\\bchapter (?:7|13|11|seven|thirteen|eleven)\\b'),
      // Complaint narratives redact numbers: "included in my chapter XXXX".
      r('\\bchapter x{2,}\\b'),
      r('\\b(?:ch|chap)\\.? ?(?:7|13)\\b'),
      r('\\bfiled (?:for )?(?:bk|ch|chapter|for protection)\\b'),
      // "BK" alone is also Brooklyn, Burger King, "back" or "bank": only in a bankruptcy phrase.
      r("\\b(?:part of|included in|include in|listed in|discharged (?:in|through|by)|covered (?:in|by)|during|after|since) (?:my|our|the|a) bk\\b(?! (?:account|acct|card|app|statement|branch|teller|transfer|deposit)s?\\b)"),
      r("\\b(?:i'?m|i am|im|we'?re|we are|i was|we were|i'?ve been|we'?ve been|went|going|gone) (?:currently |still |now |already )?(?:in|into|thru|through) (?:a )?bk\\b(?! (?:account|acct|card|app|branch)s?\\b)"),
      r('\\b(?:file|filed|filing|declare|declared|declaring) (?:for )?(?:a )?bk\\b'),
      r('\\bbk (?:case|filing|discharge|discharged|trustee|petition|court|attorney|lawyer|chapter|ch|7|13)\\b'),
      // Any discharge except from hospital or service: "my debts were discharged".
      r('(?<!(?:battery|batteries|phone|cell|device|laptop|car|gun|weapon|patient) )\\b(?:was|been|got|were|is) discharged\\b(?! (?:from|out of) (?:the |a |my )?(?:hospital|army|military|navy|marines?|air force|service|er|icu|rehab|care|clinic|facility|emergency room|program))(?<!honorably discharged)'),
      r('\\bdischarge (?:order|papers|letter)\\b'),
      r('\\b(?:debts?|balance|account|loan|it) (?:was |were |got |has been |have been )?discharged (?:in|through|by|under|with)\\b'),
      r('\\bautomatic stay\\b'),
      // The bankruptcy trustee, not a foreclosure "trustee sale".
      r('\\b(?:my|our|bk|bankruptcy|chapter (?:7|13|x+)) trustee\\b(?!s? (?:sale|deed))'),
      r('\\btrustee (?:payments?|plan)\\b'),
      r('\\b(?:bancarrota|banca rota|bancarota|quiebra)\\b'),
      r('\\bcapitulo (?:7|13|siete|trece)\\b'),
      r('\\b(?:me declare|nos declaramos|se declaro|declararme|declaracion de) (?:en )?(?:insolvencia|insolvente)\\b'),
    ],
  },
  {
    intent: 'deceased',
    rule: 'RF-12 deceased consumers: route to a person, no amounts',
    patterns: [
      r('\\bpassed (?:away|on)\\b'),
      r(`\\b(?:he|she|they|${relative}) (?:has |have |had |just |recently )*(?:passed|died|is dead|is deceased|was killed)\\b(?! (?:the|a|an|my|his|her|by|out|down|over|through))`),
      r('\\bdeceased\\b'),
      r('\\bdeath (?:certificate|notice)\\b'),
      r('\\bdied\\b(?! (?:of (?:laughter|embarrassment|boredom)|down))(?<!(?:phone|battery|car|laptop|computer|it|signal) died)'),
      r(`\\b(?:my )?late (?:${relative})\\b`),
      r('\\b(?:executor|executrix|estate of|his estate|her estate|the estate|probate)\\b'),
      r('\\b(?:fallecio|fallecid[oa]|murio|difunt[oa]|en paz descanse|q\\.?e\\.?p\\.?d)\\b'),
      r(`\\b(?:mi )?${relativeEs} (?:ya )?(?:esta muert[oa]|fallecio|murio)\\b`),
      r('\\bacta de defuncion\\b'),
      r('\\b(?:albacea|sucesion|herederos?)\\b'),
    ],
  },
  {
    intent: 'wrong_number',
    rule: 'RF-11 third parties and wrong numbers (also TC-06): phrases that settle it',
    decisive: true,
    patterns: [
      // Not "I typed the wrong number": a slip in a verification answer.
      r('(?<!\\b(?:typed|type|sent|send|entered|enter|gave|give|put|wrote|write|dialed|used|picked|chose|pressed) (?:you |in )?(?:the |a )?)\\b(?:wrong|wrng|wong|worng|rong) (?:number|numbr|num|person|persn|guy|girl|lady|phone|contact)\\b|\\b(?:wrong|wrng) #'),
      r('\\b(?:have|got|texting|messaging|contacting|calling) the wrong\\b(?! (?:address|amount|balance|date|email|e-mail|info|information|zip|figure|account|total|day|dates|amounts|fees?))'),
      r("\\b(?:this|that|my) (?:number|phone) (?:isn'?t|is not|is no longer|was|used to be|belongs to) (?:[a-z]+'s|his|hers|theirs|her|me)\\b"),
      r('\\bno (?:one|body) (?:by that name|named|called|here by)\\b'),
      r('\\b(?:nobody|no one) (?:here )?(?:by|with) that name\\b'),
      r("\\b(?:there'?s|there is) no (?:\\w+ )?(?:here|at this number)\\b"),
      r(`\\b${im} not (?:the person|him|her|who you|the one you|that person)\\b`),
      r(`\\b(?:this|that|it) ${isnt} (?:\\w+'s |his |her )?(?:number|phone)\\b`),
      r('\\b(?:new|just got this) number\\b'),
      r('\\bnumber (?:was |is |has been )?reassigned\\b'),
      r('\\b(?:persona|numero) equivocad[oa]\\b'),
      r('\\bse equivoc(?:o|aron) de (?:numero|persona)\\b'),
      r('\\b(?:yo )?no soy (?:esa|la|esta) persona\\b'),
      r('\\b(?:yo )?no soy (?:quien|a quien|la persona que|el que|la que) (?:busca|buscan|estan buscando)\\b'),
      r('\\b(?:este|ese) (?:ya )?no es (?:su|el) (?:numero|telefono)\\b|\\bya no es (?:su|el) (?:numero|telefono)\\b'),
      r('\\b(?:acabo de cambiar de|tengo (?:un )?(?:numero )?nuevo|numero nuevo)\\b'),
      r('\\bno (?:vive|existe) (?:aqui|nadie)\\b'),
    ],
  },
  {
    intent: 'wrong_number',
    rule: 'RF-11 wrong numbers: phrases a debtor also uses of a charge or a merchant ("I don\'t know who this is")',
    patterns: [
      r(`\\b${dont} know (?:any|a|an) [a-z]+\\s*[.!?]*$(?<!\\b(?:thing|lot|way|clue|bit|single|more|idea)\\s*[.!?]*)`),
      r(`\\b${dont} know who (?:this|that) (?:[a-z]+ )?is\\b`),
      r(`\\b${dont} know (?:any ?(?:one|body)|who (?:that|this|you'?re talking about) is|(?:a|an|him|her|them|this person|that person|no one)\\b)`),
      r('\\bno conozco a\\b|\\bno (?:lo|la|los|las) conozco\\b'),
      r('\\bno se quien (?:es|sea|son)(?: (?:esa persona|esa|ese|el|ella))?\\s*[.!?]*$'),
    ],
  },
  {
    intent: 'hardship',
    rule: 'FL-02 hardship handling without steering',
    patterns: [
      r('\\b(?:lost|lose|losing) (?:my|our) (?:job|jobs|income|work|house|home|business)\\b'),
      r('\\b(?:got |been |was |were )?(?:laid off|fired|let go|furloughed)\\b'),
      r('\\b(?:unemployed|jobless|out of work|no income|no job|on disability|disabled|fixed income)\\b'),
      r(`\\b(?:can'?t|cannot|can not|unable to|not able to|couldn'?t) (?:afford|make ends meet|keep up)\\b`),
      r(`\\b(?:can'?t|cannot|can not|unable to|not able to) pay (?:it|this|that|anything|right now|now|the full|all|at the moment|at this time|anymore|any more|the (?:bill|balance|whole))\\b`),
      r(`\\b(?:can'?t|cannot|can not|unable to) pay\\s*[.!]*$`),
      r('\\bmedical (?:bills|expenses|emergency|issues|problems|leave|condition|debt)\\b'),
      r('\\b(?:in|out of) (?:the )?hospital\\b'),
      r('\\b(?:cancer|chemo|surgery|disability|disabled|illness|seriously ill|very sick)\\b'),
      r('\\b(?:financial|economic|money) (?:hardship|difficult(?:y|ies)|trouble|troubles|struggles?|problems|crisis)\\b'),
      r('\\b(?:struggling|behind) (?:financially|with (?:bills|money|rent)|on (?:bills|rent))\\b'),
      r(`\\b${im} (?:so |really |completely |totally |flat )?broke\\b`),
      r('\\b(?:no|not enough|out of) money\\b'),
      r('\\bhardship\\b'),
      r('\\b(?:divorce|evicted|eviction|homeless|natural disaster|hurricane|flood|foreclosure)\\b'),
      r('\\bperdi (?:mi|el) (?:trabajo|empleo)\\b'),
      r('\\bno tengo (?:dinero|trabajo|empleo|ingresos|con que pagar)\\b'),
      r('\\b(?:sin trabajo|sin empleo|desemplead[oa]|me despidieron|me corrieron)\\b'),
      r('\\bno (?:puedo|podemos) pagar\\b'),
      r('\\bno me alcanza\\b'),
      r('\\b(?:gastos|cuentas|facturas) medic[oa]s\\b'),
      r('\\b(?:estoy|esta) enferm[oa]\\b'),
      r('\\b(?:dificultad(?:es)?|problemas) (?:economic|financier)[oa]s?\\b'),
    ],
  },
  {
    intent: 'request_human',
    rule: 'AI-01 human on request, no doom loops',
    patterns: [
      r('\\b(?:talk|speak|chat|speaking|talking) (?:to|with) (?:a |an |some |the |your |an actual |a real |a live )?(?:real |live |actual )?(?:person|human|agent|representative|rep|someone|somebody|manager|supervisor|operator|employee|worker|staff|people|customer service|bank worker|advisor)\\b'),
      r('\\b(?:real|live|actual) (?:person|human|agent|people|representative)\\b'),
      r('\\b(?:transfer|connect|pass|put|send|forward) me (?:to|through|on)\\b'),
      r('\\bget me (?:a |an |to )?(?:person|human|agent|someone|somebody|representative|manager|supervisor)\\b'),
      r('\\b(?:give|find) me (?:a |an )?(?:real )?(?:person|human|agent|representative)\\b'),
      r('\\bhuman (?:being|please|agent)\\b'),
      r('\\b(?:want|need|prefer) (?:a |an |to talk to a |to speak to a )?(?:human|real person|person|agent)\\b'),
      r('\\bget (?:someone|somebody) to help\\b'),
      r('\\b(?:your|another|other|an) agent\\b'),
      r(`\\b(?:this|the) (?:conversation |chat |bot )?(?:is not|isn'?t|${dont}) (?:working|work|helping|help)\\b`),
      r(`\\b${dont} want to (?:talk|speak|chat) (?:to|with) (?:you|a bot|a machine|a robot)\\b`),
      r('\\b(?:a|to) human\\b'),
      r('\\b(?:with|to) (?:a |this )?(?:machine|bot|robot|computer)\\b'),
      r('\\b(?:someone|somebody) (?:else|call me|to call me)\\b'),
      r('\\b(?:can|could) (?:someone|somebody|a person|an agent) (?:call|help|contact) me\\b'),
      r('\\bhablar con (?:una |un |el |la )?(?:persona|humano|agente|representante|alguien|supervisor|gerente|empleado)\\b'),
      r('\\b(?:persona|agente) (?:real|de verdad|humana?)\\b'),
      r('\\bun humano\\b'),
      r('\\bque me llame (?:alguien|una persona|un agente)\\b'),
    ],
  },
  {
    intent: 'request_human',
    rule: 'AI-01 a role named alone ("representative", "supervisor") asks for a person, unless it is part of a claimed offer',
    namesOnly: true,
    patterns: [r('\\b(?:representative|operator|supervisor)\\b'), r('\\b(?:representante|operador(?:a)?)\\b')],
  },
  {
    intent: 'collector_conduct_complaint',
    rule: 'AI-04 complaints: log and give the complaint channel',
    patterns: [
      r('\\bharass(?:ing|ment|ed)?\\b'),
      r('\\b(?:cfpb|consumer (?:financial )?protection|attorney general|better business bureau|bbb|ftc|fdcpa)\\b'),
      r('\\breport(?:ing)? (?:you|your company|this company|them)\\b'),
      r('\\b(?:file|filing|make|submit|lodge) (?:a |an )?(?:formal )?complaint\\b'),
      r('\\bcomplain(?:t|ing)? (?:about|to)\\b'),
      r('\\b(?:threaten(?:ed|ing)?|threats?) (?:me|to)\\b'),
      r('\\b(?:you|your (?:people|agents|company|collectors?)) (?:are|were|have been) (?:rude|abusive|threatening|harassing)\\b'),
      r('\\b(?:illegal|unlawful|violat(?:e|ed|ing|ion)) (?:the law|my rights|fdcpa|harass)?'),
      r('\\b(?:acoso|acosando|acosan|hostigamiento|hostigando)\\b'),
      r('\\b(?:queja|quejarme|denunciar|denuncia|demandarlos|reportarlos)\\b'),
      r('\\bme (?:amenazaron|amenazan|amenazo)\\b'),
      r('\\b(?:rude|cussed|cursed at|yelled at|swore at|screamed at)\\b'),
      r(`${notOfOneself}\\b(?:calling|contacting|called|contacted|calls) (?:me at work|my (?:employer|job|work|boss|family|relatives|neighbou?rs))\\b`),
    ],
  },
];

/**
 * TC-02 / RF-06: free-text opt-outs from texts ("please stop texting me", "no more messages",
 * "no me envíen más"). They stop texts to this number, not all contact: RF-07's own test reads
 * "Stop texting" → only texts suppressed, not cease.
 */
export const textOptOutPatterns: readonly RegExp[] = [
  r('\\b(?:stop|quit|cease) (?:texting|messaging|sending|txting|msging|spamming)\\b'),
  r('\\bstop (?:the |these |your |all )?(?:texts|messages|msgs|sms|text messages|txts)\\b'),
  r('\\bno more (?:texts|messages|msgs|sms|text messages|txts)\\b'),
  r(`\\b${dont} (?:text|message|txt|msg|sms) (?:me|this number|us)\\b`),
  r('\\bunsubscribe\\b'),
  r('\\bopt(?:-| )?(?:me )?out\\b'),
  r('\\b(?:take|remove) (?:me|this number|my number) (?:off|from)\\b'),
  r('^(?:pls|plz|please|just|ok|okay) (?:stop|quit|unsubscribe|cancel)\\W*$'),
  r('^(?:stop|quit|unsubscribe|cancel)\\W*(?:please|pls|plz|now|it|thanks|thank you|already)\\W*$'),
  r('^(?:stop\\W*){2,}$'),
  r('\\bno me (?:envien|manden|escriban|mande|envie|texteen|sigan (?:enviando|mandando|escribiendo))\\b'),
  r('\\bdejen de (?:enviarme|mandarme|escribirme|textearme|enviar|mandar)\\b'),
  r('\\bno mas (?:mensajes|textos|sms)\\b'),
  r('\\bdar(?:me)? de baja\\b'),
  r('\\bcancelar (?:los |mis |estos )?(?:mensajes|textos)\\b'),
  r('\\bya no (?:me )?(?:envien|manden|escriban)\\b'),
];

/** RF-06 test: "stop calling me, texting is fine" stops calls only, not all contact. */
export const textingStillWelcome: RegExp = r(
  "\\b(?:texting|texts?|messages?|sms) (?:is|are) (?:fine|ok|okay|good|better)\\b|\\byou can (?:still )?text me\\b",
);

/**
 * FL-02 beside a plan request: "no puedo pagar todo, puedo 100 al mes?" cannot pay the balance at
 * once and offers what it can, which is a counter-offer for the plan engine, not hardship. These
 * "not all at once" phrases are read out of a message that offers an amount (`offersAnAmount`);
 * any other hardship phrase left ("perdí mi trabajo", "no puedo pagar nada") is still hardship.
 */
export const notAllAtOnce: RegExp =
  /\b(?:(?:can'?t|cannot|can not|unable to|not able to|couldn'?t)(?: really)? (?:pay|afford|do)(?: to pay)?(?: (?:it|this|that))?(?: all(?: of it)?| the (?:full|whole|entire|total)(?: (?:amount|balance|thing|bill))?| everything| the balance| that much| \$?\d[\d,.]*)(?: (?:at once|all at once|in full|in one (?:go|payment|shot)|right now|now|today|rn))*|no (?:puedo|podemos|podria)(?: (?:pagar|dar|cubrir|pagarlo|pagarla))? (?:todo|el total|completo|la totalidad|tanto|de una vez|\$?\d[\d,.]*)(?: (?:junto|de una(?: vez)?|de golpe|ahorita|ahora|hoy))*|no me alcanza (?:para (?:pagar |dar )?)?(?:todo|el total|tanto)(?: (?:junto|de una(?: vez)?|de golpe|ahorita|ahora))*)(?=$|[^\w])/g;

/** The debtor names what they can pay: "can i do 100 a month", "puedo 100 al mes", "50 cada quincena". */
export const offersAnAmount: RegExp =
  /\b(?:can|could|would|i'?ll|i will|maybe|how about|what about|puedo|podria|podemos|le doy|les doy|te doy|doy|ofrezco|que tal)\b[^.?!]{0,30}?\$?\s?\b\d[\d,.]*(?![\d,.]*\s?(?:%|am\b|pm\b|st\b|nd\b|rd\b|th\b|years?\b|anos\b|de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)))|\$?\s?\b\d[\d,.]*\s*(?:dollars|bucks|dolares|dlls)?\s*(?:(?:a|per|each|every|al|por|cada|x|a la)\s+(?:month|mo|week|wk|two weeks|2 weeks|other week|payday|mes|semana|quincena|dos semanas|15 dias|quince dias)|monthly|weekly|biweekly|mensual\w*|semanal\w*|quincenal\w*)\b/;
