import type { Language } from '../src/domain/account';
import type { Frequency } from '../src/domain/policy';
import type { PaymentRun } from '../src/domain/offers';
import { formatDate, formatDayAndDate, money } from './format';

/**
 * Every word the assistant says in a conversation, per language, reviewable by compliance staff.
 * Amounts arrive in cents and dates as YYYY-MM-DD, both from the domain engine.
 */
/** Consecutive payments of one amount, as the engine groups them. */
type InstallmentGroup = PaymentRun;

type FrequencyName = Frequency;

/** "a month for 12 months", "every week for 13 weeks", "every two weeks, 26 payments": how a person says it. */
const everyEn: Record<FrequencyName, (count: number) => string> = {
  monthly: (n) => `a month for ${n} month${n === 1 ? '' : 's'}`,
  weekly: (n) => `every week for ${n} week${n === 1 ? '' : 's'}`,
  biweekly: (n) => `every two weeks, ${n} payment${n === 1 ? '' : 's'}`,
};
const everyEs: Record<FrequencyName, (count: number) => string> = {
  monthly: (n) => `al mes durante ${n} ${n === 1 ? 'mes' : 'meses'}`,
  weekly: (n) => `cada semana durante ${n} semana${n === 1 ? '' : 's'}`,
  biweekly: (n) => `cada dos semanas, ${n} pago${n === 1 ? '' : 's'}`,
};

/**
 * "$103.38 a month for 12 months (the last 6 are $103.37)". The engine splits a balance evenly, so a
 * plan has at most two runs: the larger amount first, then one cent less.
 */
function groupsEn(groups: InstallmentGroup[], frequency: FrequencyName): string {
  const [first, ...rest] = groups;
  const count = groups.reduce((total, group) => total + group.count, 0);
  const last = rest[rest.length - 1];
  // Between the debtor's own amount and a smaller last payment, two may share the rest: each is said.
  const between = rest.slice(0, -1).map((group) => `then ${group.count === 1 ? 'one' : group.count} of ${money(group.amountCents)}; `).join('');
  const tail = last ? ` (${between}${last.count === 1 ? `the last one is ${money(last.amountCents)}` : `the last ${last.count} are ${money(last.amountCents)}`})` : '';
  return `${money(first?.amountCents ?? 0)} ${everyEn[frequency](count)}${tail}`;
}
function groupsEs(groups: InstallmentGroup[], frequency: FrequencyName): string {
  const [first, ...rest] = groups;
  const count = groups.reduce((total, group) => total + group.count, 0);
  const last = rest[rest.length - 1];
  const between = rest.slice(0, -1).map((group) => `luego ${group.count === 1 ? 'uno' : group.count} de ${money(group.amountCents)}; `).join('');
  const tail = last ? ` (${between}${last.count === 1 ? `el último es de ${money(last.amountCents)}` : `los últimos ${last.count} son de ${money(last.amountCents)}`})` : '';
  return `${money(first?.amountCents ?? 0)} ${everyEs[frequency](count)}${tail}`;
}

/** The policy limit the debtor's terms went past, with the policy's own figure. */
export type PlanCounterReason =
  | { reason: 'exceeds_max_term'; maxMonths: number }
  | { reason: 'below_min_installment'; minInstallmentCents: number }
  | { reason: 'first_date_outside_window'; latestFirst: string }
  | { reason: 'frequency_not_allowed' };

function planLimitEn(why: PlanCounterReason): string {
  switch (why.reason) {
    case 'exceeds_max_term':
      return `At that amount it would take longer than ${why.maxMonths} months, the longest plan I can set up.`;
    case 'below_min_installment':
      return `Each payment has to be at least ${money(why.minInstallmentCents)}.`;
    case 'first_date_outside_window':
      return `The first payment has to be by ${formatDate(why.latestFirst, 'en')}.`;
    case 'frequency_not_allowed':
      return "I can't set up plans on that schedule.";
  }
}

function planLimitEs(why: PlanCounterReason): string {
  switch (why.reason) {
    case 'exceeds_max_term':
      return `Con ese monto tardaría más de ${why.maxMonths} meses, el plan más largo que puedo registrar.`;
    case 'below_min_installment':
      return `Cada pago tiene que ser de al menos ${money(why.minInstallmentCents)}.`;
    case 'first_date_outside_window':
      return `El primer pago tiene que ser a más tardar el ${formatDate(why.latestFirst, 'es')}.`;
    case 'frequency_not_allowed':
      return 'No puedo registrar planes con esa frecuencia.';
  }
}

const en = {
  greeting: (creditor: string) => `Hi, this is ${creditor}'s automated assistant.`,
  unknownNumber: (creditor: string, phone: string) =>
    `I couldn't find anything I can help with from this number. Please call ${creditor} at ${phone}.`,
  askPhone: 'To find your account, what is the mobile number on it?',
  retryPhone: 'Please send a 10-digit US phone number, for example 512-555-0101.',
  askFactor: {
    date_of_birth: 'To protect your privacy, please send your date of birth (for example 03/14/1985).',
    zip: 'Thanks. What is the ZIP code on your account?',
    ssn_last4: 'Thanks. What are the last 4 digits of your Social Security number?',
    account_last4: 'Thanks. What are the last 4 digits of your account number?',
  },
  /** The question alone, asked again after a miss. */
  factorQuestion: {
    date_of_birth: 'Please send your date of birth (for example 03/14/1985).',
    zip: 'What is the ZIP code on your account?',
    ssn_last4: 'What are the last 4 digits of your Social Security number?',
    account_last4: 'What are the last 4 digits of your account number?',
  },
  retryFactor: {
    date_of_birth: "Sorry, I didn't catch a date. Please send your date of birth like 03/14/1985.",
    zip: 'Please send the 5-digit ZIP code.',
    ssn_last4: 'Please send just the 4 digits.',
    account_last4: 'Please send just the 4 digits.',
  },
  // Issue #15: the third miss at a verification question offers a person and the phone, not the question a third time.
  verificationStuck: (question: string, creditor: string, phone: string) =>
    `${question} If you'd rather, say "talk to a person", or call ${creditor} at ${phone}.`,
  verificationFailed: "Those details don't match what we have. Let's try again.",
  lockedOut: (creditor: string, phone: string) =>
    `For your security I can't continue here right now. Please call ${creditor} at ${phone}, or a specialist will reach out.`,
  verified: (firstName: string, balanceCents: number) => `Thanks, ${firstName}. Your balance is ${money(balanceCents)}.`,
  replyWithNumber: 'Reply with a number.',
  confirmChoices: { yes: 'Yes', no: 'No' },
  menuIntro: 'What would you like to do?',
  menuChoices: {
    payInFull: 'Pay in full',
    plan: 'Set up a payment plan',
    promise: 'Promise to pay on a date',
    details: 'Balance details',
    person: 'Talk to a person',
    settle: 'Settle for less',
  },
  anythingElse: 'Anything else? Reply MENU for options or BYE to finish.',
  itemization: (p: { date: string; start: number; interest: number; fees: number; payments: number; credits: number; balance: number }) =>
    [
      `As of ${formatDate(p.date, 'en')} you owed ${money(p.start)}.`,
      `Interest since: ${money(p.interest)}. Fees since: ${money(p.fees)}.`,
      `Payments since: ${money(p.payments)}. Credits since: ${money(p.credits)}.`,
      `Balance now: ${money(p.balance)}.`,
    ].join('\n'),
  noItemization: (balance: number) => `Your balance is ${money(balance)}. A specialist can send a full breakdown if you need one.`,
  payInFullOffer: (amount: number, due: string) => `You can pay ${money(amount)} in full by ${formatDate(due, 'en')}. Shall I record that? Reply YES or NO.`,
  // Issue #15 item 6: the start date said once for the whole list keeps the list to two SMS segments.
  planIntro: (first: string) => `Plans from ${formatDate(first, 'en')}, or say what you can pay, like "100 a month".`,
  planTerms: (groups: InstallmentGroup[], frequency: FrequencyName) => groupsEn(groups, frequency),
  planChoice: (groups: InstallmentGroup[], frequency: FrequencyName, first: string) => `${groupsEn(groups, frequency)}, starting ${formatDate(first, 'en')}`,
  // Why the debtor's own terms cannot be set up, said plainly before the closest plans (FL-01).
  planCounter: (count: number, first: string, why: PlanCounterReason): string =>
    `${planLimitEn(why)} The closest ${count === 1 ? 'plan I can offer starts' : 'plans I can offer start'} ${formatDate(first, 'en')}.`,
  planSameAgain: 'Those terms lead to the same plans as before, the closest I can offer. Pick one by its number, or reply MENU for other options.',
  planConfirm: (groups: InstallmentGroup[], frequency: FrequencyName, first: string, last: string) =>
    `To confirm: ${groupsEn(groups, frequency)}, from ${formatDate(first, 'en')} to ${formatDate(last, 'en')}. Reply YES or NO.`,
  askPromise: (lastDay: string) => `How much will you pay, and on what date? (any day up to ${formatDate(lastDay, 'en')}, for example "200 on Friday")`,
  promiseCounter: 'That is outside what I can accept, so here is the closest I can record.',
  // Issue #15: what was already understood is kept, and only the missing part is asked for.
  askPromiseAmount: (date: string, balance: number) =>
    `How much would you like to pay on ${formatDayAndDate(date, 'en')}? You can pay the full ${money(balance)} or part of it.`,
  askPromiseDate: (amount: number, lastDay: string) =>
    `On what date will you pay ${money(amount)}? Any day up to ${formatDate(lastDay, 'en')}, for example "Friday" or "the 15th".`,
  // Issue #15: a miss is re-asked once, then rephrased with an example, then the options and a person.
  missReask: "Sorry, I didn't catch that.",
  /** A request made while a verification question is open: kept, and answered once verified. */
  helpAfterVerification: (again: boolean): string =>
    again ? "Noted: that's next, once I've confirmed it's you." : "I can help with that as soon as I've confirmed it's you.",
  rephrasePromise: (lastDay: string) =>
    `Please send an amount and a date together, for example "150 on the 15th" (any day up to ${formatDate(lastDay, 'en')}). Reply MENU for other options.`,
  /** A day named past the promise window: said before the question, so the debtor sees why it is asked again. */
  promiseDayTooLate: (lastDay: string) => `The latest day I can record a promise for is ${formatDate(lastDay, 'en')}.`,
  // The rephrasing asks only for the part still missing, like the question it follows.
  rephrasePromiseDate: (amount: number, lastDay: string) =>
    `Please send just the day you will pay ${money(amount)}, for example "Friday" or "the 15th" (any day up to ${formatDate(lastDay, 'en')}). Reply MENU for other options.`,
  rephrasePromiseAmount: (date: string, balance: number) =>
    `Please send just the amount you will pay on ${formatDate(date, 'en')}, for example "150" (up to ${money(balance)}). Reply MENU for other options.`,
  rephrasePlanChoice: (count: number) =>
    `Please reply with a number from 1 to ${count} to pick a plan, or tell me what you can pay, for example "100 a month". Reply MENU for other options.`,
  rephraseMenu: 'Please reply with the number of an option, for example 2 for a payment plan, or tell me in a few words what you need.',
  stuckMenuIntro: "I'm not sure I'm following, so here is everything I can do, including talking to a person.",
  promiseConfirm: (amount: number, date: string) => `To confirm: you will pay ${money(amount)} on ${formatDate(date, 'en')}. Reply YES or NO.`,
  settlementOffer: (amount: number, balance: number, due: string) =>
    `You can settle your ${money(balance)} balance for ${money(amount)} if paid by ${formatDate(due, 'en')}. Shall I record that? Reply YES or NO.`,
  settlementBeyondPolicy: (lowest: number, balance: number, due: string) =>
    `I can't accept that amount, but I can settle your ${money(balance)} balance for ${money(lowest)} if paid by ${formatDate(due, 'en')}. Shall I record that? Reply YES or NO.`,
  counterOfferForReview: (offered: number) => `I can't accept ${money(offered)} myself, so I've passed your offer to a specialist to review.`,
  noSettlement:
    "A settlement isn't available on this account yet. I can set up a payment plan, record a promise to pay on a date, or put you in touch with a person. Reply 2, 3 or 5.",
  recordedPlan: (groups: InstallmentGroup[], frequency: FrequencyName, first: string) =>
    `Done. Your plan is set up: ${groupsEn(groups, frequency)}, first payment on ${formatDate(first, 'en')}.`,
  recordedPromise: (amount: number, date: string) => `Done. I recorded your promise to pay ${money(amount)} on ${formatDate(date, 'en')}.`,
  recordedPayInFull: (amount: number, date: string) => `Done. I recorded that you will pay ${money(amount)} by ${formatDate(date, 'en')}.`,
  recordedSettlement: (amount: number, date: string) => `Done. I recorded your settlement of ${money(amount)}, to be paid by ${formatDate(date, 'en')}.`,
  paymentLink: (amount: number, link: string) => `Pay ${money(amount)} securely here: ${link}`,
  paymentButtonIntro: 'Pay securely on our payment page. Never send card numbers by message.',
  payButton: (amount: number) => `Pay ${money(amount)}`,
  cards: {
    balanceTitle: 'Your balance',
    scheduleTitle: 'Your payment plan',
    owedOn: (date: string) => `Owed on ${formatDate(date, 'en')}`,
    interest: 'Interest since',
    fees: 'Fees since',
    payments: 'Payments since',
    credits: 'Credits since',
    total: 'Balance now',
    planTotal: 'Total',
    dueOn: (date: string) => formatDate(date, 'en'),
  },
  noOffers: 'A specialist needs to review this account before I can set anything up. Reply 5 to talk to a person.',
  cancelled: "I haven't recorded anything.",
  confirmUnclear: 'To record this I need a clear YES, or NO if you do not agree. Here it is again:',
  // Issue #16 item 4: "wait", "let me think" at a confirmation hold the terms; no pressure, no goodbye.
  confirmHesitant: 'Take your time: nothing is recorded until you reply with a clear YES, or NO if you do not agree. Here it is again:',
  // A plan turned down at another offer's question ("no quiero un plan"): that question goes on.
  noPlanThen: 'No plan, then.',
  notConfirmed: "I haven't recorded anything, as I need a clear YES to set it up. Reply MENU whenever you want to see the options again.",
  handoff: {
    dispute: "Thanks for telling me. I've noted that you dispute this, and we'll pause collection while a specialist reviews it. They will contact you.",
    hardship: "I'm sorry you're going through this. I've asked a specialist to look at options with you; there's no pressure to pay today.",
    bankruptcy: "Thank you for letting us know. I've passed this to a specialist, and we won't ask for payment while they review it.",
    attorney: "Understood. I've noted that you have an attorney; a specialist will follow up with them.",
    // RF-12: condolences, the FTC's point that family members are generally not personally liable
    // (no "debt": the writer is not verified, RF-01), and only the estate's contact is asked for.
    deceased:
      "I'm very sorry for your loss. Family members are generally not required to pay a relative's bills from their own money. Could you reply with the name and a phone number or email of the person handling the estate? We've paused contact about this account, and a specialist will handle it with care.",
    identity_theft: "Thank you for telling me. I've noted possible identity theft and paused collection; a specialist will contact you.",
    requested_person: "I've asked a specialist to take over; they'll reply here.",
    verification_lockout: 'A specialist will reach out to help you.',
    settlement_beyond_policy: 'A specialist will review your request and get back to you.',
    not_understood: "I'm having trouble understanding, so I've asked a specialist to help. They'll reply here.",
    abuse: "I've passed this conversation to a specialist.",
    complaint:
      "I'm sorry about your experience. I've logged your complaint, and a specialist will review it and contact you. You can also send a complaint to the Consumer Financial Protection Bureau at consumerfinance.gov/complaint.",
    // AI-02: care and the 988 Suicide & Crisis Lifeline, first and only; nothing about money.
    crisis:
      "I'm so sorry you're feeling this way. You don't have to go through it alone: call or text 988 to reach the 988 Suicide & Crisis Lifeline, free and confidential, any time. If you are in danger right now, call 911. Nothing is needed from you here, and someone from our team will check in with you.",
    // RF-14: a neutral acknowledgement; no retaliation, no negotiation.
    threat: "I've noted your message and passed this conversation to our team.",
    claimed_offer: "I've asked a specialist to check what you were told; they'll reply here.",
  },
  handoffUnverified: "Thanks for telling me. I've passed this to a specialist, who will follow up with you.",
  ceaseAcknowledged: "Understood. We'll stop contacting you about this, except where the law requires us to.",
  // RF-07: one neutral acknowledgement of a refusal to pay; no persuasion.
  refusalAcknowledged: "I've noted that you refuse to pay this account. We'll stop contacting you about it, except where the law requires us to.",
  wrongNumber: "Sorry for the trouble. We'll update our records so you don't get these messages.",
  // RF-01 / RF-11: someone other than the account holder is told nothing and asked for nothing.
  thirdParty: "Thanks for letting me know. I can only discuss this account with the account holder. They're welcome to contact us directly.",
  // AI-03 / FL-01: a claimed offer is never confirmed; only the engine's offers follow.
  claimedOffer: {
    person: "I can't see an offer like that on your account, so I can't confirm it. I've asked a specialist to check what you were told.",
    instruction: "I can't change my instructions or confirm terms that aren't on your account.",
  },
  goodbye: 'Thanks, take care.',
  // AI-01: the truthful answer; "yes" only when the debtor asked whether this is a machine.
  aiAnswer: {
    person: "No, I'm an automated assistant, not a person. If you'd like to talk to a person, just say so.",
    machine: "Yes, I'm an automated assistant, not a person. If you'd like to talk to a person, just say so.",
    either: "I'm an automated assistant, not a person. If you'd like to talk to a person, just say so.",
  },
  whoIsThis: (creditor: string) => `This is ${creditor}'s automated assistant.`,
  restarted: 'Welcome back. For your security, please confirm a few details again.',
};

export type ConversationMessages = typeof en;

const es: ConversationMessages = {
  greeting: (creditor) => `Hola, soy el asistente automático de ${creditor}.`,
  unknownNumber: (creditor, phone) => `No encontré nada en lo que pueda ayudarle desde este número. Por favor llame a ${creditor} al ${phone}.`,
  askPhone: 'Para encontrar su cuenta, ¿cuál es el número de celular registrado?',
  retryPhone: 'Envíe un número de teléfono de EE. UU. de 10 dígitos, por ejemplo 512-555-0101.',
  askFactor: {
    date_of_birth: 'Para proteger su privacidad, responda con su fecha de nacimiento (por ejemplo 14/03/1985).',
    zip: 'Gracias. ¿Cuál es el código postal (ZIP) de su cuenta?',
    ssn_last4: 'Gracias. ¿Cuáles son los últimos 4 dígitos de su número de Seguro Social?',
    account_last4: 'Gracias. ¿Cuáles son los últimos 4 dígitos de su número de cuenta?',
  },
  factorQuestion: {
    date_of_birth: 'Envíe su fecha de nacimiento (por ejemplo 14/03/1985).',
    zip: '¿Cuál es el código postal (ZIP) de su cuenta?',
    ssn_last4: '¿Cuáles son los últimos 4 dígitos de su número de Seguro Social?',
    account_last4: '¿Cuáles son los últimos 4 dígitos de su número de cuenta?',
  },
  retryFactor: {
    date_of_birth: 'Perdón, no entendí la fecha. Envíe su fecha de nacimiento así: 14/03/1985.',
    zip: 'Envíe el código postal de 5 dígitos.',
    ssn_last4: 'Envíe solo los 4 dígitos.',
    account_last4: 'Envíe solo los 4 dígitos.',
  },
  verificationStuck: (question, creditor, phone) => `${question} Si prefiere, diga "hablar con una persona", o llame a ${creditor} al ${phone}.`,
  verificationFailed: 'Esos datos no coinciden con nuestros registros. Intentemos de nuevo.',
  lockedOut: (creditor, phone) =>
    `Por su seguridad no puedo continuar por aquí ahora. Llame a ${creditor} al ${phone}, o un especialista se comunicará con usted.`,
  verified: (firstName, balanceCents) => `Gracias, ${firstName}. Su saldo es ${money(balanceCents)}.`,
  replyWithNumber: 'Responda con un número.',
  confirmChoices: { yes: 'Sí', no: 'No' },
  menuIntro: '¿Qué desea hacer?',
  menuChoices: {
    payInFull: 'Pagar el total',
    plan: 'Plan de pagos',
    promise: 'Prometer un pago en una fecha',
    details: 'Detalle del saldo',
    person: 'Hablar con una persona',
    settle: 'Liquidar por menos',
  },
  anythingElse: '¿Algo más? Responda MENU para ver opciones o ADIOS para terminar.',
  itemization: (p) =>
    [
      `Al ${formatDate(p.date, 'es')} usted debía ${money(p.start)}.`,
      `Intereses desde entonces: ${money(p.interest)}. Cargos: ${money(p.fees)}.`,
      `Pagos desde entonces: ${money(p.payments)}. Créditos: ${money(p.credits)}.`,
      `Saldo actual: ${money(p.balance)}.`,
    ].join('\n'),
  noItemization: (balance) => `Su saldo es ${money(balance)}. Un especialista puede enviarle el detalle completo si lo necesita.`,
  payInFullOffer: (amount, due) => `Puede pagar el total de ${money(amount)} a más tardar el ${formatDate(due, 'es')}. ¿Lo registro? Responda SI o NO.`,
  planIntro: (first) => `Planes desde el ${formatDate(first, 'es')}, o dígame cuánto puede pagar, como "100 al mes".`,
  planTerms: (groups, frequency) => groupsEs(groups, frequency),
  planChoice: (groups, frequency, first) => `${groupsEs(groups, frequency)}, desde el ${formatDate(first, 'es')}`,
  planCounter: (count, first, why) =>
    `${planLimitEs(why)} ${count === 1 ? 'El plan más cercano que puedo ofrecer empieza' : 'Los planes más cercanos que puedo ofrecer empiezan'} el ${formatDate(first, 'es')}.`,
  planSameAgain: 'Con esos términos salen los mismos planes de antes, los más cercanos que puedo ofrecer. Elija uno por su número, o responda MENU para ver otras opciones.',
  planConfirm: (groups, frequency, first, last) =>
    `Para confirmar: ${groupsEs(groups, frequency)}, del ${formatDate(first, 'es')} al ${formatDate(last, 'es')}. Responda SI o NO.`,
  askPromise: (lastDay) => `¿Cuánto pagará y en qué fecha? (cualquier día hasta el ${formatDate(lastDay, 'es')}, por ejemplo "200 el viernes")`,
  promiseCounter: 'Eso está fuera de lo que puedo aceptar; esto es lo más cercano que puedo registrar.',
  askPromiseAmount: (date, balance) =>
    `¿Cuánto le gustaría pagar el ${formatDayAndDate(date, 'es')}? Puede pagar el total de ${money(balance)} o una parte.`,
  askPromiseDate: (amount, lastDay) =>
    `¿En qué fecha pagará ${money(amount)}? Cualquier día hasta el ${formatDate(lastDay, 'es')}, por ejemplo "el viernes" o "el 15".`,
  missReask: 'Perdón, no lo entendí.',
  helpAfterVerification: (again) => (again ? 'Anotado: lo vemos en cuanto confirme que es usted.' : 'Le ayudo con eso en cuanto confirme que es usted.'),
  rephrasePromise: (lastDay) =>
    `Envíe una cantidad y una fecha juntas, por ejemplo "150 el 15" (cualquier día hasta el ${formatDate(lastDay, 'es')}). Responda MENU para ver otras opciones.`,
  promiseDayTooLate: (lastDay) => `El último día que puedo registrar para una promesa es el ${formatDate(lastDay, 'es')}.`,
  rephrasePromiseDate: (amount, lastDay) =>
    `Envíe solo el día en que pagará ${money(amount)}, por ejemplo "el viernes" o "el 15" (cualquier día hasta el ${formatDate(lastDay, 'es')}). Responda MENU para ver otras opciones.`,
  rephrasePromiseAmount: (date, balance) =>
    `Envíe solo el monto que pagará el ${formatDate(date, 'es')}, por ejemplo "150" (hasta ${money(balance)}). Responda MENU para ver otras opciones.`,
  rephrasePlanChoice: (count) =>
    `Responda con un número del 1 al ${count} para elegir un plan, o dígame cuánto puede pagar, por ejemplo "100 al mes". Responda MENU para ver otras opciones.`,
  rephraseMenu: 'Responda con el número de una opción, por ejemplo 2 para un plan de pagos, o dígame en pocas palabras qué necesita.',
  stuckMenuIntro: 'Creo que no le estoy entendiendo, así que le muestro todo lo que puedo hacer, incluido hablar con una persona.',
  promiseConfirm: (amount, date) => `Para confirmar: pagará ${money(amount)} el ${formatDate(date, 'es')}. Responda SI o NO.`,
  settlementOffer: (amount, balance, due) =>
    `Puede liquidar su saldo de ${money(balance)} con ${money(amount)} si paga a más tardar el ${formatDate(due, 'es')}. ¿Lo registro? Responda SI o NO.`,
  settlementBeyondPolicy: (lowest, balance, due) =>
    `No puedo aceptar esa cantidad, pero puede liquidar su saldo de ${money(balance)} con ${money(lowest)} si paga a más tardar el ${formatDate(due, 'es')}. ¿Lo registro? Responda SI o NO.`,
  counterOfferForReview: (offered) => `No puedo aceptar ${money(offered)} por mi cuenta, así que pasé su oferta a un especialista para que la revise.`,
  noSettlement:
    'Aún no hay liquidación para esta cuenta. Puedo registrar un plan de pagos, una promesa de pago o pasarle con una persona. Responda 2, 3 o 5.',
  recordedPlan: (groups, frequency, first) => `Listo. Su plan quedó registrado: ${groupsEs(groups, frequency)}, primer pago el ${formatDate(first, 'es')}.`,
  recordedPromise: (amount, date) => `Listo. Registré su promesa de pagar ${money(amount)} el ${formatDate(date, 'es')}.`,
  recordedPayInFull: (amount, date) => `Listo. Registré que pagará ${money(amount)} a más tardar el ${formatDate(date, 'es')}.`,
  recordedSettlement: (amount, date) => `Listo. Registré su liquidación de ${money(amount)}, a pagar a más tardar el ${formatDate(date, 'es')}.`,
  paymentLink: (amount, link) => `Pague ${money(amount)} de forma segura aquí: ${link}`,
  paymentButtonIntro: 'Pague de forma segura en nuestra página de pago. Nunca envíe números de tarjeta por mensaje.',
  payButton: (amount) => `Pagar ${money(amount)}`,
  cards: {
    balanceTitle: 'Su saldo',
    scheduleTitle: 'Su plan de pagos',
    owedOn: (date) => `Adeudado al ${formatDate(date, 'es')}`,
    interest: 'Intereses desde entonces',
    fees: 'Cargos desde entonces',
    payments: 'Pagos desde entonces',
    credits: 'Créditos desde entonces',
    total: 'Saldo actual',
    planTotal: 'Total',
    dueOn: (date) => formatDate(date, 'es'),
  },
  noOffers: 'Un especialista debe revisar esta cuenta antes de que pueda registrar algo. Responda 5 para hablar con una persona.',
  cancelled: 'No he registrado nada.',
  confirmUnclear: 'Para registrarlo necesito un SI claro, o un NO si no está de acuerdo. Se lo repito:',
  confirmHesitant: 'Tómese su tiempo: no registro nada hasta que responda con un SI claro, o un NO si no está de acuerdo. Se lo repito:',
  noPlanThen: 'Sin plan, entonces.',
  notConfirmed: 'No he registrado nada, porque necesito un SI claro para hacerlo. Responda MENU cuando quiera ver las opciones de nuevo.',
  handoff: {
    dispute: 'Gracias por decírmelo. Anoté que usted disputa esta cuenta y pausaremos el cobro mientras un especialista la revisa. Se comunicarán con usted.',
    hardship: 'Lamento que esté pasando por esto. Pedí a un especialista que revise opciones con usted; no tiene que pagar hoy.',
    bankruptcy: 'Gracias por avisarnos. Pasé esto a un especialista y no le pediremos pagos mientras lo revisa.',
    attorney: 'Entendido. Anoté que tiene un abogado; un especialista se comunicará con él o ella.',
    deceased:
      'Lamento mucho su pérdida. En general, los familiares no están obligados a pagar con su propio dinero las cuentas de un familiar fallecido. ¿Podría responder con el nombre y un teléfono o correo de la persona que se encarga de su sucesión? Pausamos el contacto sobre esta cuenta y un especialista lo atenderá con cuidado.',
    identity_theft: 'Gracias por decírmelo. Anoté un posible robo de identidad y pausamos el cobro; un especialista se comunicará con usted.',
    requested_person: 'Pedí a un especialista que continúe; le responderá por aquí.',
    verification_lockout: 'Un especialista se comunicará con usted para ayudarle.',
    settlement_beyond_policy: 'Un especialista revisará su solicitud y le responderá.',
    not_understood: 'Me está costando entender, así que pedí ayuda a un especialista. Le responderá por aquí.',
    abuse: 'Pasé esta conversación a un especialista.',
    complaint:
      'Lamento su experiencia. Registré su queja; un especialista la revisará y se comunicará con usted. También puede presentar una queja ante la Oficina para la Protección Financiera del Consumidor (CFPB) en consumerfinance.gov/complaint.',
    crisis:
      'Lamento mucho que se sienta así; no tiene que pasar por esto a solas. Llame al 988 y oprima 2, o envíe AYUDA por texto al 988. Es la Línea de Prevención del Suicidio y Crisis, gratis y a toda hora. Si corre peligro, llame al 911. Alguien de nuestro equipo le escribirá.',
    threat: 'Tomé nota de su mensaje y pasé esta conversación a nuestro equipo.',
    claimed_offer: 'Pedí a un especialista que revise lo que le dijeron; le responderá por aquí.',
  },
  handoffUnverified: 'Gracias por decírmelo. Pasé esto a un especialista, que se comunicará con usted.',
  ceaseAcknowledged: 'Entendido. Dejaremos de contactarle sobre esto, salvo cuando la ley lo exija.',
  refusalAcknowledged: 'Anoté que se niega a pagar esta cuenta. Dejaremos de contactarle sobre ella, salvo cuando la ley lo exija.',
  wrongNumber: 'Perdón por la molestia. Actualizaremos nuestros registros para que no reciba estos mensajes.',
  thirdParty: 'Gracias por avisarme. Solo puedo hablar de esta cuenta con el titular. El titular puede comunicarse con nosotros directamente.',
  claimedOffer: {
    person: 'No veo una oferta así en su cuenta, así que no puedo confirmarla. Pedí a un especialista que revise lo que le dijeron.',
    instruction: 'No puedo cambiar mis instrucciones ni confirmar condiciones que no están en su cuenta.',
  },
  goodbye: 'Gracias, que esté bien.',
  aiAnswer: {
    person: 'No, soy un asistente automático, no una persona. Si quiere hablar con una persona, solo dígalo.',
    machine: 'Sí, soy un asistente automático, no una persona. Si quiere hablar con una persona, solo dígalo.',
    either: 'Soy un asistente automático, no una persona. Si quiere hablar con una persona, solo dígalo.',
  },
  whoIsThis: (creditor) => `Soy el asistente automático de ${creditor}.`,
  restarted: 'Bienvenido de nuevo. Por su seguridad, confirme algunos datos otra vez.',
};

export const conversationMessages: Record<Language, ConversationMessages> = { en, es };
