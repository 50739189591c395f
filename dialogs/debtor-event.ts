import type { TurnContext } from 'botbuilder';
import { turnFacts } from '../src/conversation/turn-facts';
import type { DialogServices } from './services';

/**
 * A line in the transcript for something the debtor's message brought about (a flag, a consent,
 * a claim), written once per message: its id derives from the message, so a redelivery finds it.
 */
export function recordDebtorEvent(context: TurnContext, services: Pick<DialogServices, 'transcripts' | 'clock'>, event: string, text: string): Promise<void> {
  const facts = turnFacts(context);
  return services.transcripts.record(
    { at: services.clock.now().toISOString(), direction: 'event', channel: facts.channel, conversationId: facts.conversationId, actor: 'debtor', text, event },
    facts.effects.id(event),
  );
}
