import type { OptOutRegistry } from '../conversation/opt-outs';
import type { Clock } from '../domain/clock';
import type { Policy } from '../domain/policy';
import type { Outreach } from '../outreach/create-outreach';
import type { Store } from '../store/store';
import { CampaignDispatcher } from './campaign-dispatcher';
import { CampaignService } from './campaign-service';
import { SendThrottle } from './send-throttle';

export interface CampaignOptions {
  /** CAMPAIGN_SENDS_PER_SECOND: the rate per sender number (a US long code takes about 1). */
  sendsPerSecond: number;
  /** TWILIO_FROM_NUMBER: the throttle is per sender number. */
  senderNumber: string | null;
}

export const defaultCampaignOptions: CampaignOptions = { sendsPerSecond: 1, senderNumber: null };

/** The campaign service and its dispatcher, which works with the outreach runners. */
export function createCampaigns(
  options: CampaignOptions,
  deps: { store: Store; clock: Clock; policy: Policy; optOuts: OptOutRegistry; outreach: Outreach; onError?: (error: unknown) => void },
) {
  const { store, clock, policy, optOuts, outreach } = deps;
  const service = new CampaignService({
    store,
    clock,
    policy,
    optOuts,
    contacts: outreach.contacts,
    activity: outreach.activity,
    canSend: outreach.sender !== null,
  });
  const throttle = new SendThrottle({ store, clock, sendsPerSecond: options.sendsPerSecond, senderNumber: options.senderNumber ?? 'default' });
  const dispatcher = new CampaignDispatcher({
    store,
    clock,
    policy,
    sender: outreach.sender,
    throttle,
    campaigns: service,
    ...(deps.onError ? { onError: deps.onError } : {}),
  });
  return { service, dispatcher, throttle };
}
