import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Channel } from '../domain/arrangement';
import type { Store } from '../store/store';
import type { Session } from './session';

/** What a conversation keeps between turns: our session, botbuilder's dialog stack, and the messages handled. */
export interface ConversationDocument {
  session?: Session;
  dialogs?: DialogState;
  /**
   * The channel message ids of the latest turns that committed, newest last, and the newest one's
   * replies as the channel rendered them. Kept in this document so that a turn's state and its
   * "handled" mark are written in one SET (see turn-effects.ts).
   */
  handled?: { ids: string[]; replies: Partial<Activity>[] };
}

/** More than any redelivery needs: Twilio and Web Chat retry the message they got no answer to. */
const HANDLED_IDS_KEPT = 20;

const TURN_STATE_KEY = Symbol('conversationDocument');

/**
 * One document per conversation, read once when a turn starts and written once when it ends.
 * It takes the place of botbuilder's ConversationState, which serialized and hashed the whole
 * state three times a turn (on load, before and after saving) to learn whether it had changed;
 * it always has (lastActivityAt).
 * Turns of one conversation are serialized by Store.withLock, so last-writer-wins is safe. The
 * key is the one ConversationState used, so conversations under way carry on after an upgrade.
 */
export class ConversationStateStore {
  /** The dialog stack, as DialogSet wants it. */
  readonly dialogs: StatePropertyAccessor<DialogState> = {
    get: async (context: TurnContext, defaultValue?: DialogState) => {
      const document = this.current(context);
      if (document.dialogs === undefined && defaultValue !== undefined) document.dialogs = structuredClone(defaultValue);
      return document.dialogs as DialogState;
    },
    set: async (context: TurnContext, value: DialogState) => {
      this.current(context).dialogs = value;
    },
    delete: async (context: TurnContext) => {
      delete this.current(context).dialogs;
    },
  };

  constructor(
    private readonly store: Store,
    private readonly ttlSeconds: number,
  ) {}

  async read(channel: Channel, conversationId: string): Promise<ConversationDocument> {
    return (await this.store.getDocument<ConversationDocument>(documentKey(channel, conversationId))) ?? {};
  }

  write(channel: Channel, conversationId: string, document: ConversationDocument): Promise<void> {
    return this.store.setDocument(documentKey(channel, conversationId), document, this.ttlSeconds);
  }

  /** Makes `document` the one this turn's dialogs read and change. */
  attach(context: TurnContext, document: ConversationDocument): void {
    context.turnState.set(TURN_STATE_KEY, document);
  }

  private current(context: TurnContext): ConversationDocument {
    const document = context.turnState.get(TURN_STATE_KEY) as ConversationDocument | undefined;
    if (!document) throw new Error('the conversation state is attached when a turn starts, before it is used');
    return document;
  }
}

/** What the message was answered, if its turn committed: the stored replies for the latest, none for an older one. */
export function repliesIfHandled(document: ConversationDocument, messageId: string): Partial<Activity>[] | null {
  const handled = document.handled;
  if (!handled?.ids.includes(messageId)) return null;
  // An older message's answer was followed by newer ones; sending it again would only confuse.
  return handled.ids.at(-1) === messageId ? handled.replies : [];
}

export function markHandled(document: ConversationDocument, messageId: string, replies: Partial<Activity>[]): void {
  const ids = [...(document.handled?.ids ?? []).filter((id) => id !== messageId), messageId].slice(-HANDLED_IDS_KEPT);
  document.handled = { ids, replies };
}

function documentKey(channel: Channel, conversationId: string): string {
  return `bot:${channel}/conversations/${conversationId}/`;
}
