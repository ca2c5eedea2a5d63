/**
 * Text and links inside Markdown (CommonMark + GFM tables) that render as the text they are.
 * Stored values (names, titles, quotes, URLs) are data: none may open a link, an image, raw
 * HTML, emphasis, code, a table cell or a block.
 */

/** Characters with inline meaning, escaped with a backslash (CommonMark allows it before any ASCII punctuation). */
const INLINE = /[\\`*_[\]()|~!{}]/g;
/** Block markers at the start of a text (a list item, heading, quote or ordered list that would nest). */
const BLOCK_START = /^(\s*)([#>+-]|\d+[.)])/;

/** A text as one line of inline Markdown: HTML-escaped (& < >), metacharacters escaped, line breaks as spaces. */
export function markdownText(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(INLINE, '\\$&')
    .replace(BLOCK_START, (_, space: string, marker: string) => `${space}${marker.replace(/[#>+\-.)]/, '\\$&')}`);
}

/**
 * A URL as a Markdown link destination, or null when it is not an absolute http(s) URL. The
 * WHATWG serialisation percent-encodes spaces, quotes and angle brackets; what it leaves that
 * ends or escapes a destination (parentheses, brackets, backslash) is
 * percent-encoded too, so the URL cannot close its link and open another.
 */
export function markdownUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  // A root-relative path (a citation link when no public base is known) stays relative.
  const relative = value.startsWith('/') && !value.startsWith('//');
  let url: URL;
  try {
    url = new URL(value, relative ? 'http://relative.invalid' : undefined);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const text = relative ? `${url.pathname}${url.search}${url.hash}` : url.href;
  return text.replace(/[()[\]\\<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[text](url)` when the URL is safe, else the text alone. */
export function markdownLink(text: string, url: string | null | undefined): string {
  const href = markdownUrl(url);
  return href ? `[${markdownText(text)}](${href})` : markdownText(text);
}
