import type { Language } from '../domain/account';
import type { DialogState } from 'botbuilder-dialogs';
import type { Entities, Intent } from '../language/recognition';

/** What the assistant remembers about one conversation between turns (kept in conversation state). */
export interface Session {
  /** Set only once the debtor passed verification (or the portal vouched for them). */
  accountId?: string;
  language: Language;
  lastActivityAt?: string;
  /** The AI disclosure and greeting went out in this session (AI-01). */
  greeted: boolean;
  /** What the debtor asked for before verification, acted on right after it. */
  pendingRequest?: { intent: Intent; entities: Entities };
  /** An open handoff case: the assistant stays out while a specialist has the conversation. */
  handoffId?: string;
  holdingNoticeSent?: boolean;
  /** When the debtor was last told, while the case waited for a person, that one will reply (ISO). */
  waitingAckAt?: string;
  /** The dialogs as they stood when the case opened: a hand-back to "confirm" resumes them. */
  dialogsBeforeHandoff?: DialogState;
  /** RF-02: when the one late-night notice went out, and when the debtor consented to go on (ISO). */
  lateNightNoticeAt?: string;
  lateNightConsentAt?: string;
  /** What the message that met the late-night notice asked for, answered once the debtor says to go on. */
  lateNightOpening?: { intent: Intent; intents: Intent[]; entities: Entities };
  /**
   * Words of crisis or a threat were heard in this conversation (AI-02, RF-14): no amount or
   * payment ask follows in it, whatever the account's flags say later. Crisis outranks threat.
   */
  safetyHold?: 'crisis' | 'threat';
  /** RF-02: the debtor asked for no contact at work without the hours; the next message may give them. */
  awaitingWorkHours?: boolean;
}

export function newSession(language: Language): Session {
  return { language, greeted: false };
}

/** After the idle window a conversation restarts: dialogs, verification and pending requests go. */
export function isIdle(session: Session, now: Date, idleMinutes: number): boolean {
  if (!session.lastActivityAt) return false;
  return now.getTime() - Date.parse(session.lastActivityAt) > idleMinutes * 60_000;
}
