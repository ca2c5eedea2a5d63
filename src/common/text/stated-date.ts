import { Matches } from 'class-validator';

const YEAR = '(?:000[1-9]|00[1-9]\\d|0[1-9]\\d{2}|[1-9]\\d{3})';
const LEAP_YEAR = '(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)';
/**
 * A date as precisely as the source states it: 2026, 2026-05 or 2026-05-14, and one the calendar
 * has (no year 0000, no 2026-02-30, February 29 only in leap years): the database refuses the
 * others as dates, and the OpenAPI document states this very pattern, so a client (or a fuzzer)
 * reading it sends only dates the server takes.
 */
export const STATED_DATE = new RegExp(
  `^(?:${YEAR}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|1\\d|2[0-8]))?|-(?:0[13-9]|1[0-2])-(?:29|30)|-(?:0[13578]|1[02])-31)?|${LEAP_YEAR}-02-29)$`,
);

/** A stated date (YYYY, YYYY-MM or YYYY-MM-DD) that exists on the calendar. */
export function IsStatedDate(field: string): PropertyDecorator {
  return Matches(STATED_DATE, { message: `${field} must be YYYY, YYYY-MM or YYYY-MM-DD, a date of the calendar` });
}
