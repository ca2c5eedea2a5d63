import { STATED_DATE } from './stated-date.js';

/** The calendar's own answer, by Date arithmetic: the oracle the pattern must agree with. */
function isCalendarDate(stated: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(stated);
  if (!m) return false;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (year < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC reads years 0-99 as 1900-1999
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('stated dates', () => {
  it.each(['2026', '2026-05', '2026-05-14', '2024-02-29', '2000-02-29', '0004-02-29', '0001', '0050-12-31', '9999-12-31'])('%s is a date of the calendar', (stated) => {
    expect(STATED_DATE.test(stated)).toBe(true);
  });

  it.each(['0000', '0000-01-01', '0000-02-29', '2026-02-29', '1900-02-29', '2026-02-30', '2026-04-31', '2026-13', '2026-00', '26', '2026-5', 'x'])('%s is not', (stated) => {
    expect(STATED_DATE.test(stated)).toBe(false);
  });

  it('agrees with the calendar on every year, month and day of 32 (leap rules, short months, year 0)', () => {
    const disagreements: string[] = [];
    for (const year of [0, 1, 4, 99, 100, 400, 1900, 1996, 2000, 2023, 2024, 2100, 2400, 9999]) {
      const y = pad(year, 4);
      if (STATED_DATE.test(y) !== isCalendarDate(y)) disagreements.push(y);
      for (let month = 0; month <= 13; month++) {
        const ym = `${y}-${pad(month, 2)}`;
        if (STATED_DATE.test(ym) !== isCalendarDate(ym)) disagreements.push(ym);
        for (let day = 0; day <= 32; day++) {
          const ymd = `${ym}-${pad(day, 2)}`;
          if (STATED_DATE.test(ymd) !== isCalendarDate(ymd)) disagreements.push(ymd);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});
