import type { Language } from '../src/domain/account';

/**
 * One definition of every "Reply ..." instruction (issue #15 item 5). The catalogues write each
 * question as SMS needs it, instruction included, since a text is all a phone shows. Where the
 * channel has buttons (web chat, Azure Bot channels) the instruction is taken out of the text and
 * its choices become buttons, each sending back words the assistant understands.
 */
export interface ReplyInstruction {
  sms: string;
  buttons: { title: string; value: string }[];
}

const yesNo = { en: [{ title: 'Yes', value: 'Yes' }, { title: 'No', value: 'No' }], es: [{ title: 'Sí', value: 'Sí' }, { title: 'No', value: 'No' }] };
const menu = { en: { title: 'Menu', value: 'menu' }, es: { title: 'Menú', value: 'menu' } };
const person = { en: { title: 'Talk to a person', value: 'talk to a person' }, es: { title: 'Hablar con una persona', value: 'hablar con una persona' } };

export const replyInstructions: Record<Language, ReplyInstruction[]> = {
  en: [
    { sms: 'Reply YES or NO.', buttons: yesNo.en },
    { sms: 'Reply MENU for options or BYE to finish.', buttons: [menu.en, { title: 'Bye', value: 'bye' }] },
    { sms: 'Reply MENU whenever you want to see the options again.', buttons: [menu.en] },
    { sms: 'Reply MENU for other options.', buttons: [menu.en] },
    { sms: 'Reply 5 to talk to a person.', buttons: [person.en] },
    { sms: 'Reply 2, 3 or 5.', buttons: [{ title: 'Payment plan', value: 'payment plan' }, { title: 'Promise to pay', value: 'promise to pay' }, person.en] },
    { sms: 'Reply with a number.', buttons: [] },
  ],
  es: [
    { sms: 'Responda SI o NO.', buttons: yesNo.es },
    { sms: 'Responda MENU para ver opciones o ADIOS para terminar.', buttons: [menu.es, { title: 'Adiós', value: 'adios' }] },
    { sms: 'Responda MENU cuando quiera ver las opciones de nuevo.', buttons: [menu.es] },
    { sms: 'Responda MENU para ver otras opciones.', buttons: [menu.es] },
    { sms: 'Responda 5 para hablar con una persona.', buttons: [person.es] },
    { sms: 'Responda 2, 3 o 5.', buttons: [{ title: 'Plan de pagos', value: 'plan de pagos' }, { title: 'Promesa de pago', value: 'promesa de pago' }, person.es] },
    { sms: 'Responda con un número.', buttons: [] },
  ],
};
