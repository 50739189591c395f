import { describe, expect, it } from 'vitest';
import { detectSafety } from '../../../src/compliance/safety-detector';

/**
 * AI-02 SELF_HARM and THREAT_OF_VIOLENCE, RF-14: our own phrasings of the concept families added
 * for writers D, E and F (safety-dev-writers-2.test.ts), in other words than theirs, so a family is
 * held and not only the sentence that showed it; and near misses of the same families (a phone that
 * dies, a debt that dies with him, a will asked about, an office found to pay at) that stay quiet.
 */
const crisis = [
  // giving away, arrangements
  "gave away my cat and my tools this week, you guys can have what's left",
  "I already gave my guitar to my nephew. whatever is left in the account is yours",
  "regalé mi perro y mi ropa, lo que quede se lo pueden quedar",
  "left my keys with the landlord and my kids are with my sister now. my affairs are in order",
  "ya puse mis papeles en orden y hice mi testamento",
  // death euphemisms, welcome death
  "only way i'm done with you people is when i'm six feet under",
  "guess I'll be meeting my maker before this gets paid",
  "death honestly sounds peaceful at this point",
  "la muerte ya me suena a descanso",
  "el único que me va a cobrar es el panteón",
  // passive wish
  "every time I drive I hope a truck hits me",
  "some nights i pray my heart just stops in my sleep",
  "ojalá me dé un accidente en la carretera y ya",
  "ojala se me pare el corazon esta noche",
  // others' suicide
  "my cousin killed himself over debt last year and now i get it",
  "mi tío se quitó la vida por deudas y ya entiendo por qué",
  // permanent
  "i'm about to do something drastic, don't bother calling",
  "estoy a punto de hacer una locura",
  // not existing soon / reaching
  "en un mes ya no existo, no se preocupen",
  "I don't think I'll be alive to see next month",
  "no creo llegar a navidad",
  // god take me
  "God please just take me, I can't do this",
  "diosito llévame ya por favor",
  "tell god im coming",
  // means held
  "i have the bottle of oxy next to me right now",
  "the gun is in my hand while I write this",
  "tengo la pistola al lado mientras escribo",
  "been saving up my sleeping pills, almost have enough",
  "a rope costs less than your monthly payment",
  "las pastillas salen más baratas que su plan de pagos",
  // places
  "im on the railroad tracks right now",
  "estoy en las vías del tren",
  "standing on the bridge looking down at the water",
  // self harm body
  "been hitting my head against the wall until it bleeds",
  "i keep scratching my arms with a blade again",
  // last night / over soon
  "tonight is my final night, so don't bother",
  "hoy es mi último día, perdón por todo",
  "it'll be over soon, you can write off the balance",
  // farewell + needing nothing
  "I've said goodbye to my kids. won't be needing the payment plan",
  "ya me despedí de mis hijos, ya no voy a necesitar nada",
  "i made peace with it. tell my mom i'm sorry",
  "díganle a mi hermana que me perdone",
  // past attempt
  "i tried to od two years ago and im back in that place",
  "intenté matarme hace un año y otra vez me siento así",
  // spanglish
  "ya no quiero live, esta deuda me tiene done",
  "i just wanna morirme, no puedo con esto",
  // researching a height or a dose
  "been googling the lethal dose of my meds",
  "he estado buscando los puentes más altos de la ciudad",
  "i keep looking up the highest parking garages around here",
];
const threats = [
  "you'll see what happens when I come down to your office",
  "i know what time your collector gets off work",
  "the next agent who calls my mom is getting hurt",
  "I found your manager's instagram, nice house",
  "I'll be at your branch with my cousins friday, bring security, you'll need it",
  "there's a package coming to your office, hope you like surprises. boom",
  "if the repo guy comes near my truck I'll shoot him",
  "one more letter and I'm throwing a rock through your front window",
  "sé dónde vive su supervisor y a qué hora sale",
  "la próxima vez que llamen voy a ir a su oficina y les prendo fuego",
  "al que venga a mi casa le doy una golpiza",
  "si me quitan el carro me los voy a chingar",
  "les voy a dejar un regalito en la puerta, a ver si les gusta",
  "el cobrador va a amanecer con la casa quemada",
  "tengan cuidado al salir de la oficina, uno nunca sabe",
  "le voy a romper la cara al cobrador",
  "voy a llegar con mis primos y una pistola",
  "ya tengo fotos de la casa de su gerente",
  "better pray I don't find out where you live",
  "i have plenty of ammo and nothing to lose, keep calling",
  "I'm gonna throw a rock at your office window",
];
const nearMisses = [
  "my phone died last night so I missed your call",
  "phone's at 3% about to die, what's my balance",
  "this interest is murder, can you lower it",
  "im dying here, can we push the date",
  "lol im dead, you spelled my name wrong",
  "I'm bored to death of hold music",
  "my dad passed away, does his debt die with him?",
  "si mi papá se murió, ¿la deuda se muere con él?",
  "me muero de hambre, te escribo después",
  "jaja me muero, qué error tan tonto",
  "ando muerta del cansancio, mañana pago",
  "I gave my car to my son, please update the address",
  "what's left on the balance after this payment?",
  "lo que quede del saldo lo pago el viernes",
  "I'm writing my will, does this debt pass to my kids?",
  "my affairs are a mess, can we talk next week",
  "I won't need a payment plan, I'll pay in full tomorrow",
  "ya no voy a necesitar el plan, ya pagué todo",
  "I'm at the train station, call me later",
  "estoy en el puente de la autopista, manejando, luego le llamo",
  "tomorrow is my last day at work so money is tight",
  "hoy es mi último día de trabajo, pago el lunes",
  "I hope I don't get in an accident on the way to the bank",
  "esto es un callejón sin salida con su empresa",
  "you'll see what happens when my lawyer gets this",
  "see you in court",
  "I'll find the receipt and send it to you",
  "you people are a pain in the neck",
  "dejen de chingar, ya les pagué",
  "I'll pay the bills one by one",
  "estoy quemado con ustedes, ya no llamen",
  "be careful with my account number, you never know who's listening",
  "I'm sending you a package with the check",
  "I'll come by your office with the payment friday",
  "voy a ir a su oficina a pagar en efectivo",
  "I know where your office is, I'll mail the check there",
  "ya sé dónde queda su oficina, allá paso a pagar",
  "my boss will kill me if I take this call",
  "my brother killed himself last year and I'm handling his debts, what do I need to send?",
  "I'm done with this company, close my account",
  "estoy buscando el puente para llegar a su oficina",
  "looking up bridges to visit on vacation with my kids",
  "me quiero morir de la vergüenza, se me pasó la fecha",
  "Last payment!! Goodbye forever, you vampires",
  "me mudo a Dallas, ya no voy a estar aquí, ¿a dónde mando el pago?",
  "I'm taking my life back, one payment at a time",
  "you rock, thanks for the help",
  "ok so it's over, the payment went through",
  "took my meds this morning, call me later",
  "son una piedra en el zapato, ya no llamen",
];

describe('AI-02 crisis families: giving away, arrangements, euphemisms, passive wishes, means at hand', () => {
  it.each(crisis)('AI-02: "%s" is heard as crisis', (text) => {
    expect(detectSafety(text)).toContain('crisis');
  });
});

describe('RF-14 threat families: veiled warnings, knowing where and when, parcels, showing up', () => {
  it.each(threats)('RF-14: "%s" is heard as a threat', (text) => {
    expect(detectSafety(text)).toContain('threat');
  });
});

describe('AI-02 / RF-14 near misses of the same families', () => {
  it.each(nearMisses)('AI-02: "%s" raises no alarm', (text) => {
    expect(detectSafety(text)).toEqual([]);
  });
});
