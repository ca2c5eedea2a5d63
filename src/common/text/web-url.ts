import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Characters RFC 3986 does not allow in a URL as written (WHATWG parsing is lenient and keeps
 * them): whitespace and controls, < > " { } | \ ^ `, and [ ] outside an IPv6 host. A stored
 * URL with them can break out of the Markdown or HTML it is written into
 * (`http://example.com/)[x](javascript:alert(1))`).
 */
const NOT_IN_URLS = /[\s\p{Cc}<>"{}|\\^`]/u;

/** An absolute http(s) URL, as WHATWG URL parses it, with nothing a URL may not hold. */
export function isWebUrl(value: unknown): boolean {
  if (typeof value !== 'string' || NOT_IN_URLS.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  // Brackets belong to an IPv6 host only: none in the path, query or fragment.
  const afterAuthority = value.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  return !/[[\]]/.test(afterAuthority);
}

export function IsWebUrl(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isWebUrl', validator: { validate: isWebUrl, defaultMessage: (args) => `${args?.property ?? "url"} must be an absolute http(s) URL without spaces, brackets, quotes or < > { } | \\ ^ \`` } }, options);
}

/** Only http(s) URLs become links: a stored `javascript:` URL must not (the page shows no link instead). */
export const linkableUrl = (url: string | null | undefined): string | null => (isWebUrl(url) ? url! : null);
