/**
 * Wording the assistant must never send, in English and Spanish, matched against normalised
 * text (lower case, no accents). Each entry cites the rule it protects. Mentioning the debtor's
 * own attorney is fine (RF-08 replies do); claiming ours is involved is not (RF-15, §807(3)).
 */
export interface BlockedWording {
  ruleId: string;
  what: string;
  pattern: RegExp;
}

const b = (ruleId: string, what: string, source: string): BlockedWording => ({ ruleId, what, pattern: new RegExp(source) });

export const blockedWording: readonly BlockedWording[] = [
  // RF-15 §807(4)/(5)/(7): arrest, prison, crime, seizure, garnishment, litigation threats.
  b('RF-15', 'threat of arrest or prosecution', '\\b(?:arrest(?:ed)?|jail|prison|police|criminal|crime|warrant|sheriff|prosecut\\w*)\\b'),
  b('RF-15', 'threat of seizure or garnishment', '\\b(?:garnish\\w*|levy|seiz(?:e|ed|ure)|repossess\\w*|lien)\\b'),
  b('RF-15', 'threat of legal action', '\\b(?:legal action|lawsuit|sue|sued|suing|court|judgment|judgement|litigation)\\b'),
  b('RF-15', 'false attorney involvement', '\\b(?:our|the company\'?s) (?:attorney|lawyer|legal department|legal team)s?\\b|\\blaw firm\\b|\\b(?:referred|sent|forwarded|turned over) (?:it |this |you |your account )?to (?:an? |our )?(?:attorney|lawyer|legal)\\b'),
  b('RF-15', 'false government affiliation', '\\b(?:irs|federal|government|governmental)\\b'),
  b('RF-15', 'credit score promise', '\\b(?:improve|boost|fix|repair|raise|help) (?:your |my )?credit(?: score| rating| report)?\\b|\\bcredit score (?:will|would) (?:improve|go up|increase)\\b'),
  b('RF-15', 'amenaza de arresto o delito', '\\b(?:arrest\\w*|carcel|prision|policia|criminal|delito|orden de (?:arresto|captura))\\b'),
  b('RF-15', 'amenaza de embargo', '\\b(?:embarg\\w*|incaut\\w*|decomis\\w*)\\b'),
  b('RF-15', 'amenaza de acción legal', '\\b(?:demanda|demandar\\w*|tribunal|accion(?:es)? legal(?:es)?|(?:a|en|ante la) corte|(?:a|un|en) juicio|sentencia judicial)\\b'),
  b('RF-15', 'abogado de la empresa', '\\b(?:nuestros? abogad[oa]s?|bufete|departamento legal)\\b'),
  b('RF-15', 'gobierno o IRS', '\\b(?:gobierno|gubernamental|federal)\\b'),
  b('RF-15', 'promesa de puntaje de crédito', '\\bmejorar (?:su |tu )?(?:puntaje|historial|credito)\\b'),
  // RF-14: shaming, insults, social pressure, profanity.
  b('RF-14', 'shaming or insult', '\\b(?:deadbeat|irresponsible|lazy|shame(?:ful)?|ashamed|loser|pathetic|stupid|idiot|liar|cheat(?:er)?|fraudster|scum)\\b'),
  b('RF-14', 'social pressure', '\\b(?:your|tu|su) (?:family|employer|boss|neighbou?rs|friends|familia|jefe|vecinos|amigos) (?:will|may|could|se) (?:find out|know|learn|hear|enteraran|sabran)\\b|\\beveryone will know\\b'),
  b('RF-14', 'profanity', '\\b(?:fuck\\w*|shit\\w*|damn\\w*|bitch\\w*|bastard|asshole|crap)\\b'),
  b('RF-14', 'insulto o vergüenza', '\\b(?:irresponsable|vergonzos[oa]|verguenza|flojo|vago|mentiros[oa]|estupid[oa]|idiota|sinverguenza)\\b'),
  // FL-01 / RF-18: false urgency and overshadowing of dispute rights.
  b('FL-01', 'false urgency', '\\b(?:final (?:notice|warning)|last (?:chance|warning|opportunity)|act (?:now|immediately|fast)|urgent\\w*|immediate (?:payment|action)|pay (?:immediately|right away|right now)|today only|before it\'?s too late|expires? (?:today|tonight|soon))\\b'),
  b('RF-18', 'overshadowing threat', '\\b(?:avoid|prevent) (?:further|legal|additional|more|serious) (?:action|consequences|steps)\\b|\\bto avoid escalation\\b|\\bescalat\\w*\\b'),
  b('FL-01', 'urgencia falsa', '\\b(?:ultimo aviso|ultima (?:oportunidad|advertencia)|actue (?:ahora|ya|de inmediato)|urgente\\w*|pague (?:de inmediato|inmediatamente|ya))\\b'),
  b('RF-18', 'amenaza que opaca la disputa', '\\bevitar (?:mas |otras )?(?:acciones|consecuencias)\\b'),
  // FL-02: never steer a debtor to borrow or to use credit to pay.
  b('FL-02', 'borrowing suggestion', '\\bborrow\\w*\\b|\\b(?:lend|loan) you\\b|\\b(?:family|friend|relative)s? (?:member )?(?:could|can|might|may) (?:lend|loan|help you pay|cover)\\b|\\b(?:use|put it on|charge it to) (?:a |your )?credit card\\b|\\bpayday loan\\b|\\btake out a loan\\b'),
  b('FL-02', 'sugerencia de pedir prestado', '\\bprest(?:ado|amo|ar|en)\\b|\\bpida (?:dinero|ayuda) a\\b|\\b(?:use|con) (?:su |tu )?tarjeta de credito\\b'),
  // TC-01: purely informational; marketing would need written consent and DNC checks.
  b('TC-01', 'marketing content', '\\b(?:pre-?approved|new (?:credit )?card|special promotion|limited time offer|preaprobad[oa]|tarjeta nueva|promocion especial)\\b'),
];
