import { withoutDisclaimedRights } from '../compliance/disclaimed-rights';
import { notOfOneself, rightsPatterns } from '../compliance/rights-patterns';
import type { Intent } from '../domain/intents';
import { normalizeForMatching } from '../compliance/normalize';
import { isMenuWord } from './menu-word';

/**
 * High-precision phrase rules, English and Spanish, matched on folded text (lower case, no
 * accents). They add protected intents the classifier may miss: recall first (RULES.md §0.2).
 * `strong` rules name the intent outright ("my lawyer", "bankruptcy") and may take the top spot.
 */
interface Rule {
  intent: Intent;
  pattern: RegExp;
  strong: boolean;
}

const person =
  '(?:he|she|they|husband|wife|mother|mom|mum|father|dad|son|daughter|brother|sister|grand\\w*|aunt|uncle|spouse|partner|fiance\\w*|boyfriend|girlfriend|holder|debtor|owner|relative|cousin|friend|esposo|esposa|madre|mama|padre|papa|hijo|hija|hermano|hermana|abuel\\w+|tio|tia|mi \\w+)';

/** Words that make "negotiate" about the monthly amount rather than the total: a plan, not a settlement. */
const aboutInstallments = '(?![^.?!]{0,30}\\b(?:plan|monthly|month|weekly|week|each|every|per|payments|installments?|mensual\\w*|cuotas?|pagos|plazos?|al mes|por mes|semana\\w*)\\b)';

/** "settle the whole balance in one payment" is paying in full. */
const notInFull = '(?!\\s+(?:the|my|this|it)\\s+(?:whole|full|entire|total)\\b|[^.?!]{0,40}\\bin (?:full|one payment)\\b)';

const settlementPatterns: RegExp[] = [
  // settle / settlement, misspelt too, not settled, settle in/down, or a lawsuit settling
  new RegExp(`\\b(?:can|could|may|want to|wanna|like to|looking to|need to|how (?:much|do i) to|i'?d|lets|let'?s|to|i)\\s+(?:\\w+\\s+)?set+(?:le|el)\\b(?!\\s+(?:in|down|up|into)\\b)${notInFull}`),
  new RegExp(`\\bset+(?:le|el)\\s+(?:for|this|it|my|the|that|with|at|out|pls|please)\\b${notInFull}`),
  /(?<!\b(?:paid|pay|reached|signed) (?:the|my|a|our|that) )\b(?:set+le?ment|setlement|settlment)s?\b(?! (?:amount )?(?:was|is|has been) (?:paid|approved))/,
  /\b(?:lowest|least|minimum|smallest|min)\b[^.?!]{0,30}\b(?:take|accept|settle|you'?d|you would|you will)\b|\bhow low (?:can|will|would) (?:you|u) go\b/,
  new RegExp(`\\b(?:take|accept|do|settle for)\\s+(?:a\\s+)?(?:less|lower|smaller|reduced|partial)\\b${aboutInstallments}`),
  /\bpay less (?:than|in total|overall)\b|\bless than (?:what i owe|the (?:full|whole|total|entire)|the balance|i owe)/,
  /(?<!\bstudent )\bdiscount\w*\b(?! (?:code|voucher|credit|coupon)s?\b)/,
  /\b(?:reduc|lower|cut|knock)\w*\s+(?:\w+\s+){0,2}(?:balance|total|debt|payoff|what i owe)\b|\b(?:balance|total|debt)\s+(?:be\s+)?(?:reduced|lowered|cut)\b|\bknock\w*\s+(?:some|something|a bit|a little|\$?\d+)\s+off\b/,
  /\b(?:lower|reduced|partial|discounted|smaller)\s+pay ?off\b|\brest (?:forgiven|waived)\b|\bforgive the rest\b/,
  new RegExp(`\\bnegotiat\\w*${aboutInstallments}`),
  // the least it takes to be done ("whats the cheapest way to be done with this", "the min to make
  // this go away"), or a deal asked for ("can we make a deal", "cut me a deal"); never a deal made
  new RegExp(`\\b(?:how little|(?:the )?(?:least|min|minimum|lowest|smallest|cheap\\w*))\\b${aboutInstallments}[^.?!]{0,40}?\\b(?:to|and|i can|i could)\\s+(?:\\w+\\s+){0,2}?(?:be (?:done|dun)|done|dun|close|clear|end|finish|get rid|go away|off my back|over with)\\b`),
  /\b(?:make|work out|cut|strike|do|give|offer|get)\s+(?:me\s+|us\s+)?(?:a|some (?:kind|sort) of)\s+deal\b|\bany deals?\s+(?:if|for|when)\b/,
  // Spanish: lo minimo / lo menos / lo mas barato para cerrar, un trato
  new RegExp(`\\b(?:lo (?:minimo|menos|mas barato))\\b${aboutInstallments}[^.?!]{0,40}?\\b(?:para|pa|y)\\s+(?:\\w+\\s+){0,1}?(?:cerrar|terminar|acabar|salir|saldar|liquidar|quedar)`),
  /\b(?:hacer|hacemos|hagamos|haga|hacerme|hacernos|llegar a|cerrar) (?:un |algun )?trato\b/,
  // a counter-offer: an amount that would close the account
  /\$?\d[\d,.]*(?:\s*(?:dollars|bucks))?(?:\s+(?:right now|now|today|cash|this week))?\s+(?:total|in total|all in|for the (?:whole|entire) (?:thing|balance|debt|account)|(?:and|if you|to)\s+(?:[\w']+\s+){0,3}?(?:done|even|close\w*|settle\w*|clear\w*|wipe\w*|forgive\w*)|as (?:a )?(?:settlement|payment in full|full payment))\b/,
  // Spanish: liquidar por menos, una liquidacion, descuento, rebaja, aceptar menos, y cerramos
  /\bliquid\w*\s+(?:\w+\s+){0,3}?(?:por|con|x)\s+(?:menos|\$?\d|una cantidad|un descuento|descuento)|(?<!\b(?:pague|pagamos|pago) (?:la|mi|una) )\bliquidacion(?:es)?\b/,
  /\bacept\w*\s+(?:menos|una cantidad (?:menor|mas baja)|un pago (?:menor|unico)|la mitad|\$?\d[\d,.]*\s+(?:para|y|si|en total))\b/,
  /\b(?:lo minimo|la menor cantidad|lo menos)\b[^.?!]{0,25}\b(?:acept|tom|recib)\w*/,
  /\b(?:descuento|rebaja\w*|rebajar\w*|rebajen)\b|\bhay (?:alguna )?quita\b/,
  /\bpagar? menos (?:del|de lo que)\b/,
  /\$?\d[\d,.]*\s+(?:[\w]+\s+){0,2}?(?:y (?:cerramos|quedamos|terminamos)|para (?:cerrar|terminar|saldar|liquidar)|si (?:cierran|cerramos))/,
  /\bla mitad\b[^.?!]{0,20}\b(?:y (?:cerramos|quedamos|ya)|para (?:cerrar|saldar|liquidar))\b/,
  new RegExp(`\\bnegoci(?:ar|emos|amos|acion)\\w*${aboutInstallments}`),
  /\b(?:arreglo|acuerdo) por menos\b|\b(?:reduc|baj|rebaj)\w*\s+(?:\w+\s+){0,2}(?:deuda|saldo|total)\b|\bperdon\w+ (?:una parte|el resto|parte)\b/,
];

const rules: Rule[] = [
  // attorney
  { intent: 'attorney_represented', strong: true, pattern: /\b(lawyer|attorney|lawer|laywer|lawyar|attorny|attourney|atty|attny|abogad[oa]s?|legal counsel|law firm|law office|bufete|represented by counsel|my counsel|mi representante legal|(?:mi|nuestro|nuestra) licenciad[oa])\b/ },
  // bankruptcy: the compliance detector's phrases (one list for counsel to read), strong here so
  // a short "im in bk" takes the top spot instead of only being added
  ...rightsPatterns.filter((p) => p.intent === 'bankruptcy').flatMap(({ patterns }) => patterns.map((pattern): Rule => ({ intent: 'bankruptcy', strong: true, pattern }))),
  // a wrong amount: the detector's phrases too ("the fee you charged is wrong"), only added, as its
  // own wrong-amount rules below are
  ...rightsPatterns.filter((p) => p.intent === 'dispute_wrong_amount').flatMap(({ patterns }) => patterns.map((pattern): Rule => ({ intent: 'dispute_wrong_amount', strong: false, pattern }))),
  // deceased
  { intent: 'deceased', strong: true, pattern: /\b(passed away|passed on|deceased|fallec\w+|difunt[oa]|murio|muerto|muerta|no longer (?:alive|living|with us)|death certificate|acta de defuncion|estate of)\b/ },
  { intent: 'deceased', strong: true, pattern: new RegExp(`\\b${person}\\b[^.!?]{0,30}\\b(died|is dead|was dead|has died|passed)\\b`) },
  // wrong number / wrong person
  { intent: 'wrong_number', strong: true, pattern: /\b(wrong (?:number|person|guy|girl|lady|man|phone|#)|numero equivocado|numero incorrecto|se equivoc\w+ de (?:numero|persona)|persona equivocada|no one (?:here )?(?:by|named|with) th\w+ name|nobody (?:here )?(?:by|named) th\w+|no (?:conozco|se quien es) a? ?(?:esa|ese|esta|este|ningun\w*) persona|no vive aqui|doesn'?t live here|don'?t know (?:any|a |an |who|that|this|him|her)\w* ?(?:\w+ )?(?:named|by that|person|is that|that is)?|not (?:the person|who you think)|you have the wrong|tienen? el numero equivocado|aqui no (?:vive|hay) nadie)\b/ },
  // cease contact
  { intent: 'cease_contact', strong: true, pattern: /\b(stop (?:calling|texting|contacting|messaging|emailing|sending|bothering|harass\w+)|(?:do not|don'?t|dont|never) (?:call|text|contact|message|email|write)(?:ing)? (?:me|us|this|my|here|again)|leave me alone|cease (?:and desist|all|contact|communication)|cease\b|unsubscribe|remove (?:me|my number)|take me off|opt(?:ing)? out|no (?:me )?(?:vuelvan a |)(?:llamen|escriban|contacten|manden|molesten)|dejen? de (?:llamar|escribir|contactar|mandar|molestar|enviar)\w*|no quiero (?:que me (?:llamen|escriban|contacten)|recibir (?:mas )?mensajes)|dejenme en paz|borr\w+ mi numero|quit\w* (?:me )?de (?:la|su) lista)\b/ },
  // request a person
  { intent: 'request_human', strong: true, pattern: /\b((?:talk|speak|chat|connect|transfer|put)\w*\s+(?:me\s+)?(?:to|with|through to)\s+(?:a|an|some|the|your|real|live|actual)?\s*(?:real |live |actual )?(?:human|person|agent|rep|representative|operator|supervisor|manager|somebody|someone|people|specialist)|(?:real|live|actual) (?:human|person|agent)|human being|(?:want|need|get) (?:a|an) (?:human|person|agent|representative)|representative please|agent please|hablar con (?:una? |alguien|algun)\w*|(?:una )?persona real|un (?:agente|representante|humano|asesor|supervisor)|(?:quiero|necesito|pasame|paseme|comuniqueme|comunicame) (?:con )?(?:a )?(?:una persona|alguien|un agente|un humano|un representante|un asesor))\b/ },
  // "can you get someone to help me?", "can somebody else take a look?": another person, not the bot
  { intent: 'request_human', strong: true, pattern: /\b((?:get|find|have|send|bring)\s+(?:me\s+)?(?:someone|somebody|a person)(?:\s+else)?\s+(?:to|who can|that can)\s+(?:help|look|check|call|fix)|(?:someone|somebody) else\s+(?:to\s+)?(?:help|take a look|look|check)|(?:can|could)\s+(?:someone|somebody)(?:\s+else)?\s+(?:help|take a look|look|call)|alguien (?:mas )?que me (?:ayude|atienda))\b/ },
  // "put me through with a bank worker", "I don't want to talk to you", "not sharing this with a machine"
  { intent: 'request_human', strong: true, pattern: /\b((?:put|get|send|transfer) me through (?:to|with)|(?:someone|somebody) else on the (?:line|phone)|(?:reach|contact|call) (?:your |an? |another |the )?(?:other )?(?:agent|representative|rep|human|operator)s?|(?:don'?t|do not|dont) want to (?:talk|speak|chat) (?:to|with) (?:you|a machine|a bot|a robot)|(?:share|sharing|give|giving|tell|telling)[^.?!]{0,40}(?:with|to) a (?:machine|bot|robot)|no quiero hablar con (?:un )?(?:robot|maquina|bot))\b/ },
  // "call me" on its own asks for a person to phone; in a longer text ("u call me later at 11")
  // it is usually chat between friends, which the SMS data has plenty of.
  { intent: 'request_human', strong: true, pattern: /^\s*(?:ok |okay |hi |hey )?(?:please |pls |plz |can (?:you|u|someone|somebody) |could (?:you|u|someone|somebody) |just |someone |somebody )?(?:call|ring) me(?: back)?(?: please| pls| plz| asap| now| today| tomorrow)?[.!?\s]*$|^\s*(?:please |pls )?give me a call(?: please| pls)?[.!?\s]*$|^\s*[¿¡]?(?:por favor )?(?:llamenme|llamame|me pueden llamar|pueden llamarme)(?: por favor)?[.!?\s]*$/ },
  // disputes
  { intent: 'dispute_not_my_debt', strong: true, pattern: /\b(not my (?:debt|bill|account|loan|card|charge)|(?:isn'?t|is not|not) mine|don'?t owe|do not owe|dont owe|never (?:had|opened|owed|took out|signed)|no (?:es|son) mi\w? (?:deuda|cuenta|prestamo)|no es mio|no debo|yo no debo|nunca (?:tuve|abri|pedi|saque|firme)|no reconozco (?:esta|esa|la)? ?deuda|i dispute|dispute (?:this|the|that)|disputar?|disputo)\b/ },
  { intent: 'dispute_wrong_amount', strong: false, pattern: /\b(wrong amount|amount is wrong|(?:balance|amount) (?:is|seems) (?:wrong|incorrect|too high)|incorrect (?:amount|balance)|(?:charged|billed) (?:me )?twice|overcharg\w+|monto (?:esta )?(?:equivocado|incorrecto|mal)|cantidad (?:esta )?(?:equivocada|incorrecta|mal)|me cobraron (?:de mas|doble|dos veces)|cobro (?:de mas|doble))\b/ },
  // how complaint letters about a wrong amount say it: more than agreed, fees piled on, an inflated balance
  { intent: 'dispute_wrong_amount', strong: false, pattern: /\b(charged (?:me )?more than|more than (?:i|we) (?:owe|owed|agreed)|(?:added|adding|tacked on|excessive|unauthorized|illegal|bogus|junk|hidden) (?:late )?(?:fees|interest|charges)|(?:inflated|incorrect|inaccurate|erroneous) (?:balance|amount|figure)|(?:balance|amount) (?:is|was|they (?:are|were) (?:asking|demanding|claiming)) (?:inflated|higher than|more than|double)|not prorated|(?:doubled|tripled) the (?:amount|balance|debt)|amount (?:they|he|she) (?:claim|say|said)s? i owe|(?:collect|collecting|demanding|asking for) more than|me cobr\w+ mas de lo que|cargos (?:extra|adicionales|ocultos|indebidos)|intereses (?:excesivos|ilegales|abusivos))\b/ },
  // a charge taken twice or more than agreed, one the debtor never made, a card or name someone else uses
  { intent: 'dispute_wrong_amount', strong: false, pattern: /\b((?:charged|billed|paid|payment|charge|transaction|debited|taken)s? (?:\w+ ){0,3}(?:twice|two times|multiple times|more than once|over and over|many times|several times|repeatedly)|(?:duplicate|duplicated|repeated|double|multiple) (?:charge|payment|transaction|debit|withdrawal)s?|(?:charge|payment|transaction)s? (?:was|were|got|has been|have been|is|are) (?:doubled|duplicated|repeated)|(?:paid|pay|charged) (?:\w+ ){0,2}more than (?:i |we )?(?:anticipated|expected|agreed|the (?:set )?price|it should)|(?:too many|extra) charges on my|cobr\w+ (?:dos|varias) veces|cargo (?:doble|duplicado|repetido))\b/ },
  { intent: 'dispute_not_my_debt', strong: false, pattern: /\b((?:charge|transaction|payment|withdrawal|purchase|debit)s? (?:on my \w+ )?(?:that )?i (?:didn'?t|did not|never|didnt) (?:make|made|authori[sz]e|recogni[sz]e|do)|(?:unauthori[sz]ed|unrecogni[sz]ed|unfamiliar|unknown|fraudulent|suspicious|unathori[sz]ed) (?:charge|transaction|payment|withdrawal|purchase|debit|merchant)s?|(?:don'?t|do not|dont) (?:recogni[sz]e|know) (?:this|that|the|these|a|what (?:this|that|the)) (?:charge|payment|transaction|purchase)s?|what (?:is|are) (?:this|these) (?:charge|transaction|payment)s?|where (?:is )?(?:this|these|the) (?:charge|transaction|payment)s? (?:is |are )?coming from|(?:it was not|it wasn'?t|that wasn'?t|that was not|was not|wasn'?t) me\b|not (?:made|authori[sz]ed) by me|no reconozco (?:este|ese|el|estos|esos) (?:cargo|cobro|pago)s?|cargos? (?:que )?no (?:hice|reconozco|autorice))\b/ },
  { intent: 'dispute_identity_theft', strong: false, pattern: /\b(someone (?:is |has |was )?(?:using|used|charging|charged|opened|taking|took) (?:my|an account in my|accounts? in my) (?:card|account|name|identity|info|information|debit card|credit card|ssn|social)|(?:people|somebody|someone) (?:are|is) using my (?:card|debit card|credit card|account)|alguien (?:esta usando|uso|abrio) (?:mi|una cuenta a mi) (?:tarjeta|cuenta|nombre))\b/ },
  { intent: 'dispute_identity_theft', strong: true, pattern: /\b(identity theft|stolen identity|identity (?:was|got) stolen|stole my identity|robo de identidad|robaron (?:mi identidad|mis datos)|suplantacion de identidad|fraudulent account)\b/ },
  { intent: 'debt_validation_request', strong: true, pattern: /\b(validat\w+ (?:of )?(?:the |this |that )?debt|debt validation|(?:verify|verification of) (?:the |this |that )?debt|prove (?:it|that i owe|this debt)|proof (?:of|that) (?:the )?(?:debt|i owe)|validation (?:letter|notice)|send (?:me )?(?:proof|(?:the )?paperwork|documentation|documents|a letter|something in writing)|in writing|validacion de (?:la )?deuda|pruebas? de (?:la )?deuda|comprueben|demuestren|mandenme (?:pruebas|los documentos|una carta)|por escrito)\b/ },
  { intent: 'payment_already_made', strong: true, pattern: /\b(already (?:paid|payed|settled|made (?:the |a |my |that )?payment)|(?:i|we) settled (?:it |this |that(?: one)? |the (?:debt|account|balance) )?(?:last|back|in|years?|months?|a (?:year|while))\b|paid (?:it|this|that|the (?:debt|balance|bill)) (?:off|already|in full)|i (?:paid|payed) (?:it|this|that) (?:off|already|last)|was (?:paid|settled) (?:off|in full)|ya (?:lo |la )?(?:pague|pagamos|pago|esta pagad[ao]|fue pagad[ao]|liquide|salde|cancele la deuda)|ya hice (?:el|mi|un) pago|ya pague)\b/ },
  // a debt paid, settled or covered by insurance, as letters filed under "debt was paid" put it
  { intent: 'payment_already_made', strong: false, pattern: /\b(paid (?:in full|off)|(?:has|had|have) been (?:paid|settled|satisfied)|(?:debt|balance|account|bill|loan) (?:was|is|were) (?:paid|settled|satisfied)|(?:insurance|medicare|medicaid)(?: company)? (?:paid|covered|has paid)|settled (?:the|this|that|my) (?:debt|account|balance)|zero balance|(?:proof|receipt|confirmation) of (?:my )?payment|ya (?:esta|quedo) (?:pagad[ao]|liquidad[ao]|saldad[ao])|pague (?:todo|completo|la totalidad)|el seguro (?:lo |la )?(?:pago|cubrio))\b/ },
  // hardship: only the unmistakable signs, so "can't do 1240 right now" stays a plan request
  { intent: 'hardship', strong: false, pattern: /\b(lost (?:my|our) (?:job|income|house|home)|laid off|unemploy\w+|out of work|no income|on disability|disabled|disability|in the hospital|hospitali\w+|medical bills|cancer|chemo|perdi (?:mi|el) (?:trabajo|empleo)|sin (?:trabajo|empleo)|desemplead\w+|me despidieron|incapacidad|no tengo (?:trabajo|ingresos))\b/ },
  // conduct complaints
  { intent: 'collector_conduct_complaint', strong: false, pattern: /\b(harass\w*|threaten\w*|abusive (?:calls|collector|language)|acos\w+|hostig\w+|amenaz\w+|llaman a mi (?:trabajo|familia))\b/ },
  { intent: 'collector_conduct_complaint', strong: false, pattern: new RegExp(`${notOfOneself}\\b(?:call|calling|called) (?:my )?(?:job|work|employer|boss|family|neighbors?|parents)\\b`) },
  // how letters describe the collector's tactics: calls without end, threats of arrest or suit, telling others
  { intent: 'collector_conduct_complaint', strong: false, pattern: /\b((?:repeated|constant|constantly|numerous|excessive|multiple|nonstop|non-stop|incessant) (?:phone )?(?:calls|calling|texts|voicemails)|call(?:s|ed|ing)? (?:me )?(?:\d+|several|multiple|many|numerous|three|four|five|six|ten) times (?:a|per|each|every) (?:day|week|hour)|threat(?:en|ened|ening)? (?:me )?(?:to|with) (?:sue|arrest|jail|garnish|a lawsuit|legal action|prison|police)|(?:they|he|she|you|collectors?|agents?|(?:the )?company|reps?|someone) (?:have |has |had |keep |kept |are |were |even )?(?:called|contacted|told|calling|contacting|telling) my (?:family|relatives|neighbors?|employer|coworkers?|co-workers?|boss|kids|children|parents)|(?:llaman|llamaron|llamando) a mi (?:trabajo|familia|jefe)|me amenaz\w+)\b/ },
  // safety
  { intent: 'prompt_injection', strong: true, pattern: /\b((?:ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(?:instructions|rules|everything|prompts?|directions|guidelines|programming|restrictions)|system prompt|you are now (?:a|an|in|the)|from now on,? you (?:are|will|must)|dan mode|act as (?:a |an )?(?:dan|developer mode|jailbreak|unrestricted)|do anything now|jailbreak\w*|developer mode|just print|pretend (?:to be|you are)|ignora\w* (?:todas )?(?:las |tus )?(?:instrucciones|reglas)|olvida\w* (?:todas )?(?:tus |las )?(?:instrucciones|reglas))\b/ },
  // settling for less, asked or offered ("what's the lowest you'd take", "I can do 400 total",
  // "te doy 300 y cerramos"); never the past ("I settled last year", "ya liquidé"), nor a smaller
  // monthly payment ("can I pay less each month" is a plan)
  // (after prompt_injection, so an instruction to settle reads as one first)
  ...settlementPatterns.map((pattern): Rule => ({ intent: 'settlement_request', strong: true, pattern })),
];

export interface RuleMatch {
  intent: Intent;
  strong: boolean;
}

/** Every intent whose phrase rules match the message, once each, strong matches first. */
export function matchRules(text: string): RuleMatch[] {
  // A right named only to be disclaimed ("I'm not disputing it") is read as the detector reads it.
  const folded = withoutDisclaimedRights(normalizeForMatching(text));
  const found = new Map<Intent, boolean>();
  // MENU, BACK, "volver atrás" alone ask for the choices (the help intent), never a yes.
  if (isMenuWord(text)) found.set('help', true);
  for (const rule of rules) {
    if (rule.pattern.test(folded)) found.set(rule.intent, (found.get(rule.intent) ?? false) || rule.strong);
  }
  return [...found.entries()]
    .map(([intent, strong]) => ({ intent, strong }))
    .sort((a, b) => Number(b.strong) - Number(a.strong));
}
