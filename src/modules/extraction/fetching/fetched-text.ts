import { MIMEType } from 'node:util';
import { DomainError, ErrorCode } from '../../../common/errors/domain-error.js';
import type { ArticleFormat } from '../reader/reader-text.js';

/** Media types read as each article format. */
const FORMAT_BY_TYPE: Record<string, ArticleFormat> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/plain': 'text',
};

/** A Content-Type header parsed, or null when absent or unreadable. */
function mediaType(contentType: string | undefined): MIMEType | null {
  if (!contentType) return null;
  try {
    return new MIMEType(contentType);
  } catch {
    return null;
  }
}

/**
 * The format to read a fetched article in: the one the editor gave, else the one its
 * Content-Type names. A given format still needs text to read: an image or PDF is refused
 * whatever format was asked for.
 */
export function fetchedFormat(contentType: string | undefined, given: ArticleFormat | undefined): ArticleFormat {
  const type = mediaType(contentType);
  const essence = type?.essence;
  const textual = essence === undefined || essence.startsWith('text/') || essence in FORMAT_BY_TYPE;
  if (!textual) throw new DomainError(ErrorCode.FETCH_FAILED, `The URL answered ${essence}, not an article (HTML, Markdown or plain text)`);
  if (given) return given;
  const format = essence === undefined ? undefined : FORMAT_BY_TYPE[essence];
  if (!format) {
    throw new DomainError(ErrorCode.FETCH_FAILED, `The URL answered ${essence ?? 'no Content-Type'}; give format (html, markdown or text) to read it`, [
      { field: 'format', message: 'needed: the answer\'s Content-Type names no article format' },
    ]);
  }
  return format;
}

/** `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">` near the top of an HTML page. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * The fetched bytes as text, in the encoding the WHATWG sniffing order gives: a byte order
 * mark, then the Content-Type charset, then (HTML) a meta charset in the first 1,024 bytes,
 * then UTF-8. An unknown label falls back to UTF-8; undecodable bytes become U+FFFD.
 */
export function decodeFetched(bytes: Buffer, contentType: string | undefined, format: ArticleFormat): string {
  const label = bomEncoding(bytes) ?? mediaType(contentType)?.params.get('charset') ?? (format === 'html' ? META_CHARSET.exec(bytes.subarray(0, 1024).toString('latin1'))?.[1] : undefined) ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function bomEncoding(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}
