import { beforeAll, describe, expect, it } from 'vitest';
import type { Intent } from '../../../src/domain/intents';
import type { RecognitionContext } from '../../../src/language/recognition';
import { createLocalUnderstanding, type Understand } from '../../../src/language/understand';

/**
 * Issue #16 item 3: a long complaint mixes rights, and the assistant acts on each right the text
 * supports and on none it does not. Written for this test (never training data): long mixed
 * complaints with the rights each invokes, and long messages that name a right without invoking
 * it ("I'm not disputing it, I just want a plan").
 */
const rights = [
  'dispute_wrong_amount',
  'dispute_not_my_debt',
  'debt_validation_request',
  'cease_contact',
  'bankruptcy',
  'attorney_represented',
  'dispute_identity_theft',
  'collector_conduct_complaint',
] as const satisfies readonly Intent[];
type Right = (typeof rights)[number];

interface Case {
  text: string;
  language: 'en' | 'es';
  /** The rights the text invokes: each must be acted on. */
  invokes: Right[];
  /** Rights the text arguably also supports: acted on or not, either is right. */
  mayAlso?: Right[];
}

const mixedComplaints: Case[] = [
  {
    language: 'en',
    invokes: ['dispute_wrong_amount', 'debt_validation_request', 'cease_contact'],
    // Calls "at all hours" are a complaint of conduct too (calls at inconvenient times), and fees
    // "never in my agreement" dispute part of the balance as not owed as much as its amount.
    mayAlso: ['collector_conduct_complaint', 'dispute_not_my_debt'],
    text: "I got your letter saying I owe $2,340 on the old store card. The balance when I stopped paying was about $900, and you've added fees and interest that were never in my agreement, so the amount is wrong. Before I pay a cent I want you to send me proof of the debt, an itemized statement showing how you got to that number. And stop calling me at all hours, put everything in writing from now on, do not call me again.",
  },
  {
    language: 'en',
    invokes: ['dispute_not_my_debt', 'dispute_identity_theft', 'collector_conduct_complaint'],
    text: 'Someone opened this account using my name and social security number, I reported the identity theft to the police and the FTC last month. This is not my debt, I have never had an account with this lender. On top of that your collector called my mother and my boss and told them I was a deadbeat, which is humiliating and against the law.',
  },
  {
    language: 'en',
    invokes: ['bankruptcy', 'attorney_represented'],
    mayAlso: ['cease_contact'],
    text: "I filed chapter 7 in March and this account was listed in my petition. My bankruptcy attorney is Dana Ortiz at Ortiz Legal, please direct anything about this debt to her office. I'm not going to discuss it with you over text, and I shouldn't be hearing from you at all while the automatic stay is in place.",
  },
  {
    language: 'en',
    invokes: ['dispute_wrong_amount', 'collector_conduct_complaint'],
    text: "You charged me twice for the same payment in May, $150 came out on the 3rd and again on the 4th, so my balance is now off by $150. When I called about it your rep yelled at me and said I'd be arrested if I didn't pay the rest by Friday. I want the duplicate refunded and the balance fixed before I send anything else.",
  },
  {
    language: 'en',
    invokes: ['dispute_not_my_debt', 'debt_validation_request'],
    text: "I have no idea what this debt is. I don't recognize the company name and I never had a medical account with anyone called Pinnacle Health. Please send me validation of the debt, the name of the original creditor and a copy of anything I supposedly signed. Until I see that I'm not paying anything to anyone.",
  },
  {
    language: 'en',
    invokes: ['cease_contact', 'attorney_represented'],
    text: "I've told you three times already. I'm represented by an attorney for all of my debts now and his contact information was sent with my last letter. Cease all communication with me, no calls, no texts, no letters to my house. Anything further about this account goes to my lawyer and only to my lawyer.",
  },
  {
    language: 'en',
    invokes: ['dispute_not_my_debt', 'dispute_wrong_amount', 'debt_validation_request'],
    text: "Part of this balance isn't mine. The $300 service fee was never agreed to, and the rest includes a $1,200 charge from a card I closed in 2019 that I never used again. Show me the contract and a breakdown of every charge, because as it stands the total you are asking for is way more than I ever owed.",
  },
  {
    language: 'en',
    invokes: ['dispute_identity_theft', 'dispute_not_my_debt', 'cease_contact'],
    text: "My wallet was stolen last summer and someone has been using my identity ever since, the police report number is 24-1183. This loan was taken out by the thief, not me, I never signed anything. I'm exhausted by this, stop contacting me about it and send the file to your fraud department where it belongs.",
  },
  {
    language: 'en',
    invokes: ['bankruptcy', 'collector_conduct_complaint'],
    mayAlso: ['dispute_not_my_debt'],
    text: "This debt was discharged in my bankruptcy in 2022 and I have the discharge order right here. Your agents keep calling me five times a day anyway and one of them threatened to sue me and garnish my wages over a debt that no longer exists. I'm going to report you to the CFPB if this keeps happening.",
  },
  {
    language: 'en',
    invokes: ['dispute_wrong_amount', 'attorney_represented'],
    text: 'My attorney reviewed the statement you sent and the balance is inflated: you are collecting more than the $1,800 judgment by adding interest the court never awarded. She asked me to tell you to contact her office directly about the correct amount, and I would appreciate it if you did that this week.',
  },
  {
    language: 'en',
    invokes: ['dispute_wrong_amount'],
    text: "I lost my job in January and I'm behind on everything, rent, car, the works, and I've been trying to figure out what I can pay. But looking at your notice the amount is wrong: you're showing $3,100 and my last statement from the original lender said $2,450. I want to pay, I just need the right number and maybe a small monthly plan.",
  },
  {
    language: 'es',
    invokes: ['dispute_not_my_debt', 'cease_contact'],
    text: 'Buenas tardes. Me llegó un mensaje de ustedes diciendo que debo 1,500 dólares a una tienda de muebles, pero esa deuda no es mía, nunca abrí una cuenta con esa tienda y no reconozco ese cargo. Ya les expliqué por teléfono y siguen insistiendo. Dejen de llamarme, no quiero que me contacten más por ningún medio.',
  },
  {
    language: 'es',
    invokes: ['dispute_wrong_amount', 'debt_validation_request'],
    mayAlso: ['dispute_not_my_debt'],
    text: 'Revisé la carta que me mandaron y el monto está equivocado. Yo pagué casi todo el préstamo y ustedes me cobran 2,000 dólares como si no hubiera pagado nada, más unos cargos adicionales que nunca autoricé. Quiero que me envíen la documentación que pruebe la deuda y un desglose de cada cargo antes de hablar de pagos.',
  },
  {
    language: 'es',
    invokes: ['bankruptcy', 'attorney_represented'],
    text: 'Me declaré en bancarrota el año pasado, capítulo 13, y esta cuenta está incluida en mi plan de pagos de la corte. Mi abogado se llama Luis Ramírez y él lleva todo el caso, así que por favor comuníquense con él y no conmigo. No entiendo por qué siguen mandándome mensajes si ya saben todo esto.',
  },
  {
    language: 'es',
    invokes: ['dispute_identity_theft', 'collector_conduct_complaint'],
    mayAlso: ['dispute_not_my_debt'],
    text: 'Alguien usó mi nombre y mi número de seguro social para sacar esta tarjeta, fue un robo de identidad y ya puse la denuncia en la policía. Además, su cobrador llamó a mi trabajo y le dijo a mi jefe que yo era una estafadora, eso es acoso, y encima me amenazó con meterme a la cárcel.',
  },
  {
    language: 'es',
    invokes: ['cease_contact', 'collector_conduct_complaint', 'dispute_wrong_amount'],
    text: 'Ustedes me llaman cinco veces al día, hasta a las once de la noche, y me gritan por teléfono. Eso es hostigamiento. Además el saldo que dicen es incorrecto porque me cobraron dos veces el pago de marzo. Les pido que dejen de llamarme y que corrijan la cantidad cuanto antes, por favor.',
  },
  {
    language: 'es',
    invokes: ['dispute_not_my_debt', 'debt_validation_request', 'attorney_represented'],
    text: 'Esta deuda no es mía. Nunca tuve un préstamo con esa compañía y no sé de dónde sacaron mis datos. Quiero la validación de la deuda por escrito, con el nombre del acreedor original. Ya hablé con un abogado y me dijo que no pague nada hasta que ustedes demuestren que la debo.',
  },
  {
    language: 'es',
    invokes: ['bankruptcy', 'dispute_wrong_amount'],
    text: 'Desde enero estoy en un proceso de quiebra, capítulo 7, y el síndico ya tiene la lista de todas mis deudas. Aun así me mandaron un estado de cuenta con un monto equivocado, 900 dólares más de lo que le debía a la tienda. Quiero que quede claro que esta deuda está incluida en la quiebra.',
  },
];

/** Long messages that name a right without invoking it: no right may be acted on. */
const mentionsOnly: Case[] = [
  {
    language: 'en',
    invokes: [],
    text: "I'm not disputing the balance. I checked it against my old statements and the $1,240 is right, it's mine. I just can't pay it all at once because my hours got cut at work. Could we set up a plan of around $100 a month starting on the 15th? I'd like to get this cleared up before the end of the year.",
  },
  {
    language: 'en',
    invokes: [],
    text: "I don't have a lawyer and I'm not planning to get one, I'd rather just work this out with you directly. I know I owe the money. What's the lowest monthly payment you could accept if I start next Friday? I get paid every two weeks so a biweekly plan would be the easiest for me to keep up with.",
  },
  {
    language: 'en',
    invokes: [],
    text: "I thought about filing for bankruptcy last year but decided against it, I'm not bankrupt and I don't want to go that route. I want to pay what I owe. Can you tell me my current balance and whether there is a way to pay it off over six months without it costing me a fortune?",
  },
  {
    language: 'en',
    invokes: [],
    text: "You don't need to send me proof or any validation letter, I know this is my account from the old Capital One card. I just want to know how much it would be if I paid it in full this month, and whether you'll report it as paid to the credit bureaus afterwards so my score can recover.",
  },
  {
    language: 'en',
    invokes: [],
    text: "Nobody stole my identity, I opened this card myself back in 2018 and then fell behind when my daughter was born. That's on me. I'd like to start making payments again, maybe $75 a month, and I'd like to know if the late fees can be reduced at all if I keep up with the plan.",
  },
  {
    language: 'en',
    invokes: [],
    text: "Please keep contacting me by text, that's the best way to reach me, I'm not asking you to stop. I missed your last two messages because I was travelling for work all week. I can make a payment of $200 next Tuesday and then the rest by the end of next month if that works for you.",
  },
  {
    language: 'en',
    invokes: [],
    text: "The amount looks right to me, I'm not saying it's wrong, I went through the itemized statement you mailed and every charge matches what I spent. The agent I spoke to last week was really polite and patient with me. I'd like to set up automatic payments from my checking account starting next month.",
  },
  {
    language: 'en',
    invokes: [],
    text: "My brother went through a chapter 7 bankruptcy a couple of years ago and he told me to just call you and ask for a payment plan instead of ignoring the letters, so that's what I'm doing. This debt is mine and I want to take care of it. What are my options for paying it off this year?",
  },
  {
    language: 'es',
    invokes: [],
    text: 'No estoy disputando la deuda, sé que es mía y que la debo. Lo que pasa es que me redujeron las horas en el trabajo y no puedo pagar todo de una vez. ¿Podemos hacer un plan de pagos de 50 dólares cada quincena? Empiezo el viernes si me dicen que sí, y les agradezco la paciencia.',
  },
  {
    language: 'es',
    invokes: [],
    text: 'No tengo abogado ni lo necesito, y no me voy a declarar en bancarrota. Quiero pagar lo que debo, pero necesito saber el saldo exacto y si me pueden quitar algunos intereses si pago todo este mes. Díganme cuánto sería en total y cómo puedo hacer el pago desde mi cuenta del banco.',
  },
  {
    language: 'es',
    invokes: [],
    text: 'Pueden seguir llamándome a este número, no les pido que dejen de llamarme, solo que sea después de las cinco porque trabajo en la mañana. El monto está bien y no tengo ninguna queja del trato que me han dado. Quiero hacer un pago de 100 dólares la próxima semana y otro igual a fin de mes.',
  },
  {
    language: 'es',
    invokes: [],
    text: 'A mi hermana le robaron la identidad el año pasado y tuvo muchos problemas, por eso quiero asegurarme de que esta cuenta es la mía. Revisé los datos y sí, es mi tarjeta de la tienda. ¿Cuánto debo en total? Quisiera pagar una parte ahora y el resto en dos pagos el mes que viene.',
  },
];

const context = (language: 'en' | 'es'): RecognitionContext => ({ now: new Date('2025-06-18T15:00:00Z'), timezone: 'America/Chicago', language });

/** The rights acted on, of the eight a complaint mixes. */
const rightsActedOn = (intents: readonly Intent[]): Right[] => rights.filter((right) => intents.includes(right));

describe('long mixed complaints (issue #16 item 3, RF-07, RF-08, RF-18, RF-22, AI-04)', () => {
  let understand: Understand;
  beforeAll(() => {
    understand = createLocalUnderstanding();
  }, 120_000);

  it('the cases are long messages, in both languages', () => {
    for (const { text } of [...mixedComplaints, ...mentionsOnly]) expect(text.length).toBeGreaterThan(250);
    expect(mixedComplaints.length).toBeGreaterThanOrEqual(15);
    expect(mentionsOnly.length).toBeGreaterThanOrEqual(10);
    expect(new Set(mixedComplaints.map((c) => c.language))).toEqual(new Set(['en', 'es']));
  });

  it.each(mixedComplaints.map((c) => [c.invokes.join(' + '), c] as const))('acts on each right a complaint invokes, and no other: %s', async (_, c) => {
    const acted = rightsActedOn((await understand(c.text, context(c.language))).intents);
    for (const right of c.invokes) expect(acted, c.text).toContain(right);
    expect(acted.filter((right) => !c.invokes.includes(right) && !c.mayAlso?.includes(right)), c.text).toEqual([]);
  });

  it.each(mentionsOnly.map((c) => [c.text.slice(0, 60), c] as const))('acts on no right a message only names: "%s..."', async (_, c) => {
    expect(rightsActedOn((await understand(c.text, context(c.language))).intents), c.text).toEqual([]);
  });
});
