import type { Language } from '../src/domain/account';
import { readablePhone } from './format';

/**
 * Every compliance sentence the assistant may send, per language, for counsel to review.
 * Rule IDs refer to ../shared/compliance/RULES.md. The outbound gate adds the notices and
 * disclosures; the conversation sends the keyword answers. Kept short: each costs SMS segments.
 * None of them may say anything about a debt except the debt-collector disclosure, which the gate
 * adds only after the debtor is verified (RF-01, RF-09).
 */
export interface ComplianceMessages {
  /** RF-04 / TC-03: ends every SMS. The gate recognises it at the end and never doubles it. */
  optOutNotice: string;
  /** TC-02 / RF-06: the single confirmation after an opt-out; no account or marketing content. */
  optOutConfirmation: (creditor: string) => string;
  /** TC-03 / TC-04: after START; names the brand and purpose, and ends with the opt-out notice. */
  optInConfirmation: (creditor: string) => string;
  /** TC-03: HELP/INFO from any number, so it says nothing about an account (RF-01). */
  help: (creditor: string, supportPhone: string) => string;
  /** AI-01 / ST-08: first message of a session unless it already says it is automated. */
  aiDisclosure: (creditor: string) => string;
  /** RF-09: third-party mode, after verification; satisfies both 1006.18(e)(1) and (e)(2). */
  debtCollectorDisclosure: string;
  /** PAY-01: the reply when card or bank numbers arrive by message; echoes no digits. */
  cardNumberWarning: string;
  /** RF-02: the one reply to a message received at an inconvenient hour; no payment push. */
  lateNightReply: (resumeTime: string) => string;
  /** After the late-hour notice, to anything but agreement to go on: short, and when the assistant picks up. */
  lateNightWait: (resumeTime: string) => string;
  /**
   * RF-19 / ST-04 / ST-05: closes every message about a time-barred debt, after verification.
   * The opening of the Cal. Civ. Code 1788.14(d) notice; counsel to confirm it and to add the
   * credit-reporting sentence and the NY/NYC/TX variants, which need facts the account lacks.
   */
  timeBarredNotice: string;
}

const en: ComplianceMessages = {
  optOutNotice: 'Reply STOP to opt out.',
  optOutConfirmation: (creditor) =>
    `You're unsubscribed from ${creditor} texts and won't get more messages. Reply START to resubscribe.`,
  optInConfirmation: (creditor) =>
    `You're subscribed to ${creditor} account messages. Msg & data rates may apply. Reply HELP for help. Reply STOP to opt out.`,
  help: (creditor, supportPhone) =>
    `${creditor} account messages. For help call ${readablePhone(supportPhone)}. Msg & data rates may apply. Reply STOP to opt out.`,
  aiDisclosure: (creditor) => `I'm ${creditor}'s automated assistant.`,
  debtCollectorDisclosure:
    'This is a communication from a debt collector. This is an attempt to collect a debt, and any information obtained will be used for that purpose.',
  cardNumberWarning:
    "For your security, please don't send card or bank numbers by text or chat. I've removed them. Please use the secure payment link instead.",
  lateNightReply: (resumeTime) =>
    `It's late where you are, so I'll keep this short. Reply now if you'd like to continue, or I can pick this up after ${resumeTime}.`,
  lateNightWait: (resumeTime) => `I'll pick this up after ${resumeTime} your time. If you'd rather go on now, just say so.`,
  timeBarredNotice: 'The law limits how long you can be sued on a debt. Because of the age of your debt, we will not sue you for it.',
};

const es: ComplianceMessages = {
  optOutNotice: 'Responda STOP para cancelar.',
  optOutConfirmation: (creditor) =>
    `Canceló los mensajes de texto de ${creditor} y no recibirá más. Responda START para volver a suscribirse.`,
  optInConfirmation: (creditor) =>
    `Está suscrito a los mensajes de cuenta de ${creditor}. Pueden aplicarse tarifas de mensajes y datos. Responda HELP para ayuda. Responda STOP para cancelar.`,
  help: (creditor, supportPhone) =>
    `Mensajes de cuenta de ${creditor}. Para ayuda llame al ${readablePhone(supportPhone)}. Pueden aplicarse tarifas de mensajes y datos. Responda STOP para cancelar.`,
  aiDisclosure: (creditor) => `Soy el asistente automático de ${creditor}.`,
  debtCollectorDisclosure:
    'Esta es una comunicación de un cobrador de deudas. Es un intento de cobrar una deuda y cualquier información obtenida se usará con ese fin.',
  cardNumberWarning:
    'Por su seguridad, no envíe números de tarjeta ni de cuenta bancaria por mensaje. Los eliminé. Use el enlace de pago seguro.',
  lateNightReply: (resumeTime) =>
    `Es tarde donde usted está, así que seré breve. Responda ahora si quiere continuar, o puedo seguir después de las ${resumeTime}.`,
  lateNightWait: (resumeTime) => `Seguiré después de las ${resumeTime}, su hora. Si prefiere continuar ahora, solo dígamelo.`,
  timeBarredNotice: 'La ley limita el tiempo durante el cual se le puede demandar por una deuda. Debido a la antigüedad de su deuda, no lo demandaremos por ella.',
};

export const complianceMessages: Record<Language, ComplianceMessages> = { en, es };
