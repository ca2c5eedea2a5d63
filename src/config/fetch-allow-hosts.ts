/** One entry of KB_FETCH_ALLOW_HOSTS: a host (name or address, lowercase) and, when given, its port. */
export interface AllowedFetchHost {
  host: string;
  port: number | null;
}

/** `host`, `host:port`, `[v6]` or `[v6]:port`; nothing else (no scheme, path, user or wildcard). */
const ENTRY = /^(\[[0-9a-f:.]+\]|[^\s:/?#@[\]*]+)(?::(\d{1,5}))?$/i;

/**
 * KB_FETCH_ALLOW_HOSTS: hosts an article URL may name although they resolve to private,
 * loopback or link-local addresses (an intranet wiki; tests' local servers). Comma-separated
 * `host[:port]`; without a port, every port of that host. Returns an Error naming the bad entry.
 */
export function fetchAllowHosts(text: string | undefined): AllowedFetchHost[] | Error {
  const value = (text ?? '').trim();
  if (value === '') return [];
  const hosts: AllowedFetchHost[] = [];
  for (const entry of value.split(',').map((part) => part.trim())) {
    const match = ENTRY.exec(entry);
    const port = match?.[2] === undefined ? null : Number(match[2]);
    const host = match ? canonicalHost(match[1]) : null;
    if (!host || (port !== null && (port < 1 || port > 65535))) {
      return new Error(`KB_FETCH_ALLOW_HOSTS: '${entry}' is not a host or host:port (e.g. wiki.internal, 127.0.0.1:8080, [::1]:8080)`);
    }
    hosts.push({ host, port });
  }
  return hosts;
}

/** The host as a URL's `hostname` spells it (lowercase, IDNA, IPv4 dotted, IPv6 compressed in brackets), so entries compare with URLs. */
function canonicalHost(host: string): string | null {
  try {
    return new URL(`http://${host}/`).hostname || null;
  } catch {
    return null;
  }
}

/** Whether a URL's host (and port) is on the allow list. */
export function isAllowedFetchHost(url: URL, allowed: readonly AllowedFetchHost[]): boolean {
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  return allowed.some((entry) => entry.host === url.hostname && (entry.port === null || entry.port === port));
}
