import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debtors, play, startTranscriptTable, type Debtor, type TranscriptTable } from '../../support/transcript-table';

/**
 * Issue #15 item 1: at every prompt (the promise question, the plan choice, each confirmation) the
 * debtor may say MENU, ask a question, make a new request, invoke a right, STOP or HELP, and the
 * assistant acts on it instead of asking the same question again. Transcript tables through the
 * real turn (transcript-table.ts); phrasings our own, in English and Spanish, misspelt and run-on.
 */
let table: TranscriptTable;
beforeAll(async () => {
  table = await startTranscriptTable();
}, 120_000);
afterAll(() => table.close());

/** How each prompt is reached from the menu, and what it asks. Thursday, December 3, 2026. */
const prompts = {
  promise: { debtor: 'maria', asks: ['3'], question: /How much will you pay, and on what date\?/ },
  planChoice: { debtor: 'maria', asks: ['2'], question: /Plans from / },
  planConfirm: { debtor: 'maria', asks: ['2', '3'], question: /To confirm: \$103\.38 a month for 12 months/ },
  payInFull: { debtor: 'maria', asks: ['1'], question: /You can pay \$1,240\.50 in full by December 17, 2026/ },
  promiseConfirm: { debtor: 'maria', asks: ['3', '100 on the 15th'], question: /To confirm: you will pay \$100\.00 on December 15, 2026/ },
  promiseEs: { debtor: 'jose', asks: ['3'], question: /¿Cuánto pagará y en qué fecha\?/ },
  planChoiceEs: { debtor: 'jose', asks: ['2'], question: /Planes desde el/ },
  payInFullEs: { debtor: 'jose', asks: ['1'], question: /Puede pagar el total de \$860\.00/ },
} as const satisfies Record<string, { debtor: Debtor; asks: string[]; question: RegExp }>;
type Prompt = keyof typeof prompts;
const english: Prompt[] = ['promise', 'planChoice', 'planConfirm', 'payInFull', 'promiseConfirm'];
const spanish: Prompt[] = ['promiseEs', 'planChoiceEs', 'payInFullEs'];

/** A verified conversation standing at the prompt (in the shared table unless told). */
async function at(prompt: Prompt, on: TranscriptTable = table) {
  const { debtor, asks, question } = prompts[prompt];
  const say = await on.verified(debtor);
  let last = '';
  for (const text of asks) last = await say(text);
  expect(last, `at ${prompt}`).toMatch(question);
  return say;
}

const arrangementsOf = async (debtor: Debtor, on: TranscriptTable = table) => (await on.store.listArrangements(debtors[debtor].accountId)).length;

const menu = { en: /What would you like to do\?/, es: /¿Qué desea hacer\?/ };
const anyMenu = /What would you like to do\?|¿Qué desea hacer\?/;

describe('MENU at any prompt shows the menu instead of asking again (issue #15)', () => {
  const words = { en: ['menu', 'MENU', 'Menu.', 'options', 'back', 'go back'], es: ['menú', 'MENU', 'opciones', 'volver', 'atrás'] };
  it.each(english.flatMap((prompt) => words.en.map((word) => [prompt, word] as const)))('%s: "%s"', async (prompt, word) => {
    const say = await at(prompt);
    await play(say, [[word, menu.en, prompts[prompt].question]]);
  });
  it.each(spanish.flatMap((prompt) => words.es.map((word) => [prompt, word] as const)))('%s: "%s"', async (prompt, word) => {
    const say = await at(prompt);
    await play(say, [[word, menu.es, prompts[prompt].question]]);
  });
});

describe('a balance question at any prompt is answered, then the open question is asked again (issue #15, continue_interrupted)', () => {
  const questions = {
    en: ['what do I owe', 'whats my balance', 'wats my balnce', 'how much do i owe you guys again, i forgot', 'i want a plan. also whats my balance'],
    es: ['cuánto debo', 'cual es mi saldo', '¿cuanto debo?', 'y cuánto es lo que debo ahora?', 'cual es mi saldo total'],
  };
  it.each(english.flatMap((prompt) => questions.en.map((text) => [prompt, text] as const)))('%s: "%s"', async (prompt, text) => {
    const say = await at(prompt);
    const reply = await play(say, [[text, /Balance now: \$1,240\.50/]]);
    expect(reply, 'the open question again').toMatch(prompts[prompt].question);
  });
  it.each(spanish.flatMap((prompt) => questions.es.map((text) => [prompt, text] as const)))('%s: "%s"', async (prompt, text) => {
    const say = await at(prompt);
    const reply = await play(say, [[text, /Saldo actual: \$860\.00/]]);
    expect(reply, 'the open question again').toMatch(prompts[prompt].question);
  });
});

describe('a new request at any prompt goes where the menu would send it (issue #15, one routing table)', () => {
  const plan = /Plans from |Planes desde el/;
  const payInFull = /in full by|Puede pagar el total/;
  const requests: { name: string; goes: RegExp; skip: Prompt[]; en: string[]; es: string[] }[] = [
    {
      name: 'a plan',
      goes: plan,
      skip: ['planChoice', 'planConfirm', 'planChoiceEs'],
      en: ['actually can I do a payment plan', 'can I do a plan instead', 'payment plan pls', 'can u do a paymnt plan', 'ok nvm that, i think a payment plan would be better for me honestly'],
      es: ['quiero un plan de pagos', 'plan de pagos por favor', 'quiero un plan'],
    },
    {
      name: 'paying in full',
      goes: payInFull,
      skip: ['payInFull', 'payInFullEs'],
      en: ['i want to pay in full', 'just pay it all', 'pay the whole thing', 'lemme pay it all off actually', "i'd rather just pay the whole balance"],
      es: ['pagar todo', 'quiero pagar el total', 'mejor pago todo'],
    },
    {
      name: 'a promise',
      goes: /How much will you pay, and on what date\?|¿Cuánto pagará y en qué fecha\?/,
      skip: ['promise', 'promiseConfirm', 'promiseEs'],
      en: ['can i do a promise to pay instead', 'i want to promise a payment', 'promise to pay on a date pls', 'can i promise to pay on a date', 'can i just promise a date instead'],
      es: ['quiero prometer un pago', 'prefiero prometer un pago'],
    },
  ];
  for (const request of requests) {
    const cases = (prompts_: Prompt[], texts: string[]) => prompts_.filter((prompt) => !request.skip.includes(prompt)).flatMap((prompt) => texts.map((text) => [prompt, text] as const));
    it.each([...cases(english, request.en), ...cases(spanish, request.es)])(`${request.name}: %s: "%s"`, async (prompt, text) => {
      const say = await at(prompt);
      await play(say, [[text, request.goes, prompts[prompt].question]]);
    });
  }

  it('a monthly amount at the promise question goes to the plans built around it', async () => {
    const say = await at('promise');
    await play(say, [['actually 100 a month would work better', /closest plans?|Plans from /, /How much will you pay/]]);
  });

  it('"who is this?" at a confirmation is answered and the terms asked again', async () => {
    const say = await at('payInFull');
    const reply = await play(say, [['wait who is this', /Northwind Energy's automated assistant/]]);
    expect(reply).toMatch(prompts.payInFull.question);
  });

  it('"bye" at the plan choice ends the conversation, nothing recorded', async () => {
    const before = await arrangementsOf('maria');
    const say = await at('planChoice');
    await play(say, [['ok bye', /take care/, /Plans from /]]);
    expect(await arrangementsOf('maria')).toBe(before);
  });
});

describe('rights, a person, STOP and HELP are never swallowed by a prompt (issue #15; TC-02, RF-06, RF-08)', () => {
  const rights: [Prompt, string, RegExp][] = [
    ['promise', 'talk to a person', /asked a specialist to take over/],
    ['planChoice', 'can i speak to a human', /asked a specialist to take over/],
    ['planConfirm', 'real person please', /asked a specialist to take over/],
    ['promiseConfirm', 'agent', /asked a specialist to take over/],
    ['promiseEs', 'quiero hablar con una persona', /especialista/],
    ['payInFull', "this isn't my debt", /dispute this/],
    ['promiseEs', 'esta deuda no es mía', /disputa esta cuenta/],
    ['planChoice', 'i lost my job and cant pay', /sorry you're going through this/],
    ['promise', 'stop contacting me', /stop contacting you/],
    ['payInFullEs', 'STOP', /Responda START|START/],
    ['planConfirm', 'STOP', /unsubscribed/],
  ];
  // A right pauses the account and STOP suppresses the number: each case has a portfolio of its own.
  it.each(rights)('%s: "%s"', async (prompt, text, answer) => {
    const own = await startTranscriptTable();
    try {
      const say = await at(prompt, own);
      await play(say, [[text, answer, prompts[prompt].question]]);
      expect(await arrangementsOf(prompts[prompt].debtor, own)).toBe(0);
    } finally {
      await own.close();
    }
  });

  it('HELP at the promise question is answered, and the question can still be answered after', async () => {
    const say = await at('promise');
    await play(say, [
      ['HELP', /For help call/],
      ['100 on the 15th', /To confirm: you will pay \$100\.00 on December 15, 2026/],
    ]);
  });
});

describe('near misses: answers to the open question are not interruptions (issue #15)', () => {
  const answers: [Prompt, string, RegExp][] = [
    ['promise', '100 on the 15th', /To confirm: you will pay \$100\.00 on December 15, 2026/],
    ['promise', "I'll pay 200 on friday", /To confirm: you will pay \$200\.00 on December 4, 2026/],
    ['promise', 'i can do 100 bucks', /On what date will you pay \$100\.00\?/],
    ['promise', 'the 15th', /How much would you like to pay on Tuesday, December 15\?/],
    ['promise', 'thanks, the 15th', /How much would you like to pay on Tuesday, December 15\?/],
    ['promise', 'not the full balance, just 100', /On what date will you pay \$100\.00\?/],
    ['promise', "i don't want a plan, i'll pay 100 on the 15th", /To confirm: you will pay \$100\.00 on December 15, 2026/],
    ['promise', 'how much is the balance on the 15th', /Balance now: \$1,240\.50/],
    ['planChoice', 'every two weeks', /To confirm: \$[\d.]+ every two weeks/],
    ['promiseEs', 'puedo pagar 100', /¿En qué fecha pagará \$100\.00\?/],
    ['planChoice', '3', /To confirm: \$103\.38 a month for 12 months/],
    ['planChoice', '100 a month', /closest plans?|To confirm/],
    ['planChoice', 'starting the 15th', /starting December 15, 2026|from December 15, 2026/],
    ['planConfirm', 'yes I agree to that plan', /Your plan is set up/],
    ['payInFull', 'yes', /Done\. I recorded that you will pay \$1,240\.50/],
    ['promiseConfirm', 'yes on the 15th', /clear YES/],
    ['payInFullEs', 'sí pero el viernes', /SI claro/],
    ['planConfirm', 'no', /Plans from /],
  ];
  it.each(answers)('%s: "%s"', async (prompt, text, answer) => {
    const say = await at(prompt);
    await play(say, [[text, answer, anyMenu]]);
  });
});

describe('no question is sent three times in a row: re-asked, rephrased with an example, then the choices and a person (issue #15)', () => {
  const ladders: { prompt: Prompt; reask: RegExp; rephrase: RegExp; choices: RegExp; misses: [string, string, string][] }[] = [
    {
      prompt: 'promise',
      reask: /^Sorry, I didn't catch that\. How much will you pay, and on what date\?/,
      rephrase: /Please send an amount and a date together, for example "150 on the 15th"/,
      choices: /I'm not sure I'm following[\s\S]*1 Pay in full[\s\S]*5 Talk to a person/,
      misses: [['asdf', '🙂', 'lol'], ['hmm', '???', 'k'], ['ok wait', 'hello?', 'idk lol'], ['sdfsdf', 'ummm what do u mean', '👍👍'], ['no clue', 'blah blah', 'jajaja']],
    },
    {
      prompt: 'planChoice',
      reask: /^Sorry, I didn't catch that\. Plans from /,
      rephrase: /Please reply with a number from 1 to 3 to pick a plan, or tell me what you can pay/,
      choices: /I'm not sure I'm following[\s\S]*5 Talk to a person/,
      misses: [['asdf', 'asdf', 'asdf'], ['9', '7', '0'], ['hmm', 'the cheap one?? idk', 'lol'], ['🙂', '?', '...'], ['hello?', 'ok wait', 'k']],
    },
    {
      prompt: 'promiseEs',
      reask: /^Perdón, no lo entendí\. ¿Cuánto pagará y en qué fecha\?/,
      rephrase: /Envíe una cantidad y una fecha juntas, por ejemplo "150 el 15"/,
      choices: /Creo que no le estoy entendiendo[\s\S]*hablar con una persona/,
      misses: [['asdf', 'jajaja', '🙂'], ['mmm', 'ay no sé qué poner', 'ok espera'], ['???', 'xd', 'ajá']],
    },
    {
      prompt: 'planChoiceEs',
      reask: /^Perdón, no lo entendí\. Planes desde el/,
      rephrase: /Responda con un número del 1 al 3 para elegir un plan/,
      choices: /Creo que no le estoy entendiendo/,
      misses: [['asdf', 'asdf', 'asdf'], ['9', 'jajaja', 'mmm']],
    },
  ];
  for (const ladder of ladders) {
    it.each(ladder.misses)(`${ladder.prompt}: "%s", "%s", "%s"`, async (first, second, third) => {
      const say = await at(ladder.prompt);
      await play(say, [
        [first, ladder.reask],
        [second, ladder.rephrase, prompts[ladder.prompt].question],
        [third, ladder.choices, prompts[ladder.prompt].question],
      ]);
    });
  }

  it('"what?" asks the open question again without counting a miss', async () => {
    const say = await at('promise');
    await play(say, [
      ['asdf', /^Sorry, I didn't catch that\./],
      ['what?', /^How much will you pay, and on what date\?/],
      ['asdf', /Please send an amount and a date together/],
    ]);
  });

  it('the choices offered after three misses work: "2" goes to the plans', async () => {
    const say = await at('promise');
    await play(say, [
      ['asdf', /Sorry, I didn't catch that/],
      ['asdf', /Please send an amount and a date together/],
      ['asdf', /I'm not sure I'm following/],
      ['2', /Plans from /],
    ]);
  });

  it('misses after the choices and a person were offered cycle through other wordings and open no case (issue #20 item 3)', async () => {
    const cases = (await table.store.listHandoffs({ accountId: 'NW-1001' })).length;
    const say = await at('promise');
    await play(say, [
      ['asdf', /Sorry, I didn't catch that/],
      ['asdf', /Please send an amount and a date together/],
      ['asdf', /I'm not sure I'm following/],
      ['asdf', /^What would you like to do\?/],
      ['asdf', /^Sorry, I didn't catch that\. What would you like to do\?/],
      ['asdf', /Please reply with the number of an option/],
      ['asdf', /I'm not sure I'm following/],
    ]);
    expect(await table.store.listHandoffs({ accountId: 'NW-1001' })).toHaveLength(cases);
  });

  it('new terms that lead to the plans just listed say so instead of sending the same list as new', async () => {
    await play(await at('planChoice'), [
      ['100', /At that amount it would take longer than 12 months, the longest plan I can set up\. The closest plans? I can offer starts? December 3, 2026/],
      ['monthly', /^Those terms lead to the same plans as before/],
    ]);
    await play(await at('planChoiceEs'), [
      ['10', /Con ese monto tardaría más de 12 meses|Cada pago tiene que ser de al menos \$25\.00/],
      ['$10', /^Con esos términos salen los mismos planes de antes/],
    ]);
  });

  it('an answer that fills the missing part is progress, not a miss: amount, then date', async () => {
    const say = await at('promise');
    await play(say, [
      ['i can do 100 bucks', /^On what date will you pay \$100\.00\? Any day up to December 17, 2026/],
      ['hmm', /^Sorry, I didn't catch that\. On what date will you pay \$100\.00\?/],
      ['friday', /To confirm: you will pay \$100\.00 on December 4, 2026/],
    ]);
  });

  it('the date kept, then the amount: the promise is asked to confirm with both (EN and ES)', async () => {
    await play(await at('promise'), [
      ['I get paid on the 15th', /^How much would you like to pay on Tuesday, December 15\? You can pay the full \$1,240\.50 or part of it\./],
      ['the 15th', /^Sorry, I didn't catch that\. How much would you like to pay on Tuesday, December 15\?/],
      ['150', /To confirm: you will pay \$150\.00 on December 15, 2026/],
    ]);
    await play(await at('promiseEs'), [
      ['me pagan el 15', /^¿Cuánto le gustaría pagar el martes, 15 de diciembre\? Puede pagar el total de \$860\.00 o una parte\./],
      ['150', /Para confirmar: pagará \$150\.00 el 15 de diciembre de 2026/],
    ]);
  });
});

describe('the settlement confirmation and web chat take the same interruptions (issue #15)', () => {
  const settlement = /Puede liquidar su saldo de \$860\.00 con \$688\.00/;
  it.each([
    ['menú', menu.es],
    ['¿cuánto debo?', /Saldo actual: \$860\.00[\s\S]*Puede liquidar su saldo/],
    ['mejor quiero un plan de pagos', /Planes desde el/],
    ['prefiero pagar todo', /Puede pagar el total de \$860\.00/],
    ['quién es?', /asistente automático de Northwind Energy[\s\S]*Puede liquidar su saldo/],
  ])('at José\'s settlement confirmation: "%s"', async (text, answer) => {
    const say = await table.verified('jose');
    await play(say, [
      ['6', settlement],
      [text, answer],
    ]);
  });

  it('in web chat, a date at the promise question keeps it and a balance question is answered', async () => {
    const say = await table.verified('maria', 'webchat');
    await play(say, [
      ['3', /How much will you pay, and on what date\?/],
      ['i get paid on the 15th', /^How much would you like to pay on Tuesday, December 15\?/],
      ['whats my balance', /Balance now: \$1,240\.50[\s\S]*How much would you like to pay on Tuesday, December 15\?/],
      ['200', /To confirm: you will pay \$200\.00 on December 15, 2026/],
    ]);
  });

  it('in web chat, MENU at the plan choice shows the menu', async () => {
    const say = await table.verified('maria', 'webchat');
    await play(say, [
      ['2', /Plans from /],
      ['menu', /^What would you like to do\?$/],
    ]);
  });
});

describe('more near misses (issue #15)', () => {
  it.each([
    ['planChoice', '1', /To confirm: \$[\d.]+ every week for \d+ weeks/],
    ['planChoiceEs', '3', /Para confirmar: 6 pagos mensuales|Para confirmar/],
    ['promiseConfirm', 'no', /I haven't recorded anything/],
    ['payInFullEs', 'no gracias', /No he registrado nada/],
    ['payInFullEs', 'sí', /Listo\./],
    ['promiseEs', '100 el 15', /Para confirmar: pagará \$100\.00 el 15 de diciembre de 2026/],
  ] as [Prompt, string, RegExp][])('%s: "%s" is the prompt\'s answer, not an interruption', async (prompt, text, answer) => {
    await play(await at(prompt), [[text, answer, anyMenu]]);
  });
});
