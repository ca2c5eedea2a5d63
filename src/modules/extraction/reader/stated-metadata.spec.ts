import { statedDate } from './stated-metadata.js';

describe('statedDate', () => {
  it('reads ISO, month-first, day-first and US numeric dates', () => {
    expect(statedDate('Published 2024-03-09')).toBe('2024-03-09');
    expect(statedDate('March 9, 2024')).toBe('2024-03-09');
    expect(statedDate('9th March 2024')).toBe('2024-03-09');
    expect(statedDate('3/9/2024')).toBe('2024-03-09');
    expect(statedDate('June 2021')).toBe('2021-06');
  });

  it('never yields a day the calendar lacks: it keeps only the parts that are real', () => {
    expect(statedDate('31 February 2025')).toBe('2025-02');
    expect(statedDate('February 30, 2024')).toBe('2024-02');
    expect(statedDate('29 February 2024')).toBe('2024-02-29');
    expect(statedDate('29 February 2023')).toBe('2023-02');
    expect(statedDate('2025-13-01')).toBe('2025');
    expect(statedDate('2025-04-31')).toBe('2025-04');
    expect(statedDate('13/45/2020')).toBe('2020');
  });

  it('is null when no date is stated', () => {
    expect(statedDate('no date here')).toBeNull();
    expect(statedDate(null)).toBeNull();
  });
});
