import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Store } from '../store/store';
import type { Session } from './session';

/** What a conversation keeps between turns: our session and botbuilder's dialog stack. */
export interface ConversationDocument {
  session?: Session;
  dialogs?: DialogState;
}

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

  async load(context: TurnContext): Promise<ConversationDocument> {
    const document = (await this.store.getDocument<ConversationDocument>(documentKey(context))) ?? {};
    context.turnState.set(TURN_STATE_KEY, document);
    return document;
  }

  async save(context: TurnContext): Promise<void> {
    await this.store.setDocument(documentKey(context), this.current(context), this.ttlSeconds);
  }

  private current(context: TurnContext): ConversationDocument {
    const document = context.turnState.get(TURN_STATE_KEY) as ConversationDocument | undefined;
    if (!document) throw new Error('the conversation state is read when a turn starts, before it is used');
    return document;
  }
}

function documentKey(context: TurnContext): string {
  const { channelId, conversation } = context.activity;
  return `bot:${channelId}/conversations/${conversation.id}/`;
}
