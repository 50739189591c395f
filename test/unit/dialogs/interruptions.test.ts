import { describe, expect, it } from 'vitest';
import { interruptionAt, type Heard, type OpenPrompt } from '../../../dialogs/interruptions';

/** The policy alone: which messages at which prompt interrupt it (issue #15); the transcripts are in test/integration/conversation. */
const heard = (over: Partial<Heard>): Heard => ({ intent: 'out_of_scope', destination: undefined, menuWord: false, namesTerms: false, namesFrequency: false, declinesPlan: false, ...over });
const promiseQuestion: OpenPrompt = { flow: 'promise', confirming: false };
const planChoice: OpenPrompt = { flow: 'plan', confirming: false };
const payInFullConfirm: OpenPrompt = { flow: 'payInFull', confirming: true };
const menuPrompt: OpenPrompt = { flow: 'menu', confirming: false };

describe('interruptions at a prompt', () => {
  it('the menu routes everything itself', () => {
    expect(interruptionAt(menuPrompt, heard({ menuWord: true, destination: 'menu' }))).toEqual({ kind: 'none' });
    expect(interruptionAt(menuPrompt, heard({ intent: 'balance_question', destination: 'details' }))).toEqual({ kind: 'none' });
  });

  it('MENU leaves any other prompt for the menu, even at a confirmation', () => {
    for (const prompt of [promiseQuestion, planChoice, payInFullConfirm]) {
      expect(interruptionAt(prompt, heard({ intent: 'help', destination: 'menu', menuWord: true, consent: 'unclear' }))).toEqual({ kind: 'switch', destination: 'menu' });
    }
  });

  it('a question is answered and the prompt asked again', () => {
    expect(interruptionAt(planChoice, heard({ intent: 'balance_question', destination: 'details' }))).toEqual({ kind: 'answer', destination: 'details' });
    expect(interruptionAt(payInFullConfirm, heard({ intent: 'who_is_this', destination: 'whoIsThis', consent: 'unclear' }))).toEqual({ kind: 'answer', destination: 'whoIsThis' });
  });

  it('a clear yes at a confirmation is the confirmation\'s, whatever else it names ("yes I accept the plan")', () => {
    expect(interruptionAt(payInFullConfirm, heard({ intent: 'payment_plan', destination: 'plan', consent: 'yes' }))).toEqual({ kind: 'none' });
  });

  it('a request for another flow switches to it; the same flow stays with the prompt', () => {
    expect(interruptionAt(promiseQuestion, heard({ intent: 'payment_plan', destination: 'plan' }))).toEqual({ kind: 'switch', destination: 'plan' });
    expect(interruptionAt(payInFullConfirm, heard({ intent: 'payment_plan', destination: 'plan', consent: 'unclear' }))).toEqual({ kind: 'switch', destination: 'plan' });
    expect(interruptionAt(planChoice, heard({ intent: 'payment_plan', destination: 'plan' }))).toEqual({ kind: 'none' });
  });

  it('terms answer the open question whichever flow their words lean to, unless they name a frequency', () => {
    expect(interruptionAt(promiseQuestion, heard({ intent: 'payment_plan', destination: 'plan', namesTerms: true }))).toEqual({ kind: 'none' });
    expect(interruptionAt(planChoice, heard({ intent: 'promise_to_pay', destination: 'promise', namesTerms: true }))).toEqual({ kind: 'none' });
    expect(interruptionAt(promiseQuestion, heard({ intent: 'payment_plan', destination: 'plan', namesTerms: true, namesFrequency: true }))).toEqual({
      kind: 'switch',
      destination: 'plan',
    });
  });

  it('"thanks, the 15th" answers the question; a bare "bye" ends', () => {
    expect(interruptionAt(promiseQuestion, heard({ intent: 'thanks', destination: 'goodbye', namesTerms: true }))).toEqual({ kind: 'none' });
  });

  it('at a confirmation, terms with a doubt stay unclear; with a no they go where they lean', () => {
    expect(interruptionAt(payInFullConfirm, heard({ intent: 'promise_to_pay', destination: 'promise', namesTerms: true, consent: 'unclear' }))).toEqual({ kind: 'none' });
    expect(interruptionAt(payInFullConfirm, heard({ intent: 'promise_to_pay', destination: 'promise', namesTerms: true, consent: 'no' }))).toEqual({
      kind: 'switch',
      destination: 'promise',
    });
  });

  it('"what?" repeats the question; "hello?" is a miss; "bye" ends', () => {
    expect(interruptionAt(promiseQuestion, heard({ intent: 'repeat', destination: 'menu' }))).toEqual({ kind: 'repeat' });
    expect(interruptionAt(promiseQuestion, heard({ intent: 'greeting', destination: 'menu' }))).toEqual({ kind: 'none' });
    expect(interruptionAt(promiseQuestion, heard({ intent: 'goodbye', destination: 'goodbye' }))).toEqual({ kind: 'switch', destination: 'goodbye' });
  });
});

describe('interruptions at a prompt: casual misreadings (issue #16 item 4)', () => {
  const settleConfirm: OpenPrompt = { flow: 'settle', confirming: true };
  it('a plan turned down at another offer\'s question is said so, and that question goes on', () => {
    for (const prompt of [promiseQuestion, payInFullConfirm, settleConfirm]) {
      expect(interruptionAt(prompt, heard({ intent: 'payment_plan', destination: undefined, declinesPlan: true }))).toEqual({ kind: 'planDeclined' });
      expect(interruptionAt(prompt, heard({ intent: 'deny', destination: undefined, declinesPlan: true, namesTerms: true, namesFrequency: true }))).toEqual({ kind: 'planDeclined' });
      expect(interruptionAt(prompt, heard({ intent: 'deny', destination: undefined, declinesPlan: true, consent: 'unclear' }))).toEqual({ kind: 'planDeclined' });
    }
  });

  it('at the plan\'s own question, "no plan" is the plan\'s to read (a no)', () => {
    expect(interruptionAt(planChoice, heard({ intent: 'deny', declinesPlan: true }))).toEqual({ kind: 'none' });
  });

  it('a hesitation at a confirmation is never a goodbye ("wait ya")', () => {
    expect(interruptionAt(payInFullConfirm, heard({ intent: 'goodbye', destination: 'goodbye', consent: 'unclear', hesitates: true }))).toEqual({ kind: 'none' });
    expect(interruptionAt(payInFullConfirm, heard({ intent: 'goodbye', destination: 'goodbye', consent: 'unclear' }))).toEqual({ kind: 'switch', destination: 'goodbye' });
  });

  it('a hesitation beside a question still has it answered ("wait, what\'s my balance")', () => {
    expect(interruptionAt(payInFullConfirm, heard({ intent: 'balance_question', destination: 'details', consent: 'unclear', hesitates: true }))).toEqual({ kind: 'answer', destination: 'details' });
  });
});
