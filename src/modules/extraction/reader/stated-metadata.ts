/** Dates and bylines as articles state them: shared by the HTML and plain-text readers. */

/** A line that is only a person's name ("Kenji Sato"). */
export const PERSON_NAME = /^[A-Z][\p{L}.'-]+(?:\s+[A-Z][\p{L}.'-]+){1,3}$/u;
/** "By Jane Doe" anywhere in a line ("5 min read · By Jane Doe"). */
export const BYLINE_ANYWHERE = /(?:^|[\s\d|·])(?:[Ww]ritten\s+)?(?:(?<=^|[\s|·])[Bb]y|By)\s+([A-Z][\p{L}.'-]+(?:\s+[A-Z][\p{L}.'-]+){0,3})/u;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A stated date as YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text states it; null when none. */
export function statedDate(text: string | null): string | null {
  if (!text) return null;
  const iso = /\b((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?(?!\d)/.exec(text);
  // "11/16/2016" (month first, as US pages and Microsoft's front matter write it) says more than its year.
  const numericFirst = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\b/.exec(text);
  if (numericFirst && !iso?.[2]) return calendarDate(numericFirst[3], Number(numericFirst[1]), Number(numericFirst[2]));
  if (iso && (iso[2] || !/[A-Za-z]{3}/.test(text))) return calendarDate(iso[1], iso[2] ? Number(iso[2]) : undefined, iso[3] ? Number(iso[3]) : undefined);
  const lower = text.toLowerCase();
  const monthFirst = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)(?!\d)/.exec(lower);
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d\d)(?!\d)/.exec(lower);
  const month = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1;
  if (dayFirst) return calendarDate(dayFirst[3], month(dayFirst[2]), Number(dayFirst[1]));
  if (monthFirst) return calendarDate(monthFirst[3], month(monthFirst[1]), monthFirst[2] ? Number(monthFirst[2]) : undefined);
  if (iso) return iso[1];
  return null;
}

/**
 * YYYY, YYYY-MM or YYYY-MM-DD from stated parts, keeping only what names a real day: "31 February
 * 2025" or "13/45/2020" says no more than its year (or month), never a date the calendar lacks.
 */
function calendarDate(year: string, month?: number, day?: number): string {
  if (!month || month < 1 || month > 12) return year;
  const pad = (n: number) => String(n).padStart(2, '0');
  const daysInMonth = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  if (!day || day < 1 || day > daysInMonth) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}
