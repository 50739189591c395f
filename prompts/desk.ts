import type { Language } from '../src/domain/account';
import type { SpecialistOfferTerms } from '../src/domain/offers';
import { conversationMessages } from './conversation';
import { formatDate, money } from './format';

/**
 * What a specialist sends from the console with one click, approved wording in the debtor's
 * language (README "Replies in the debtor's language"). Amounts and dates arrive from the engine
 * (cents, YYYY-MM-DD); the specialist never types them. Greeting, closing and the dispute notes
 * name no amount and no debt, so they may go before verification (RF-01); none asks for payment
 * as a condition of a dispute, nor for income documents (RF-18).
 */
export const deskTemplateIds = ['greeting', 'dispute_received', 'information_request', 'validation_sent', 'hardship_options', 'closing'] as const;
export type DeskTemplateId = (typeof deskTemplateIds)[number];

export interface DeskMessages {
  /** The label the console shows for each template (in the specialist's English). */
  templates: {
    greeting: (p: { specialist: string; firstName: string | null; creditor: string }) => string;
    dispute_received: (p: { respondBy: string }) => string;
    information_request: (p: { supportPhone: string }) => string;
    validation_sent: () => string;
    /** The engine's options, each already described by `offer`. */
    hardship_options: (p: { options: string[] }) => string;
    closing: (p: { specialist: string }) => string;
  };
  /** One offer in words: "$103.38 a month for 12 months (the last 6 are $103.37), starting ...". */
  offer: (terms: SpecialistOfferTerms) => string;
  /** The proposal the debtor confirms: the words ask for YES or NO over SMS, point at the buttons in web chat. */
  proposal: (specialist: string, terms: SpecialistOfferTerms, buttons: boolean) => string;
  proposalButtons: { yes: string; no: string };
  declined: (specialist: string) => string;
}

export const deskTemplateLabels: Record<DeskTemplateId, string> = {
  greeting: 'Greeting',
  dispute_received: 'Dispute received',
  information_request: 'Information requested',
  validation_sent: 'Validation sent',
  hardship_options: 'Hardship options',
  closing: 'Closing',
};

const en: DeskMessages = {
  templates: {
    greeting: ({ specialist, firstName, creditor }) =>
      `Hi${firstName ? ` ${firstName}` : ''}, I'm ${specialist} from ${creditor}. I've read our conversation so far and I'm here to help.`,
    dispute_received: ({ respondBy }) =>
      `We have received your dispute. Collection is paused while we review it, and we will answer you by ${formatDate(respondBy, 'en')}.`,
    information_request: ({ supportPhone }) =>
      `If you have anything that shows what you believe is right, like a receipt, a statement or a letter, you can send a photo or a description here or call ${supportPhone}. This is optional: your dispute stands either way.`,
    validation_sent: () => 'We have sent you the verification you asked for. Collection stays paused until your dispute is resolved.',
    hardship_options: ({ options }) =>
      `I understand things are hard right now. Options that may help: ${options.join('; or ')}. There is no pressure to decide today.`,
    closing: ({ specialist }) => `Thank you for your time today. This is ${specialist} signing off; if anything else comes up, reply here any time.`,
  },
  offer: (terms) => {
    if (terms.kind === 'plan') return `${conversationMessages.en.planChoice(terms.runs, terms.frequency, terms.firstDueDate)}, last payment ${formatDate(terms.lastDueDate, 'en')}`;
    if (terms.kind === 'settlement') return `settling your ${money(terms.originalBalanceCents)} balance for ${money(terms.totalCents)}, paid by ${formatDate(terms.dueDate, 'en')}`;
    return `one payment of ${money(terms.totalCents)} by ${formatDate(terms.dueDate, 'en')}`;
  },
  proposal: (specialist, terms, buttons) =>
    `${specialist} can offer you ${en.offer(terms)}. ${buttons ? 'Choose Yes to accept or No to decline.' : 'Reply YES to accept or NO to decline.'}`,
  proposalButtons: { yes: 'Yes', no: 'No' },
  declined: (specialist) => `OK, nothing was recorded. ${specialist} is still here to help.`,
};

const es: DeskMessages = {
  templates: {
    greeting: ({ specialist, firstName, creditor }) =>
      `Hola${firstName ? ` ${firstName}` : ''}, soy ${specialist} de ${creditor}. Leí nuestra conversación y estoy aquí para ayudarle.`,
    dispute_received: ({ respondBy }) =>
      `Recibimos su disputa. El cobro queda en pausa mientras la revisamos, y le responderemos a más tardar el ${formatDate(respondBy, 'es')}.`,
    information_request: ({ supportPhone }) =>
      `Si tiene algo que muestre lo que usted considera correcto, como un recibo, un estado de cuenta o una carta, puede enviar una foto o una descripción por aquí o llamar al ${supportPhone}. Es opcional: su disputa sigue en pie de todos modos.`,
    validation_sent: () => 'Le enviamos la verificación que pidió. El cobro sigue en pausa hasta que se resuelva su disputa.',
    hardship_options: ({ options }) =>
      `Entiendo que las cosas están difíciles ahora. Opciones que pueden ayudar: ${options.join('; o ')}. No tiene que decidir hoy.`,
    closing: ({ specialist }) => `Gracias por su tiempo hoy. Se despide ${specialist}; si necesita algo más, responda por aquí cuando quiera.`,
  },
  offer: (terms) => {
    if (terms.kind === 'plan') return `${conversationMessages.es.planChoice(terms.runs, terms.frequency, terms.firstDueDate)}, último pago el ${formatDate(terms.lastDueDate, 'es')}`;
    if (terms.kind === 'settlement') return `liquidar su saldo de ${money(terms.originalBalanceCents)} con ${money(terms.totalCents)}, pagado a más tardar el ${formatDate(terms.dueDate, 'es')}`;
    return `un pago de ${money(terms.totalCents)} a más tardar el ${formatDate(terms.dueDate, 'es')}`;
  },
  proposal: (specialist, terms, buttons) =>
    `${specialist} le puede ofrecer: ${es.offer(terms)}. ${buttons ? 'Elija Sí para aceptar o No para rechazar.' : 'Responda SI para aceptar o NO para rechazar.'}`,
  proposalButtons: { yes: 'Sí', no: 'No' },
  declined: (specialist) => `De acuerdo, no se registró nada. ${specialist} sigue aquí para ayudarle.`,
};

export const deskMessages: Record<Language, DeskMessages> = { en, es };
