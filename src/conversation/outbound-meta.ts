import type { Activity } from 'botbuilder';

/**
 * What a dialog declares about a message it sends, so the outbound gate can check it:
 * whether it carries collection content, and which amounts and dates it may state (FL-01).
 */
export interface OutboundMeta {
  collectionContent: boolean;
  amounts: number[];
  dates: string[];
  /** The single confirmation of an opt-out, which may reach an opted-out number (TC-02). */
  optOutConfirmation?: boolean;
  /** The reply of care to words of crisis (AI-02), which may answer a debtor who had opted out. */
  crisisCare?: boolean;
}

export function withOutboundMeta(activity: Partial<Activity>, meta: OutboundMeta): Partial<Activity> {
  return { ...activity, channelData: { ...(activity.channelData as object | undefined), amicable: meta } };
}

export function outboundMetaOf(activity: Partial<Activity>): OutboundMeta {
  const meta = (activity.channelData as { amicable?: OutboundMeta } | undefined)?.amicable;
  return meta ?? { collectionContent: false, amounts: [], dates: [] };
}
