import type { Language } from '../src/domain/account';

/**
 * What the debtor is told when a specialist joins or leaves their conversation (issue 4, item 3).
 * The specialist's name is their console login; nothing here mentions a debt (RF-01), so the
 * notices may go before verification. "Automated assistant" on leaving doubles as the AI
 * disclosure for whatever the assistant says next (AI-01).
 */
export interface HandoffMessages {
  joined: (specialist: string) => string;
  /** Leaving and handing back: the assistant picks up again. */
  leftToAssistant: (specialist: string) => string;
  /** Leaving without hand-back: the assistant stays out until the debtor writes again. */
  left: (specialist: string) => string;
  /** Nobody could take the conversation within the promised time: when they will (issue 4, item 4). */
  delayed: (contactBy: string) => string;
  /** While the case waits for a person, to the debtor's next messages (issue #15 item 4): never silence. */
  waiting: (contactBy: string) => string;
}

const en: HandoffMessages = {
  joined: (specialist) => `${specialist}, a specialist, has joined this conversation.`,
  leftToAssistant: (specialist) => `${specialist} has left the conversation. You're back with the automated assistant; reply MENU to see options.`,
  left: (specialist) => `${specialist} has left the conversation. Thank you for your patience.`,
  delayed: (contactBy) => `We're sorry for the wait: no specialist has been free yet. Someone will reply here by ${contactBy}.`,
  waiting: (contactBy) => `Thanks, I've passed this on. A specialist will reply here by ${contactBy}.`,
};

const es: HandoffMessages = {
  joined: (specialist) => `${specialist}, un especialista, se unió a esta conversación.`,
  leftToAssistant: (specialist) => `${specialist} salió de la conversación. Sigue con el asistente automático; responda MENU para ver opciones.`,
  left: (specialist) => `${specialist} salió de la conversación. Gracias por su paciencia.`,
  delayed: (contactBy) => `Disculpe la espera: todavía no hay un especialista disponible. Alguien le responderá aquí ${contactBy}.`,
  waiting: (contactBy) => `Gracias, ya lo pasé. Un especialista le responderá aquí ${contactBy}.`,
};

export const handoffMessages: Record<Language, HandoffMessages> = { en, es };
