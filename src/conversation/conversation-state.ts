import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Channel } from '../domain/channel';
import type { Store } from '../store/store';
import type { Session } from './session';

/** What a conversation keeps between turns: our session, botbuilder's dialog stack, and the messages handled. */
export interface ConversationDocument {
  session?: Session;
  dialogs?: DialogState;
  /**
   * The channel message ids of the latest turns that committed, newest last: in this document, a
   * turn's state and its "handled" mark are written in one SET (turn-effects.ts). The copy of the
   * replies a redelivery gets is written before it, and marked committed after it, which answers
   * older messages' redeliveries for a week.
   */
  handled?: string[];
}

/** Enough to cover the instant between the commit and the copy's committed mark. */
const HANDLED_IDS_KEPT = 10;

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

export function isHandled(document: ConversationDocument, messageId: string): boolean {
  return document.handled?.includes(messageId) ?? false;
}

export function markHandled(document: ConversationDocument, messageId: string): void {
  document.handled = [...(document.handled ?? []).filter((id) => id !== messageId), messageId].slice(-HANDLED_IDS_KEPT);
}

function documentKey(channel: Channel, conversationId: string): string {
  return `bot:${channel}/conversations/${conversationId}/`;
}
