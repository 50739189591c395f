import type { TurnContext } from 'botbuilder';
import type { TranscriptEntry } from '../src/domain/transcript';
import { turnFacts } from '../src/conversation/turn-facts';
import type { DialogServices } from './services';

/**
 * A line in the transcript for something this turn brought about (a flag, a consent, a claim, a
 * verification), written once per message: its id derives from the message, so a redelivery finds it.
 */
export function recordTurnEvent(
  context: TurnContext,
  services: Pick<DialogServices, 'transcripts' | 'clock'>,
  event: string,
  text: string,
  actor: TranscriptEntry['actor'] = 'debtor',
): Promise<void> {
  const facts = turnFacts(context);
  return services.transcripts.record(
    { at: services.clock.now().toISOString(), direction: 'event', channel: facts.channel, conversationId: facts.conversationId, actor, text, event },
    facts.effects.id(event),
  );
}
