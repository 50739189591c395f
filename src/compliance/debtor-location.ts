import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Account } from '../domain/account';
import { textsByPhone, type Channel } from '../domain/channel';
import type { Policy } from '../domain/policy';
import { remembered } from '../domain/remembered';
import { areaCodeZones } from './data/area-code-timezones';
import { zip3Regions, type Zip3Region } from './data/zip3-timezones';

/** Where the debtor may be, as far as the account tells: RF-02 windows, ST-* state profiles. */
export type DebtorWhereabouts = Pick<Account, 'timezone' | 'zip' | 'phone'>;

export function regionForZip(zip: string): Zip3Region | null {
  const match = /^(\d{3})\d{2}(?:-?\d{4})?$/.exec(zip.trim());
  if (!match) return null;
  const prefix = Number(match[1]);
  return zip3Regions.find((region) => prefix >= region.first && prefix <= region.last) ?? null;
}

/**
 * The three-digit NANP area code of a US number, read by libphonenumber rather than by hand; kept
 * for the numbers lately read, since every turn places its debtor again (RF-02).
 */
export const areaCodeOf = remembered(256, (phone: string): string | null => {
  const parsed = parsePhoneNumberFromString(phone, 'US');
  if (!parsed || parsed.countryCallingCode !== '1') return null;
  return parsed.nationalNumber.slice(0, 3);
});

/**
 * Every time zone the debtor may be in (RF-02: "all known locations"), the primary one first:
 * the zone on the account, then the address's, then the phone's. Empty when nothing is known.
 */
export function debtorZones(whereabouts: DebtorWhereabouts): string[] {
  const areaCode = areaCodeOf(whereabouts.phone);
  const zones = [
    ...(whereabouts.timezone ? [whereabouts.timezone] : []),
    ...(regionForZip(whereabouts.zip)?.zones ?? []),
    ...((areaCode && areaCodeZones.get(areaCode)) || []),
  ];
  return [...new Set(zones)];
}

/**
 * Where the debtor in a conversation may be: the account's whereabouts once one is linked, else
 * only the number they text from (a web chat tells nothing before verification); `zone` is the
 * one times are written in to them, the primary zone or, when nothing is known, the creditor's.
 */
export function conversationZones(
  account: DebtorWhereabouts | null | undefined,
  conversation: { channel: Channel; address: string },
  policy: Pick<Policy, 'creditor'>,
): { zones: string[]; zone: string } {
  const zones = debtorZones(account ?? { phone: textsByPhone(conversation.channel) ? conversation.address : '', zip: '' });
  return { zones, zone: zones[0] ?? policy.creditor.timezone };
}
