import type { Language } from '../src/domain/account';

/**
 * The first message of a campaign: the assistant texts first, to a number with SMS consent, before
 * anyone is verified. RF-01: it names the sender and invites a reply, and says nothing about a
 * debt, an amount, a balance or a payment (the gate's content lint blocks those words anyway).
 * The outbound gate appends the opt-out notice (RF-04, TC-03); it is not written here.
 * Version the wording: campaigns record which version they sent.
 */
export const CAMPAIGN_MESSAGE_VERSION = 'campaign.first-message.v1';

export const campaignMessages: Record<Language, { firstMessage(creditor: string): string }> = {
  en: {
    firstMessage: (creditor) =>
      `Hello, this is ${creditor}. We would like to get in touch with you. Please reply to this text when you have a moment; we will first make sure we are talking with the right person.`,
  },
  es: {
    firstMessage: (creditor) =>
      `Hola, le escribe ${creditor}. Queremos ponernos en contacto con usted. Responda a este mensaje cuando tenga un momento; primero confirmaremos que hablamos con la persona correcta.`,
  },
};
