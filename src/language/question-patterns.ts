import type { QuestionIntent } from '../domain/intents';

/**
 * How debtors ask the questions that have an approved answer (issue #19 item 10), in English and
 * Spanish, matched against normalised text (lower case, no accents, straight apostrophes). Each
 * pattern asks: a statement that merely names a fee or a credit card ("I paid the fee already",
 * "can I pay by credit card") is no question about it.
 */
export interface QuestionPattern {
  intent: QuestionIntent;
  patterns: RegExp[];
}

const r = (source: string) => new RegExp(source);

const dont = "(?:don'?t|dont|do not|didn'?t|did not|can'?t|cant|cannot|can not|won'?t|wont|will not|never|stop|no longer|miss|skip|just don'?t|couldn'?t|could not)";
const fee = '(?:fee|fees|feez|fess|charges|late charges?|surcharges?|convenience fee|processing fee|service fee)';
const feeEs = '(?:cargos?|comision(?:es)?|recargos?|cobros? (?:extra|adicional(?:es)?)|intereses?|tarifas?)';
/** "credit" as the debtor's credit record, never a credit card, a credit union or a credit on the bill. */
const credit = "(?:credit|credt|cerdit|credti|creddit)(?! card| union| on (?:my|the) (?:bill|account))";
const old = '(?:old|ancient|stale|expired)';
const years = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|a few|like \\d+)';
const dispute = '(?:dispute|disputing|contest|contesting|challenge|challenging|dispuet|disput)';
const notice = '(?:notice|letter|notification|form|paperwork|documents?|statement|validation notice)';

export const questionPatterns: readonly QuestionPattern[] = [
  {
    intent: 'fees_interest_question',
    patterns: [
      r(`\\b(?:is|are|will|would) there (?:be )?(?:a |an |any )?(?:extra |additional |hidden )?(?:${fee}|fee|cost|charge)\\b`),
      r(`\\b(?:what|which|how much|why|whats|wat|wut|y)\\b[^.?!]{0,40}\\b${fee}\\b`),
      r(`\\b(?:do|does|will|would|did) (?:you|u|it|they|that|this|y'?all)\\b[^.?!]{0,30}\\b(?:charge|charging|cost)\\b`),
      r(`\\b(?:what|how much|why|is|are|do|does|will)\\b[^.?!]{0,40}\\binterest\\b(?! in)`),
      r(`\\b${fee}\\s*\\?`),
      r('\\bcost (?:anything |any ?thing |extra |more )?to pay\\b'),
      r(`\\b(?:hay|cobran?|cuanto|cuanta|por que|porque|que|cuales?)\\b[^.?!]{0,40}\\b${feeEs}\\b`),
      r(`\\b${feeEs}\\s*\\?`),
      r('\\bcuesta (?:algo |mas |extra )?pagar\\b'),
    ],
  },
  {
    intent: 'credit_reporting_question',
    patterns: [
      r(`\\b${credit} (?:report|reports|reporting|score|scores|scor|rating|history|bureaus?|file|record)\\b`),
      r(`\\b(?:hurt|hurts|affect|affects|ruin|ruins|damage|damages|impact|impacts|ding|hit|hits|mess up|show up on|show on|shows on|appear on|appears on|go on|stay on|be on|reported on|report (?:it|this) on|bad for) (?:my |on my )?${credit}\\b`),
      r('\\b(?:equifax|experian|transunion|trans union|credit bureaus?|credit agencies)\\b'),
      r(`\\b(?:report|reported|reporting) (?:this |it |me |my account )?to (?:the )?(?:bureaus?|credit)\\b`),
      r('\\b(?:buro|buro de credito|historial (?:de )?credit(?:o|icio)|puntaje (?:de )?credito|reporte de credito|informe de credito|score crediticio|puntaje crediticio)\\b'),
      r('\\b(?:afecta(?:r|ra|ria)?|dana(?:r|ra|ria)?|perjudica(?:r|ra|ria)?|arruina(?:r|ra|ria)?) (?:a )?mi (?:credito|historial|puntaje|score)\\b'),
    ],
  },
  {
    intent: 'consequence_question',
    patterns: [
      r(`\\b(?:what|wat|wht|whta) (?:happens|will happen|would happen|happen|hapens|hapen|happends|will u do|will you do|would you do|do you do)\\b[^.?!]{0,30}\\b(?:if|when|once)\\b[^.?!]{0,30}\\b(?:${dont}|not|late|default|ignore)\\b`),
      r(`\\bwhat if i\\b[^.?!]{0,10}\\b${dont}\\b[^.?!]{0,20}\\bpay`),
      r('\\b(?:consequences?|consecuencias?)\\b'),
      r('\\b(?:will|would|can|could|are|r|is|gonna) (?:you|u|they|y\'?all|the company|your company|northwind|anyone|someone)\\b[^.?!]{0,25}\\b(?:sue|suing|sew|take me to court|garnish|garnishing|arrest|put me in jail|send (?:me|this|it) to collections?|come after me|repossess|take my (?:car|house|home|wages|paycheck|check|money))'),
      r('\\b(?:am i|will i|could i|can i|do i|would i) (?:(?:go(?:ing)?|gonna go|be sent|be put|end up) (?:to|in) (?:jail|prison|court)|be (?:arrested|sued|taken to court)|get (?:sued|arrested))\\b'),
      r('\\b(?:que|q|k) (?:pasa|pasara|pasaria|sucede|sucedera|me pasa|hacen|haran|me hacen|me haran|me van a hacer)\\b[^.?!]{0,30}\\bsi\\b[^.?!]{0,30}\\b(?:no|nunca|jamas|dejo de|dejara de|deja de|dejamos de)\\b'),
      r('\\b(?:me (?:van a|pueden|podrian|iran a)|van a) (?:demandar|embargar|quitar|llevar a (?:la )?corte|arrestar|meter a la carcel)'),
      r('\\b(?:voy a|puedo) (?:ir a|terminar en) (?:la )?(?:carcel|corte|prision)\\b'),
    ],
  },
  {
    intent: 'time_barred_question',
    patterns: [
      r('\\b(?:statute|statue|statut|stature) of limitations?\\b'),
      r('\\btime[- ]?barred\\b|\\blimitations? period\\b'),
      r(`\\b(?:too|so|very|really|pretty|super) ${old}\\b|\\b${old} (?:debt|bill|account|balance)\\b`),
      r(`\\b(?:from|since) ${years} (?:years?|yrs?) ago\\b|\\b(?:it'?s|its|it has) been (?:over |more than )?${years} (?:years?|yrs?)\\b`),
      r('\\b(?:restart|restarts|reset|resets|re-?start|re-?age|reage|revive|revives|renew|renews|extend|extends|start over|starts over)\\w*\\b[^.?!]{0,25}\\b(?:clock|statute|time limit|limitation|limitations|timer|period)\\b'),
      r('\\btime limit (?:on|for) (?:this|the|my|a|an) (?:debt|account|bill|balance)\\b'),
      r('\\b(?:debt|account|bill|balance|it) (?:has |is |already )?(?:expired|past (?:the )?(?:time limit|limit))\\b'),
      r('\\bprescri(?:be|bio|pcion|ta|to|ben)\\b'),
      r('\\b(?:deuda|cuenta|factura) (?:muy |tan |demasiado )?(?:vieja|antigua)\\b'),
      r(`\\bde hace (?:\\d+|muchos|varios|mas de \\d+) anos\\b`),
      r('\\b(?:reinicia|reactiva|renueva|revive|extiende|vuelve a empezar)\\w*\\b[^.?!]{0,25}\\b(?:plazo|termino|tiempo|reloj|prescripcion)\\b'),
      r('\\bplazo (?:legal|de prescripcion)\\b'),
    ],
  },
  {
    intent: 'validation_period_question',
    patterns: [
      r('\\bvalidation (?:period|window|deadline|date)\\b'),
      r(`\\b(?:how long|how many days|until when|till when|til when|by when|what'?s the deadline|whats the deadline|when is the deadline|last day|deadline|how much time)\\b[^.?!]{0,40}\\b${dispute}\\b`),
      r(`\\b${dispute}\\b[^.?!]{0,20}\\b(?:deadline|period|window|time limit|last day)\\b`),
      r(`\\bhow (?:do|can|would|should|could) (?:i|we|one)\\b[^.?!]{0,10}\\b${dispute}\\b|\\bhow to ${dispute}\\b`),
      r('\\bperiodo de (?:validacion|verificacion|disputa)\\b'),
      r('\\b(?:como|donde) (?:puedo |se puede |se |hago para )?(?:disputar|disputo|impugnar|impugno|reclamar|reclamo|objetar)\\b'),
      r('\\b(?:hasta cuando|cuantos dias|cuanto tiempo|fecha limite|plazo)\\b[^.?!]{0,40}\\b(?:disputar|impugnar|reclamar|disputa|objetar)\\b'),
    ],
  },
  {
    intent: 'original_creditor_question',
    patterns: [
      r('\\boriginal (?:creditor|creditors|lender|company|owner|credtor|creditr)\\b|\\boriginal(?:ly)? (?:owed|borrowed|from)\\b'),
      r('\\bwho (?:is|was|are|were|s) (?:the |my |this )?(?:creditor|lender|company i owe|original)\\b|\\bwho\'?s the (?:creditor|lender)\\b'),
      r('\\bwho (?:do|did) i (?:owe|originally owe|borrow from|owe (?:this|it) to)\\b'),
      r('\\bwhat (?:company|business|store|bank) (?:is this|was this|is this debt|is this for|did this come from|do i owe|was it)\\b'),
      r('\\bwhere (?:did|does) (?:this|the) (?:debt|bill|account|balance|charge) (?:come|originate) from\\b'),
      r('\\bwho (?:is|was) (?:this|the) (?:debt|bill|account) (?:originally )?(?:from|with|for)\\b'),
      r('\\bacreedor(?:a)? original\\b|\\b(?:empresa|compania) original\\b'),
      r('\\b(?:quien|cual) (?:es|era|fue) (?:el|la|mi) (?:acreedor|acreedora|compania|empresa|prestamista)\\b'),
      r('\\bde (?:que|cual) (?:compania|empresa|tienda|banco) (?:es|era|viene)\\b'),
      r('\\ba quien (?:le )?(?:debo|debia|le debo)\\b'),
    ],
  },
  {
    intent: 'spanish_notice_request',
    patterns: [
      r(`\\b${notice}s?\\b[^.?!]{0,40}\\b(?:in spanish|en espanol|en castellano|spanish version)\\b`),
      r(`\\b(?:spanish|espanol) (?:copy|version|copia|translation) (?:of )?(?:the |my |a |your |that )?(?:${notice}|aviso|carta)?`),
      r('\\b(?:translate|translated|translation of) (?:the |my |this |that )?(?:notice|letter|form|paperwork|document)\\b'),
      r('\\b(?:carta|aviso|notificacion|formulario|documento|documentos|papeles|estado de cuenta)s?\\b[^.?!]{0,40}\\ben (?:espanol|castellano)\\b'),
      r('\\bcopia (?:en espanol|del aviso|de la carta|de la notificacion)\\b'),
      r('\\b(?:traduccion|traducir|traducida|traducido) (?:de |del |de la )?(?:aviso|carta|notificacion|formulario)\\b'),
    ],
  },
  {
    intent: 'hardship_options_question',
    patterns: [
      r('\\b(?:hardship|financial hardship|hardshp|hardhsip|relief|assistance) (?:program|programs|option|options|plan|plans|help|policy|policies)\\b'),
      r(`\\b(?:what|which|any|wat)\\b[^.?!]{0,15}\\b(?:options|programs|help|assistance|relief|choices)\\b[^.?!]{0,50}\\b(?:can'?t|cant|cannot|can not|unable|struggling|hardship|tight|broke|afford|lost my job|short on money)\\b`),
      r(`\\b(?:can'?t|cant|cannot|unable to|not able to) (?:afford|pay)\\b[^.?!]{0,40}\\b(?:what (?:are my |are the )?(?:options|choices)|what can i do|any options|options do i have|is there (?:any )?(?:help|a program))\\b`),
      r(`\\b(?:struggling|broke|can'?t afford|cant afford|cannot afford|lost my job|laid off|tight)\\b[^.?!]{0,40}\\b(?:what|which|any) (?:options|programs|help|choices|assistance)\\b`),
      r(`\\bwhat can i do\\b[^.?!]{0,30}\\b(?:can'?t|cant|cannot|unable to|not able to) (?:afford|pay)\\b`),
      r('\\b(?:do you|do u|does northwind|does your company) (?:have|offer) (?:any )?(?:hardship|assistance|relief|help) ?(?:programs?|options?|plans?)?\\b'),
      r('\\b(?:programas?|opciones|planes?) (?:de|para) (?:dificultad(?:es)?|apuros?|ayuda|asistencia|alivio|problemas economicos)\\b'),
      r('\\bque (?:opciones|alternativas|ayudas?|programas) (?:tengo|hay|tienen|me ofrecen|me dan|ofrecen)\\b'),
      r('\\b(?:tienen|hay|ofrecen) (?:algun |algunos |algunas |alguna )?(?:programas?|opciones|planes|ayudas?) (?:de|para) (?:ayuda|asistencia|dificultad|gente que no puede)\\b'),
    ],
  },
];
