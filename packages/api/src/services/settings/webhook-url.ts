import { isIP } from "node:net";

import type { ErrorKey } from "@crm/domain";
import ipaddr from "ipaddr.js";

/** A URL's host as the allow list spells it: lower case, IPv6 without brackets. */
export function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^\[(.*)\]$/, "$1");
}

/**
 * Why a robot address may not be saved, or null. The contract only checks its form (the browser
 * has no environment); here the operator's list decides: http only to a listed host, and no
 * literal loopback, private, link-local, carrier-grade NAT, metadata or unspecified address unless
 * listed. Names are checked again after DNS at delivery (request-filtering-agent), since what a
 * name resolves to can change after it is saved.
 */
export function webhookUrlRefusal(url: string, allowedHosts: readonly string[]): ErrorKey | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "invalidInput";
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return "invalidInput";
  const host = hostOf(parsed);
  if (allowedHosts.includes(host)) return null;
  if (parsed.protocol === "http:") return "webhookHttpsOnly";
  if (host === "localhost" || host.endsWith(".localhost")) return "webhookPrivateAddress";
  // The URL parser has already turned 0x7f.1, 2130706433 and the like into dotted decimal.
  // ipaddr's "unicast" is the public range; everything else (loopback, private, linkLocal,
  // uniqueLocal, carrierGradeNat, unspecified, ipv4Mapped, reserved…) is refused.
  if (isIP(host) !== 0 && ipaddr.parse(host).range() !== "unicast") return "webhookPrivateAddress";
  return null;
}
