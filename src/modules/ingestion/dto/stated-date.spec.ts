import { isCalendarDate } from './ingest-source.dto.js';

describe('stated dates', () => {
  it.each(['2026', '2026-05', '2026-05-14', '2024-02-29', '0001', '0050-12-31', '9999-12-31'])('%s is a date of the calendar', (stated) => {
    expect(isCalendarDate(stated)).toBe(true);
  });

  it.each(['0000', '0000-01-01', '2026-02-29', '2026-02-30', '2026-04-31', '2026-13', '26', '2026-5', 'x'])('%s is not', (stated) => {
    expect(isCalendarDate(stated)).toBe(false);
  });
});
