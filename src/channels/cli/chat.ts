import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { systemClock } from '../../domain/clock';
import { normalizePhone } from '../../domain/phone';
import { loadRuntime } from '../../runtime';
import { createAssistant } from '../../conversation/create-assistant';
import { smsTexts } from '../sms/sms-replies';
import { ServerChat, serverAnswers } from './server-chat';

/**
 * `npm run chat -- --phone +15125550101 [--lang es] [--server URL | --local]`: be a debtor texting
 * the assistant. With Amicable running (`npm start`, or `--server`), the chat texts it as that
 * phone, so a specialist in its console sees the case, and what its local outbox keeps for the
 * number (a specialist's replies, reminders) is printed as it arrives. Otherwise, or with
 * `--local`, the assistant runs inside this process, on its own.
 */
const { values } = parseArgs({
  options: { phone: { type: 'string', default: '+15125550101' }, lang: { type: 'string' }, server: { type: 'string' }, local: { type: 'boolean', default: false } },
});
const phone = normalizePhone(values.phone ?? '');
if (!phone) {
  console.error(`--phone: "${values.phone}" is not a phone number`);
  process.exit(2);
}

const config = loadConfig(process.env);
const server = (values.server ?? `http://localhost:${config.port}`).replace(/\/$/, '');
const greeting = values.lang === 'es' ? 'Hola' : 'Hi';
const terminal = createInterface({ input: process.stdin, output: process.stdout, prompt: 'you> ' });
// Taken now, so lines typed (or piped) while the first reply is on its way are kept, not dropped.
const lines = terminal[Symbol.asyncIterator]();
const print = (texts: string[], note = '') => {
  for (const text of texts) console.log(`\n${note}${text}\n`);
};

let say: (text: string) => Promise<void>;
let finish: () => Promise<void>;
if (!values.local && (await serverAnswers(server))) {
  const chat = new ServerChat({ server, phone, publicBaseUrl: values.server ? server : config.publicBaseUrl, authToken: config.twilio.authToken, to: config.twilio.fromNumber ?? '+10000000000' });
  await chat.catchUp();
  console.log(`Texting the Amicable running at ${server} as ${phone}. Ctrl+D to leave.\n`);
  // A specialist's reply arrives between the debtor's messages: the outbox is read once a second.
  const poll = setInterval(() => {
    void chat.outbox().then((texts) => {
      if (texts.length === 0) return;
      print(texts, '[texted later, kept in the local outbox] ');
      terminal.prompt(true);
    });
  }, 1000);
  say = async (text) => print(await chat.say(text));
  finish = async () => clearInterval(poll);
} else {
  const runtime = await loadRuntime({ ...process.env, STORE: process.env.STORE ?? 'memory' });
  const { assistant } = createAssistant(runtime.assistantOptions, { store: runtime.store, clock: systemClock, understand: runtime.understand, sms: null });
  console.log(`Texting ${runtime.assistantOptions.policy.creditor.name}'s assistant (in this process, not seen by any console) as ${phone}. Ctrl+D to leave.\n`);
  say = async (text) => {
    const replies = await assistant.handle({ channel: 'cli', conversationId: `cli:${phone}`, address: phone, text });
    // As a phone would show them (issue #15 item 5): one turn's replies joined, one opt-out notice each.
    print(await smsTexts(replies, { shortLinks: null, paymentLinkBaseUrl: runtime.assistantOptions.paymentLinks.baseUrl }));
  };
  finish = () => runtime.store.close();
}

console.log(`you> ${greeting}`);
await say(greeting);
terminal.prompt();
for await (const line of { [Symbol.asyncIterator]: () => lines }) {
  await say(line);
  terminal.prompt();
}
await finish();
