import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { systemClock } from '../../domain/clock';
import { normalizePhone } from '../../domain/phone';
import { loadRuntime } from '../../runtime';
import { createAssistant } from '../../conversation/create-assistant';

/** `npm run chat -- --phone +15125550101 [--lang es]`: be a debtor texting the assistant. */
const { values } = parseArgs({
  options: { phone: { type: 'string', default: '+15125550101' }, lang: { type: 'string' } },
});
const phone = normalizePhone(values.phone ?? '');
if (!phone) {
  console.error(`--phone: "${values.phone}" is not a phone number`);
  process.exit(2);
}

const runtime = await loadRuntime({ ...process.env, STORE: process.env.STORE ?? 'memory' });
const { assistant } = createAssistant(runtime.assistantOptions, { store: runtime.store, clock: systemClock, understand: runtime.understand, sms: null });
console.log(`Texting ${runtime.assistantOptions.policy.creditor.name}'s assistant as ${phone}. Ctrl+D to leave.\n`);

const terminal = createInterface({ input: process.stdin, output: process.stdout, prompt: 'you> ' });
const greeting = values.lang === 'es' ? 'Hola' : 'Hi';
const say = async (text: string) => {
  const replies = await assistant.handle({ channel: 'cli', conversationId: `cli:${phone}`, address: phone, text });
  for (const reply of replies) console.log(`\n${reply.text ?? ''}\n`);
};
console.log(`you> ${greeting}`);
await say(greeting);
terminal.prompt();
for await (const line of terminal) {
  await say(line);
  terminal.prompt();
}
await runtime.store.close();
