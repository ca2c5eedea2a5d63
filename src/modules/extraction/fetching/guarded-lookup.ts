import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { DomainError, ErrorCode } from '../../../common/errors/domain-error.js';
import { isPublicAddress } from './public-address.js';

export const refusedAddress = (host: string, address: string) =>
  new DomainError(ErrorCode.URL_NOT_ALLOWED, `'${host}' is (or resolves to) ${address}, a private, loopback, link-local or otherwise non-public address; only public addresses are fetched unless KB_FETCH_ALLOW_HOSTS names the host`, [
    { field: 'url', message: 'not a public address' },
  ]);

/**
 * A DNS lookup for Node's http(s) `lookup` option that refuses the connection when ANY address
 * the name resolves to is not public. The socket connects to an address this function returned,
 * so what is checked is what is connected to: a name that answers a public address to a first
 * query and 127.0.0.1 to the next (DNS rebinding) gains nothing. Node calls it only for names;
 * an IP literal host is checked before the request (see ArticleFetcher).
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.find((entry) => !isPublicAddress(entry.address));
    if (refused || addresses.length === 0) return callback(refusedAddress(hostname, refused?.address ?? 'no address'), '', 0);
    if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};

/** A URL's host as an IP literal (brackets of IPv6 removed), or null when it is a name. */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  return isIP(bare) ? bare : null;
}
