import ipaddr from "ipaddr.js";

import { env } from "./env";

/**
 * The header the app's own server (apps/web/server.mjs) sets to the TCP peer's address, replacing
 * any a client sent. Without it (`next dev`) no forwarded address is believed.
 */
export const PEER_HEADER = "x-crm-peer";

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

function parseRanges(list: string | undefined): Range[] {
  return (list ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (s.includes("/") ? ipaddr.parseCIDR(s) : ([ipaddr.parse(s), s.includes(":") ? 128 : 32] as Range)))
    .map(
      ([a, bits]) =>
        (a.kind() === "ipv6" && (a as ipaddr.IPv6).isIPv4MappedAddress()
          ? [(a as ipaddr.IPv6).toIPv4Address(), bits - 96]
          : [a, bits]) as Range,
    );
}

function normalized(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  if (!ipaddr.isValid(address)) return null;
  return ipaddr.process(address);
}

/**
 * The client's address: the TCP peer, unless the peer is a proxy the operator lists in
 * TRUSTED_PROXIES (addresses or CIDR ranges); then the nearest address in X-Forwarded-For that is
 * not such a proxy. A forwarded chain from anyone else is ignored, so a client cannot choose the
 * address it is limited and audited under.
 */
export function clientAddress(headers: Headers, trusted: string | undefined = env.TRUSTED_PROXIES): string {
  const peer = headers.get(PEER_HEADER)?.trim();
  if (!peer) return "unknown";
  const ranges = parseRanges(trusted);
  const isTrusted = (a: ipaddr.IPv4 | ipaddr.IPv6) =>
    ranges.some(([r, bits]) => r.kind() === a.kind() && a.match(r, bits));
  const chain = [
    ...(headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    peer,
  ];
  for (let i = chain.length - 1; i >= 0; i--) {
    const a = normalized(chain[i]!);
    if (!a) return i === chain.length - 1 ? chain[i]! : chain[i + 1]!;
    if (!isTrusted(a) || i === 0) return a.toString();
  }
  return peer;
}
