import ipaddr from 'ipaddr.js';

/** IPv6 global unicast (RFC 4291): 2000::/3. Outside it, ipaddr.js calls even `::7f00:1` (IPv4-compatible 127.0.0.1) "unicast". */
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

/**
 * Whether a server may fetch from this address without being told it may: a public unicast
 * address. Anything else is refused by default, not only the ranges one thinks of: loopback,
 * private (RFC 1918), link-local (cloud metadata at 169.254.169.254), carrier-grade NAT,
 * unique-local, multicast, broadcast, unspecified (0.0.0.0 reaches the host itself), reserved
 * and documentation ranges, and IPv6 forms that carry an IPv4 address the peer may route
 * (IPv4-mapped `::ffff:127.0.0.1` is judged as the IPv4 address; 6to4, Teredo, NAT64 and
 * IPv4-compatible are refused outright). Text that is no IP address is not public either.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/%.*$/, ''); // an IPv6 zone (fe80::1%eth0) says which interface, not where
  if (!ipaddr.isValid(bare)) return false;
  // process() turns an IPv4-mapped IPv6 address into the IPv4 address it carries.
  const parsed = ipaddr.process(bare);
  if (parsed.kind() === 'ipv4') return parsed.range() === 'unicast';
  const v6 = parsed as ipaddr.IPv6;
  return v6.range() === 'unicast' && v6.match(GLOBAL_UNICAST_V6);
}
