import type { Language } from '../src/domain/account';
import { formatDate, money } from './format';

/**
 * Messages the assistant sends first, after a debtor made an arrangement (RULES.md PTP rules:
 * restate the record, no threats, no false urgency when a promise is missed). The outbound gate
 * adds the opt-out notice and any disclosure; amounts and dates come from the arrangement.
 */
export interface OutreachMessages {
  reminder(creditor: string, amountCents: number, dueDate: string, link: string): string;
  missedPayment(creditor: string, amountCents: number, dueDate: string, link: string): string;
  planCompleted(creditor: string, totalCents: number): string;
}

export const outreachMessages: Record<Language, OutreachMessages> = {
  en: {
    reminder: (creditor, amount, dueDate, link) =>
      `${creditor}: a reminder that your payment of ${money(amount)} is due on ${formatDate(dueDate, 'en')}. You can pay securely here: ${link}`,
    missedPayment: (creditor, amount, dueDate, link) =>
      `${creditor}: we have not received your payment of ${money(amount)} that was due on ${formatDate(dueDate, 'en')}. If you can still make it, you can pay here: ${link} Or reply to choose another date, or to talk to a person.`,
    planCompleted: (creditor, total) => `${creditor}: thank you. Your payment plan is complete: we received all ${money(total)}.`,
  },
  es: {
    reminder: (creditor, amount, dueDate, link) =>
      `${creditor}: le recordamos que su pago de ${money(amount)} vence el ${formatDate(dueDate, 'es')}. Puede pagar de forma segura aquí: ${link}`,
    missedPayment: (creditor, amount, dueDate, link) =>
      `${creditor}: no hemos recibido su pago de ${money(amount)} que vencía el ${formatDate(dueDate, 'es')}. Si todavía puede hacerlo, puede pagar aquí: ${link} O responda para elegir otra fecha o hablar con una persona.`,
    planCompleted: (creditor, total) => `${creditor}: gracias. Su plan de pagos está completo: recibimos los ${money(total)}.`,
  },
};
