import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { allowedNow, contactWindowOf, nextAllowedTime, zonesWhenUnknown } from '../../../src/compliance/contact-window';
import { areaCodeOf, conversationZones, debtorZones, regionForZip } from '../../../src/compliance/debtor-location';
import { areaCodeZones } from '../../../src/compliance/data/area-code-timezones';
import { zip3Regions } from '../../../src/compliance/data/zip3-timezones';
import type { InconvenientTime } from '../../../src/domain/contact-preferences';
import { anAccount, californianWith212 } from '../../fixtures/accounts';
import { samplePolicy } from '../../fixtures/policy';

const window = (inconvenientTimes: InconvenientTime[] = []) => contactWindowOf(samplePolicy, inconvenientTimes);
const local = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toJSDate();

describe('RF-02 every known location', () => {
  it('collects the zones of the account, the address and the phone, primary first', () => {
    expect(debtorZones(californianWith212())).toEqual(['America/Los_Angeles', 'America/New_York']);
    expect(debtorZones(anAccount({ timezone: 'America/Denver', zip: '60601', phone: '+13125550123' }))).toEqual([
      'America/Denver',
      'America/Chicago',
    ]);
  });

  it('in a conversation, reads the account once linked, else only the number the debtor texts from; times are written in the first zone, else the creditor\'s', () => {
    const chicagoCreditor = { creditor: { ...samplePolicy.creditor, timezone: 'America/Chicago' } };
    // An account with no zone of its own is placed by its address and phone, not by the texting number.
    expect(conversationZones(anAccount({ timezone: undefined, zip: '94103', phone: '+12125550147' }), { channel: 'sms', address: '+13125550123' }, chicagoCreditor)).toEqual({
      zones: ['America/Los_Angeles', 'America/New_York'],
      zone: 'America/Los_Angeles',
    });
    expect(conversationZones(null, { channel: 'sms', address: '+12125550147' }, chicagoCreditor)).toEqual({ zones: ['America/New_York'], zone: 'America/New_York' });
    expect(conversationZones(null, { channel: 'cli', address: '+12125550147' }, chicagoCreditor).zone).toBe('America/New_York');
    // A web chat address says nothing of where the debtor is.
    expect(conversationZones(null, { channel: 'webchat', address: 'conv-1' }, chicagoCreditor)).toEqual({ zones: [], zone: 'America/Chicago' });
  });

  it('reads the area code with libphonenumber', () => {
    expect(areaCodeOf('+12125550147')).toBe('212');
    expect(areaCodeOf('(512) 555-0101')).toBe('512');
    expect(areaCodeOf('+447911123456')).toBeNull();
  });

  it('places ZIPs by prefix, including split states', () => {
    expect(regionForZip('02108')).toMatchObject({ state: 'MA', zones: ['America/New_York'] });
    expect(regionForZip('32501')).toMatchObject({ state: 'FL', zones: ['America/Chicago'] });
    expect(regionForZip('79901')).toMatchObject({ state: 'TX', zones: ['America/Denver'] });
    expect(regionForZip('85001-1234')).toMatchObject({ state: 'AZ', zones: ['America/Phoenix'] });
    expect(regionForZip('ABCDE')).toBeNull();
  });

  it('lists every ZIP prefix at most once, with real zones', () => {
    const prefixes = zip3Regions.flatMap((r) => Array.from({ length: r.last - r.first + 1 }, (_, i) => r.first + i));
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const zone of new Set(zip3Regions.flatMap((r) => r.zones))) expect(DateTime.local().setZone(zone).isValid).toBe(true);
  });

  it('knows an area code for every state and a real zone for each', () => {
    expect(areaCodeZones.size).toBeGreaterThan(300);
    for (const zones of areaCodeZones.values()) for (const zone of zones) expect(DateTime.local().setZone(zone).isValid).toBe(true);
  });
});

describe('RF-02 contact window 08:00-21:00 in every zone', () => {
  it('blocks 20:30 PT for a California address with a 212 phone and re-queues to next day 08:00 PT', () => {
    const zones = debtorZones(californianWith212());
    const at = local('2026-06-16T20:30', 'America/Los_Angeles');
    expect(allowedNow(zones, at, window())).toBe(false);
    expect(nextAllowedTime(zones, at, window())).toEqual(local('2026-06-17T08:00', 'America/Los_Angeles'));
  });

  it('TC-05: a TCPA-only check is not enough; 20:30 PT is still blocked by the ET location', () => {
    const zones = ['America/Los_Angeles', 'America/New_York'];
    expect(allowedNow(['America/Los_Angeles'], local('2026-06-16T20:30', 'America/Los_Angeles'), window())).toBe(true);
    expect(allowedNow(zones, local('2026-06-16T20:30', 'America/Los_Angeles'), window())).toBe(false);
  });

  it('holds a 07:55 message until 08:00', () => {
    const zones = ['America/Chicago'];
    const at = local('2026-06-16T07:55', 'America/Chicago');
    expect(allowedNow(zones, at, window())).toBe(false);
    expect(nextAllowedTime(zones, at, window())).toEqual(local('2026-06-16T08:00', 'America/Chicago'));
  });

  it('opens at 08:00 and closes at 21:00', () => {
    const zones = ['America/Chicago'];
    expect(allowedNow(zones, local('2026-06-16T08:00', 'America/Chicago'), window())).toBe(true);
    expect(allowedNow(zones, local('2026-06-16T20:59', 'America/Chicago'), window())).toBe(true);
    expect(allowedNow(zones, local('2026-06-16T21:00', 'America/Chicago'), window())).toBe(false);
  });

  it('with no known location, requires the window in every continental zone', () => {
    expect(allowedNow([], local('2026-06-16T09:00', 'America/New_York'), window())).toBe(false);
    expect(nextAllowedTime([], local('2026-06-16T09:00', 'America/New_York'), window())).toEqual(
      local('2026-06-16T08:00', zonesWhenUnknown[3] ?? ''),
    );
  });

  it('follows daylight saving: 08:00 local on the day clocks change', () => {
    const zones = ['America/New_York'];
    const at = local('2026-03-08T07:30', 'America/New_York');
    expect(nextAllowedTime(zones, at, window())).toEqual(local('2026-03-08T08:00', 'America/New_York'));
  });
});

describe('RF-02 consumer-designated inconvenient times', () => {
  const workHours: InconvenientTime[] = [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }];
  const zones = ['America/Chicago'];

  it('"never text me during work hours 9-5 weekdays": Tue 10:00 blocked, Sat 10:00 allowed', () => {
    expect(allowedNow(zones, local('2026-06-16T10:00', 'America/Chicago'), window(workHours))).toBe(false);
    expect(allowedNow(zones, local('2026-06-20T10:00', 'America/Chicago'), window(workHours))).toBe(true);
  });

  it('holds a Tuesday 10:00 message until 17:00', () => {
    expect(nextAllowedTime(zones, local('2026-06-16T10:00', 'America/Chicago'), window(workHours))).toEqual(
      local('2026-06-16T17:00', 'America/Chicago'),
    );
  });

  it('"not on Sundays" moves a Saturday-night message to Monday 08:00', () => {
    const sundays: InconvenientTime[] = [{ days: [7], start: '00:00', end: '23:59' }];
    expect(nextAllowedTime(zones, local('2026-06-20T22:00', 'America/Chicago'), window(sundays))).toEqual(
      local('2026-06-22T08:00', 'America/Chicago'),
    );
  });

  it('finds no time when every hour of every day is designated', () => {
    const always: InconvenientTime[] = [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' }];
    expect(nextAllowedTime(zones, local('2026-06-16T10:00', 'America/Chicago'), window(always))).toBeNull();
  });
});
