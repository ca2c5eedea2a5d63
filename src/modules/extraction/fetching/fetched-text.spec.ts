import { DomainError, ErrorCode } from '../../../common/errors/domain-error.js';
import { decodeFetched, fetchedFormat } from './fetched-text.js';

describe('fetchedFormat', () => {
  it.each([
    ['text/html; charset=utf-8', 'html'],
    ['TEXT/HTML', 'html'],
    ['application/xhtml+xml', 'html'],
    ['text/markdown; charset=UTF-8', 'markdown'],
    ['text/x-markdown', 'markdown'],
    ['text/plain', 'text'],
  ])('reads %s as %s', (contentType, format) => {
    expect(fetchedFormat(contentType, undefined)).toBe(format);
  });

  it('keeps the format the editor gave for any text', () => {
    expect(fetchedFormat('text/plain', 'markdown')).toBe('markdown');
    expect(fetchedFormat(undefined, 'html')).toBe('html');
    expect(fetchedFormat('text/csv', 'text')).toBe('text');
  });

  it.each([
    ['application/pdf', undefined],
    ['image/png', 'text'],
    ['application/octet-stream', 'html'],
    ['text/csv', undefined],
    [undefined, undefined],
  ] as const)('refuses %s (format %s) with FETCH_FAILED', (contentType, given) => {
    let error: unknown;
    try {
      fetchedFormat(contentType, given);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(ErrorCode.FETCH_FAILED);
  });
});

describe('decodeFetched', () => {
  const latin1 = Buffer.from('<p>Café crème</p>', 'latin1');

  it('decodes with the Content-Type charset', () => {
    expect(decodeFetched(latin1, 'text/html; charset=ISO-8859-1', 'html')).toBe('<p>Café crème</p>');
  });

  it('decodes with a meta charset when the header names none', () => {
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body>'), latin1]);
    expect(decodeFetched(page, 'text/html', 'html')).toContain('Café crème');
    const equiv = Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'), latin1]);
    expect(decodeFetched(equiv, undefined, 'html')).toContain('Café crème');
  });

  it('lets a byte order mark win over the header, and drops it', () => {
    const text = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café', 'utf8')]);
    expect(decodeFetched(text, 'text/plain; charset=iso-8859-1', 'text')).toBe('Café');
  });

  it('reads UTF-8 when nothing names an encoding, or an unknown one does', () => {
    expect(decodeFetched(Buffer.from('naïve', 'utf8'), 'text/plain', 'text')).toBe('naïve');
    expect(decodeFetched(Buffer.from('naïve', 'utf8'), 'text/plain; charset=klingon', 'text')).toBe('naïve');
  });

  it('does not read a meta charset in plain text', () => {
    const text = Buffer.from('<meta charset="iso-8859-1"> naïve', 'utf8');
    expect(decodeFetched(text, 'text/plain', 'text')).toBe('<meta charset="iso-8859-1"> naïve');
  });
});
