import type { Language } from '../src/domain/account';
import type { Frequency } from '../src/domain/policy';
import { formatDate, money } from './format';

/**
 * Approved answers to the questions debtors ask most (issue #19 item 10), per language, for
 * compliance staff to review. Every amount (cents) and date (YYYY-MM-DD) arrives from the policy,
 * the account or the offer engine; none is typed here. Nothing here names a lawsuit, a court or a
 * score promise (RF-15): on a time-barred account the gate adds the prescribed notice itself
 * (RF-19, ST-04, ST-05). Before verification only the general answers, which reveal no account
 * (RF-01).
 */
export interface HardshipTerms {
  maxMonths: number;
  frequencies: Frequency[];
  minInstallmentCents: number;
  promiseMinCents: number;
  promiseMaxDaysAhead: number;
  /** The engine's settlement for this account today, when the policy offers one. */
  settlement: { amountCents: number; dueDate: string } | null;
}

export interface AnswerMessages {
  fees: {
    // RF-21: no pay-to-pay fee is charged, and only fees actually on the account are stated.
    itemized: (p: { date: string; fees: number; interest: number }) => string;
    general: string;
  };
  // RF-15 / FL-01 (CFPB Bulletin 2013-08): no promise about credit scores.
  creditReporting: (creditor: string) => string;
  consequence: {
    // RF-15 / AI-04: truthful for a first-party creditor, never a threat, no legal advice.
    verified: (creditor: string) => string;
    paused: string;
  };
  timeBarred: {
    // RF-19: the gate appends the prescribed notice; payment's effect on the period goes to a person.
    barred: string;
    notBarred: string;
  };
  validation: {
    // RF-17 / RF-18: the end date from the notice, and disputing never discouraged.
    endsOn: (date: string, ended: boolean, phone: string) => string;
    noDate: (phone: string) => string;
    general: (phone: string) => string;
  };
  // RF-17 / RF-18 (1006.38(c)).
  originalCreditor: (creditor: string) => string;
  // RF-17 (1006.34(d)(3)(vi)) / FL-04.
  spanishNotice: (creditor: string, phone: string) => string;
  hardship: {
    // FL-02: the policy's options, no pressure, no suggestion to borrow; a person on request.
    options: (terms: HardshipTerms) => string;
    general: string;
    paused: string;
  };
  /** Before verification, for anything about a specific account (RF-01). */
  verifyFirst: string;
}

const frequencyEn: Record<Frequency, string> = { weekly: 'weekly', biweekly: 'every two weeks', monthly: 'monthly' };
const frequencyEs: Record<Frequency, string> = { weekly: 'semanales', biweekly: 'quincenales', monthly: 'mensuales' };

const listEn = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);
const listEs = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} o ${items.at(-1)}`);

const en: AnswerMessages = {
  fees: {
    itemized: ({ date, fees, interest }) =>
      `There is no fee to pay online or by card. Since ${formatDate(date, 'en')}, fees of ${money(fees)} and interest of ${money(interest)} were added to your account. Ask for "balance details" for the full breakdown.`,
    general: 'There is no fee to pay online or by card. A specialist can go over any other charges with you: just ask to talk to a person.',
  },
  creditReporting: (creditor) =>
    `I can't tell you how this affects your credit score, and no one can promise that paying will change it. Anything ${creditor} reports to credit bureaus must be accurate, and a disputed account is reported as disputed. A specialist can tell you what is reported: just ask to talk to a person.`,
  consequence: {
    verified: (creditor) =>
      `Nothing changes today because of this conversation. An unpaid balance stays on your account with ${creditor}, and we will keep in touch only within the limits the law and your preferences set. I can't give legal advice. If paying is hard right now, there are options such as a payment plan, or you can ask to talk to a person.`,
    paused: "I can't give legal advice. A specialist is reviewing your account and will explain where things stand; you can also ask to talk to a person.",
  },
  timeBarred: {
    barred:
      "Because of its age, your account is past the time limit the law sets. Whether a payment would restart or extend that time limit depends on your state's law, and I can't give legal advice: a specialist can answer that, just ask to talk to a person.",
    notBarred: "I can't give legal advice about time limits. A specialist can check the age of your account and answer your questions about it: just ask to talk to a person.",
  },
  validation: {
    endsOn: (date, ended, phone) =>
      `Your validation period ${ended ? 'ended' : 'ends'} on ${formatDate(date, 'en')}. ${disputeHowEn(phone)}`,
    noDate: (phone) => `The end of your validation period is on your validation notice; a specialist can send it again if you ask to talk to a person. ${disputeHowEn(phone)}`,
    // Before verification: how to dispute, with no word that reveals a debt (RF-01).
    general: (phone) => `You can dispute at any time, free of charge: just tell me here or call ${phone}. To give you the dates for a specific account, I first need to confirm who you are.`,
  },
  originalCreditor: (creditor) => `The original creditor on your account is ${creditor}.`,
  spanishNotice: (creditor, phone) =>
    `You can have a copy of your notice in Spanish: call ${creditor} at ${phone}, or ask to talk to a person and a specialist will arrange it. We can also continue here in Spanish: just write in Spanish.`,
  hardship: {
    options: (t) =>
      [
        'If money is tight, here is what the policy allows on your account:',
        `a payment plan of up to ${t.maxMonths} months with ${listEn(t.frequencies.map((f) => frequencyEn[f]))} payments from ${money(t.minInstallmentCents)};`,
        `a promise to pay from ${money(t.promiseMinCents)} on a date up to ${t.promiseMaxDaysAhead} days from today;`,
        ...(t.settlement ? [`settling for ${money(t.settlement.amountCents)} if paid by ${formatDate(t.settlement.dueDate, 'en')};`] : []),
        "or a specialist can review your situation. There's no pressure to pay today.",
      ].join(' '),
    general: "There are options when money is tight, such as a payment plan or paying on a later date, and a specialist can review your situation. There's no pressure to pay today.",
    paused: "A specialist will go over the options with you. There's no pressure to pay today.",
  },
  verifyFirst: "I can't give legal advice, and I can discuss a specific account only with the account holder. Once you've confirmed who you are, I can answer that, or you can ask to talk to a person.",
};

function disputeHowEn(phone: string): string {
  return `To dispute all or part of it, or to ask for the original creditor's name and address, just tell me here (for example "I dispute this") or call ${phone}. Disputing is free, and we pause collection on what you dispute while we check it.`;
}

const es: AnswerMessages = {
  fees: {
    itemized: ({ date, fees, interest }) =>
      `No se cobra ningún cargo por pagar en línea o con tarjeta. Desde el ${formatDate(date, 'es')} se agregaron a su cuenta ${money(fees)} en cargos y ${money(interest)} en intereses. Pida "detalles del saldo" para ver el desglose completo.`,
    general: 'No se cobra ningún cargo por pagar en línea o con tarjeta. Un especialista puede revisar otros cargos con usted: solo pida hablar con una persona.',
  },
  creditReporting: (creditor) =>
    `No puedo decirle cómo afecta esto a su puntaje de crédito, y nadie puede prometerle que pagar lo cambie. Todo lo que ${creditor} informe a las agencias de crédito tiene que ser exacto, y una cuenta en disputa se informa como disputada. Un especialista puede decirle qué se informa: solo pida hablar con una persona.`,
  consequence: {
    verified: (creditor) =>
      `Nada cambia hoy por esta conversación. Un saldo sin pagar sigue en su cuenta con ${creditor}, y nos comunicaremos solo dentro de los límites que fijan la ley y sus preferencias. No puedo dar asesoría legal. Si ahora le cuesta pagar, hay opciones como un plan de pagos, o puede pedir hablar con una persona.`,
    paused: 'No puedo dar asesoría legal. Un especialista está revisando su cuenta y le explicará en qué situación está; también puede pedir hablar con una persona.',
  },
  timeBarred: {
    barred:
      'Por su antigüedad, su cuenta ya pasó el plazo que fija la ley. Si un pago reiniciaría o extendería ese plazo depende de la ley de su estado, y no puedo dar asesoría legal: un especialista puede responderle, solo pida hablar con una persona.',
    notBarred: 'No puedo dar asesoría legal sobre plazos. Un especialista puede revisar la antigüedad de su cuenta y responder sus preguntas: solo pida hablar con una persona.',
  },
  validation: {
    endsOn: (date, ended, phone) => `Su período de validación ${ended ? 'terminó' : 'termina'} el ${formatDate(date, 'es')}. ${disputeHowEs(phone)}`,
    noDate: (phone) => `La fecha en que termina su período de validación está en su aviso de validación; un especialista puede enviárselo de nuevo si pide hablar con una persona. ${disputeHowEs(phone)}`,
    general: (phone) => `Puede disputar en cualquier momento y sin costo: dígamelo aquí o llame al ${phone}. Para darle las fechas de una cuenta, primero necesito confirmar quién es usted.`,
  },
  originalCreditor: (creditor) => `El acreedor original de su cuenta es ${creditor}.`,
  spanishNotice: (creditor, phone) =>
    `Puede recibir una copia de su aviso en español: llame a ${creditor} al ${phone}, o pida hablar con una persona y un especialista se encargará. También podemos seguir aquí en español.`,
  hardship: {
    options: (t) =>
      [
        'Si el dinero no alcanza, esto es lo que la política permite en su cuenta:',
        `un plan de pagos de hasta ${t.maxMonths} meses con pagos ${listEs(t.frequencies.map((f) => frequencyEs[f]))} desde ${money(t.minInstallmentCents)};`,
        `una promesa de pago desde ${money(t.promiseMinCents)} en una fecha de hasta ${t.promiseMaxDaysAhead} días a partir de hoy;`,
        ...(t.settlement ? [`liquidar por ${money(t.settlement.amountCents)} si paga a más tardar el ${formatDate(t.settlement.dueDate, 'es')};`] : []),
        'o un especialista puede revisar su situación. No tiene que pagar hoy.',
      ].join(' '),
    general: 'Hay opciones cuando el dinero no alcanza, como un plan de pagos o pagar en una fecha posterior, y un especialista puede revisar su situación. No tiene que pagar hoy.',
    paused: 'Un especialista revisará las opciones con usted. No tiene que pagar hoy.',
  },
  verifyFirst: 'No puedo dar asesoría legal, y solo puedo hablar de una cuenta con su titular. Cuando confirme quién es usted, podré responderle, o puede pedir hablar con una persona.',
};

function disputeHowEs(phone: string): string {
  return `Para disputar todo o una parte, o para pedir el nombre y la dirección del acreedor original, dígamelo aquí (por ejemplo "disputo esta cuenta") o llame al ${phone}. Disputar no tiene costo, y pausamos el cobro de lo que dispute mientras lo revisamos.`;
}

export const answerMessages: Record<Language, AnswerMessages> = { en, es };
