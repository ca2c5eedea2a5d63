import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';

export interface QuoteSpan {
  /** Offsets in Unicode code points: [start, end). */
  start: number;
  end: number;
}

/**
 * Finds a quote verbatim in a body. A quote that occurs more than once must say which
 * occurrence it means (1-based), so offsets never silently point at the wrong passage.
 */
export function locateQuote(body: string, quote: string, occurrence?: number): QuoteSpan {
  const positions: number[] = [];
  for (let at = body.indexOf(quote); at !== -1; at = body.indexOf(quote, at + 1)) positions.push(at);
  if (positions.length === 0) {
    throw new DomainError(ErrorCode.QUOTE_NOT_FOUND, `quote not found verbatim in the source text: "${abbreviate(quote)}"`);
  }
  if (occurrence === undefined && positions.length > 1) {
    throw new DomainError(
      ErrorCode.QUOTE_AMBIGUOUS,
      `quote occurs ${positions.length} times in the source text; set occurrence (1-${positions.length}): "${abbreviate(quote)}"`,
    );
  }
  const index = (occurrence ?? 1) - 1;
  if (index >= positions.length) {
    throw new DomainError(ErrorCode.QUOTE_AMBIGUOUS, `occurrence ${occurrence} asked, but the quote occurs ${positions.length} time(s)`);
  }
  const utf16Start = positions[index];
  const start = hasSurrogates(body) ? codePointLength(body, 0, utf16Start) : utf16Start;
  return { start, end: start + codePointLength(quote, 0, quote.length) };
}

/** The text at code-point offsets, as a client would slice it. */
export function sliceCodePoints(body: string, start: number, end: number): string {
  if (!hasSurrogates(body)) return body.slice(start, end);
  return Array.from(body).slice(start, end).join('');
}

// Without surrogate pairs, code-point offsets are UTF-16 offsets. An article's claims are located
// one after another in the same body: remembering the last body's answer keeps locating all of
// them linear in the body's length, not claims x length (a 1 MB article took 22 s).
let lastBody: string | undefined;
let lastHasSurrogates = false;
function hasSurrogates(body: string): boolean {
  if (body !== lastBody) {
    lastBody = body;
    lastHasSurrogates = /[\uD800-\uDFFF]/.test(body);
  }
  return lastHasSurrogates;
}

function codePointLength(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++, count++) {
    const isHighSurrogate = (text.charCodeAt(i) & 0xfc00) === 0xd800;
    if (isHighSurrogate && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return count;
}

function abbreviate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Which occurrence (1-based) of `quote` starts at code-point offset `start`; undefined when it is unique. */
export function occurrenceAt(body: string, quote: string, start: number): number | undefined {
  const utf16Start = hasSurrogates(body) ? Array.from(body).slice(0, start).join('').length : start;
  let count = 0;
  for (let at = body.indexOf(quote); at !== -1 && at <= utf16Start; at = body.indexOf(quote, at + 1)) count++;
  return body.indexOf(quote) === body.lastIndexOf(quote) ? undefined : count;
}
