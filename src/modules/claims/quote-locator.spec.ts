import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';
import { locateQuote, sliceCodePoints } from './quote-locator.js';

describe('locateQuote', () => {
  const body = 'Node.js wins. Python wins. Node.js wins again. It isn’t close.';

  it('returns code-point offsets of a unique quote', () => {
    const span = locateQuote(body, 'Python wins.');
    expect(span).toEqual({ start: 14, end: 26 });
    expect(sliceCodePoints(body, span.start, span.end)).toBe('Python wins.');
  });

  it('keeps curly apostrophes exact: a straight one does not match', () => {
    expect(sliceCodePoints(body, locateQuote(body, 'isn’t').start, locateQuote(body, 'isn’t').end)).toBe('isn’t');
    expect(() => locateQuote(body, "isn't")).toThrow(expect.objectContaining({ code: ErrorCode.QUOTE_NOT_FOUND }));
  });

  it('refuses an ambiguous quote unless the occurrence is given', () => {
    expect(() => locateQuote(body, 'Node.js wins')).toThrow(expect.objectContaining({ code: ErrorCode.QUOTE_AMBIGUOUS }));
    expect(locateQuote(body, 'Node.js wins', 2).start).toBe(body.lastIndexOf('Node.js wins'));
    expect(() => locateQuote(body, 'Node.js wins', 3)).toThrow(DomainError);
  });

  it('counts astral characters as one code point', () => {
    const emoji = 'Fast 🚀 and Node.js wins';
    const span = locateQuote(emoji, 'Node.js');
    expect(span.start).toBe(Array.from(emoji.slice(0, emoji.indexOf('Node.js'))).length);
    expect(sliceCodePoints(emoji, span.start, span.end)).toBe('Node.js');
  });
});
