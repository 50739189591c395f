import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debtors, play, startTranscriptTable, type Debtor, type TranscriptTable } from '../../support/transcript-table';

/**
 * Debtors propose their own amount, frequency and date, in their own words (FL-01: the engine
 * decides, the assistant only states its terms). Maria owes $1,240.50 (English), José $860.00
 * (Spanish); Thursday December 3, 2026 in their zones. The policy: weekly, biweekly or monthly
 * plans up to 12 months, each payment at least $25.00, the first within 14 days (by December 17).
 */
let table: TranscriptTable;
beforeAll(async () => {
  table = await startTranscriptTable();
}, 120_000);
afterAll(() => table.close());

const misread = /didn't understand|no entendí|sorry you're going through|Lamento que esté/;
const recorded = async (debtor: Debtor) => (await table.store.listArrangements(debtors[debtor].accountId)).length;

describe('within policy, exactly the amount and frequency the debtor named, confirmed before recording (FL-01)', () => {
  const maria75 = /^To confirm: \$75\.00 every two weeks, 17 payments \(the last one is \$40\.50\), from December 3, 2026 to July 15, 2027\. Reply YES or NO\./;
  const maria50 = /^To confirm: \$50\.00 every week for 25 weeks \(the last one is \$40\.50\), from December 3, 2026 to May 20, 2027\./;
  const maria200 = /^To confirm: \$200\.00 every two weeks, 7 payments \(the last one is \$40\.50\), from December 15, 2026 to March 9, 2027\./;
  const maria200Monthly = /^To confirm: \$200\.00 a month for 7 months \(the last one is \$40\.50\), from December 3, 2026 to June 3, 2027\./;

  it.each([
    ['i can maybe swing 75 every 2 weeks', maria75],
    ['I can swing $75 every two weeks', maria75],
    ['75 every other week', maria75],
    ['can i do 75 biweekly', maria75],
    ['i cant afford it all rn, maybe 75 evry 2 weeks?', maria75],
    ['$50 weekly', maria50],
    ['i can spare 50 a week', maria50],
    ['fifty a week', maria50],
    ['like 200 on the 1st and 15th', maria200],
    ['i get paid the 1st and 15th, 200 each time', maria200],
    ['200 semi-monthly', /^To confirm: \$200\.00 every two weeks, 7 payments \(the last one is \$40\.50\), from December 3, 2026/],
    ['cant pay it all, can i do 200 a month?', maria200Monthly],
    ["can't pay it all, can I do $200 a month", maria200Monthly],
  ] as const)('EN "%s"', async (text, confirm) => {
    const say = await table.verified('maria');
    const before = await recorded('maria');
    await play(say, [[text, confirm, misread]]);
    expect(await recorded('maria'), 'nothing recorded before a yes').toBe(before);
  });

  const jose100 = /^Para confirmar: \$100\.00 cada dos semanas, 9 pagos \(el último es de \$60\.00\), del 3 de diciembre de 2026 al 25 de marzo de 2027\. Responda SI o NO\./;
  const jose50 = /^Para confirmar: \$50\.00 cada semana durante 18 semanas \(los últimos 2 son de \$30\.00\), del 3 de diciembre de 2026 al 1 de abril de 2027\./;
  const jose100Monthly = /^Para confirmar: \$100\.00 al mes durante 9 meses \(el último es de \$60\.00\), del 3 de diciembre de 2026 al 3 de agosto de 2027\./;

  it.each([
    ['puedo dar 100 cada quincena', jose100],
    ['cada 15 dias te doy 100', jose100],
    ['puedo 100 cada dos semanas', jose100],
    ['te puedo dar 100 quincenal', jose100],
    ['no puedo pagar todo de una vez, le doy 100 cada quincena', jose100],
    ['50 semanales', jose50],
    ['puedo pagar 50 por semana', jose50],
    ['kiero pagar 50 a la semana', jose50],
    ['no puedo pagar todo, puedo 100 al mes?', jose100Monthly],
    ['cien al mes', jose100Monthly],
    ['NO PUEDO PAGAR TODO PUEDO 100 AL MES', jose100Monthly],
    ['puedo 150 el 15 y el 30', /^Para confirmar: \$150\.00 cada dos semanas, 6 pagos \(el último es de \$110\.00\), del 15 de diciembre de 2026 al 23 de febrero de 2027\./],
  ] as const)('ES "%s"', async (text, confirm) => {
    const say = await table.verified('jose');
    const before = await recorded('jose');
    await play(say, [[text, confirm, misread]]);
    expect(await recorded('jose'), 'nada registrado antes de un sí').toBe(before);
  });

  it('a yes records the plan the engine computed, each installment on its date', async () => {
    const say = await table.verified('maria');
    const before = await recorded('maria');
    await play(say, [
      ['i can maybe swing 75 every 2 weeks', maria75],
      ['yes', /Done\./],
    ]);
    const [plan] = (await table.store.listArrangements(debtors.maria.accountId)).slice(before);
    expect(plan?.kind).toBe('plan');
    expect(plan?.installments.map((installment) => installment.amountCents)).toEqual([...Array<number>(16).fill(7500), 4050]);
    expect(plan?.installments.slice(0, 2).map((installment) => installment.dueDate)).toEqual(['2026-12-03', '2026-12-17']);
  });
});

describe('beyond policy: said plainly, with the closest plan the policy allows (FL-01)', () => {
  it.each([
    ['100 a month', /^At that amount it would take longer than 12 months, the longest plan I can set up\. The closest plan I can offer starts December 3, 2026\. Reply with a number\.\n1 \$103\.38 a month for 12 months \(the last 6 are \$103\.37\)/],
    ["can't pay it all, can I do 100 a month?", /^At that amount it would take longer than 12 months/],
    ['$10 a week', /^Each payment has to be at least \$25\.00\. The closest plan I can offer starts December 3, 2026\.[^]*\$25\.32 every week for 49 weeks/],
    ['100 a month starting january 20', /^The first payment has to be by December 17, 2026\. The closest plan I can offer starts December 17, 2026\./],
  ] as const)('EN "%s"', async (text, counter) => {
    const say = await table.verified('maria');
    await play(say, [[text, counter, misread]]);
  });

  it.each([
    ['20 al mes', /^Con ese monto tardaría más de 12 meses, el plan más largo que puedo registrar\. El plan más cercano que puedo ofrecer empieza el 3 de diciembre de 2026\./],
    ['puedo 10 a la semana', /^Cada pago tiene que ser de al menos \$25\.00\./],
  ] as const)('ES "%s"', async (text, counter) => {
    const say = await table.verified('jose');
    await play(say, [[text, counter, misread]]);
  });

  it('"yes" to the one plan listed asks to confirm its terms, and records nothing yet', async () => {
    const say = await table.verified('maria');
    const before = await recorded('maria');
    await play(say, [
      ['100 a month', /The closest plan I can offer/],
      ['yes', /^To confirm: \$103\.38 a month for 12 months \(the last 6 are \$103\.37\), from December 3, 2026 to November 3, 2027\. Reply YES or NO\./],
    ]);
    expect(await recorded('maria')).toBe(before);
  });
});

describe('FL-02 hardship is still heard beside an amount; a counter-offer alone is no hardship', () => {
  it.each([
    ['maria', 'i lost my job, can i do 50 a month', /I'm sorry you're going through this/],
    ['maria', 'cant pay it all, im broke, can i do 25 a week', /I'm sorry you're going through this/],
    ['jose', 'perdí mi trabajo, no puedo pagar nada', /Lamento que esté pasando por esto/],
    ['jose', 'no me alcanza para todo', /Lamento que esté pasando por esto/],
    ['jose', 'no puedo pagar, estoy en el hospital, puedo 50 al mes', /Lamento que esté pasando por esto/],
  ] as const)('%s: "%s" opens the hardship handoff', async (debtor, text, reply) => {
    const say = await table.verified(debtor);
    await play(say, [[text, reply]]);
  });
});

describe('a date or an amount alone: only the missing part is asked for, never the whole prompt again', () => {
  it.each([
    ['maria', 'i can pay on the 15th', /^How much would you like to pay on Tuesday, December 15\?/],
    ['maria', 'i can pay next friday', /^How much would you like to pay on Friday, December 11\?/],
    ['maria', 'friday after next', /^How much would you like to pay on Friday, December 11\?/],
    ['maria', 'in 2 weeks', /^How much would you like to pay on Thursday, December 17\?/],
    ['jose', 'hasta el otro viernes', /^¿Cuánto le gustaría pagar el viernes, 11 de diciembre\?/],
    ['jose', 'el viernes que viene', /^¿Cuánto le gustaría pagar el viernes, 11 de diciembre\?/],
    ['jose', 'el próximo viernes', /^¿Cuánto le gustaría pagar el viernes, 11 de diciembre\?/],
    ['jose', 'pasado mañana', /^¿Cuánto le gustaría pagar el sábado, 5 de diciembre\?/],
    ['jose', 'el lunes 14', /^¿Cuánto le gustaría pagar el lunes, 14 de diciembre\?/],
    ['jose', 'en diez días', /^¿Cuánto le gustaría pagar el domingo, 13 de diciembre\?/],
    ['jose', 'en quince días', /^El último día que puedo registrar para una promesa es el 17 de diciembre de 2026\. ¿Cuánto pagará y en qué fecha\?/],
    ['jose', 'la semana que viene', /^¿Cuánto le gustaría pagar el jueves, 10 de diciembre\?/],
  ] as const)('%s at the promise prompt: "%s"', async (debtor, text, ask) => {
    const say = await table.verified(debtor);
    await play(say, [
      ['3', /How much will you pay, and on what date\?|¿Cuánto pagará y en qué fecha\?/],
      [text, ask],
    ]);
  });

  it('EN an amount, then two misses: the date is asked for three ways, the amount never again', async () => {
    const say = await table.verified('maria');
    await play(say, [
      ['3', /How much will you pay, and on what date\?/],
      ['i can do 100', /^On what date will you pay \$100\.00\?/],
      ['hmm', /^Sorry, I didn't catch that\. On what date will you pay \$100\.00\?/],
      ['idk', /^Please send just the day you will pay \$100\.00, for example "Friday" or "the 15th" \(any day up to December 17, 2026\)\./, /amount and a date/],
      ['friday after next', /^To confirm: you will pay \$100\.00 on December 11, 2026\. Reply YES or NO\./],
    ]);
  });

  it('ES a date, then two misses: only the amount is asked for', async () => {
    const say = await table.verified('jose');
    await play(say, [
      ['3', /¿Cuánto pagará y en qué fecha\?/],
      ['hasta el otro viernes', /^¿Cuánto le gustaría pagar el viernes, 11 de diciembre\?/],
      ['no se', /^Perdón, no lo entendí\. ¿Cuánto le gustaría pagar el viernes, 11 de diciembre\?/],
      ['eh', /^Envíe solo el monto que pagará el 11 de diciembre de 2026, por ejemplo "150" \(hasta \$860\.00\)\./, /una cantidad y una fecha/],
      ['100', /^Para confirmar: pagará \$100\.00 el 11 de diciembre de 2026\./],
    ]);
  });

  it('a date past the promise window is not repeated back: the latest day allowed is said first', async () => {
    const say = await table.verified('maria');
    await play(say, [
      ['3', /How much will you pay, and on what date\?/],
      ['end of the month', /^The latest day I can record a promise for is December 17, 2026\. How much will you pay, and on what date\?/, /December 31/],
    ]);
  });

  it('"i can pay 100" at the menu is a promise of $100: the date is asked for, not the whole balance', async () => {
    const say = await table.verified('maria');
    await play(say, [
      ['i can pay 100', /^On what date will you pay \$100\.00\?/, /\$1,240\.50 in full/],
      ['friday', /^To confirm: you will pay \$100\.00 on December 4, 2026\./],
    ]);
  });

  it('the whole balance named at the menu is still the pay-in-full offer', async () => {
    const say = await table.verified('maria');
    await play(say, [['i want to pay 1240.50', /^You can pay \$1,240\.50 in full by December 17, 2026\./]]);
  });
});
