import type { Language } from '../src/domain/account';
import type { ArrangementKind } from '../src/domain/arrangement';
import { formatDate, money } from './format';

/** One arrangement as the adjustment left it; every amount and date comes from the ledger. */
export interface CorrectedArrangementNotice {
  kind: ArrangementKind;
  /** False: nothing is left to pay under it. */
  stillActive: boolean;
  /** What is still to be paid under it, and when, earliest first. */
  remaining: Array<{ amountCents: number; dueDate: string }>;
}

/**
 * Sent first by the assistant when an adjustment (a waiver, credit, correction or refund) lowered
 * the balance below what an arrangement would have collected: the record is restated with the new
 * amounts (PTP rules: restate the record; no threats, no urgency). The outbound gate adds the
 * opt-out notice and any disclosure.
 */
export interface AdjustmentMessages {
  arrangementsCorrected(creditor: string, balanceCents: number, arrangements: CorrectedArrangementNotice[]): string;
}

const payments = (remaining: CorrectedArrangementNotice['remaining'], language: Language, on: string) =>
  remaining.map(({ amountCents, dueDate }) => `${money(amountCents)} ${on} ${formatDate(dueDate, language)}`).join('; ');

const namesEn: Record<ArrangementKind, string> = { plan: 'payment plan', promise: 'promised payment', settlement: 'settlement', pay_in_full: 'payment' };
const namesEs: Record<ArrangementKind, string> = { plan: 'plan de pagos', promise: 'pago prometido', settlement: 'acuerdo de liquidación', pay_in_full: 'pago' };

export const adjustmentMessages: Record<Language, AdjustmentMessages> = {
  en: {
    arrangementsCorrected: (creditor, balance, arrangements) =>
      [
        `${creditor}: we have adjusted your account, and your balance is now ${money(balance)}.`,
        ...arrangements.map((a) =>
          a.stillActive
            ? `We changed your ${namesEn[a.kind]} so it does not collect more than that: ${payments(a.remaining, 'en', 'on')}.`
            : `Nothing more is due under your ${namesEn[a.kind]}.`,
        ),
        'Reply if you have a question, or to talk to a person.',
      ].join(' '),
  },
  es: {
    arrangementsCorrected: (creditor, balance, arrangements) =>
      [
        `${creditor}: ajustamos su cuenta y su saldo ahora es de ${money(balance)}.`,
        ...arrangements.map((a) =>
          a.stillActive
            ? `Cambiamos su ${namesEs[a.kind]} para que no cobre más que eso: ${payments(a.remaining, 'es', 'el')}.`
            : `Ya no se debe nada más según su ${namesEs[a.kind]}.`,
        ),
        'Responda si tiene alguna pregunta o para hablar con una persona.',
      ].join(' '),
  },
};
