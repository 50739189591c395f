import { randomUUID } from 'node:crypto';
import { BotAdapter, TurnContext, type Activity, type ResourceResponse } from 'botbuilder';

const SENT = Symbol('amicable.sent');

/**
 * Runs a turn and collects what it says, so each channel answers in its own format (TwiML,
 * Direct Line activities, terminal lines). Every send has already passed the outbound gate
 * middleware by the time it lands here.
 */
export class ConversationAdapter extends BotAdapter {
  async runTurn(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<Partial<Activity>[]> {
    const context = new TurnContext(this, activity);
    const sent: Partial<Activity>[] = [];
    context.turnState.set(SENT, sent);
    await this.runMiddleware(context, logic);
    return sent;
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const sent = context.turnState.get(SENT) as Partial<Activity>[];
    return activities.map((activity) => {
      const id = randomUUID();
      sent.push({ ...activity, id });
      return { id };
    });
  }

  async updateActivity(): Promise<void> {
    throw new Error('messages already sent by SMS cannot be edited');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('messages already sent by SMS cannot be deleted');
  }

  async continueConversation(): Promise<void> {
    throw new Error('proactive messages are sent by the channel senders, through the outbound gate');
  }
}
