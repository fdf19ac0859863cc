import type { Executor } from "@crm/db";

import { investorChain } from "./investor-chain";
import { investorOpportunities } from "./investor-opportunities";
import { openShareLink } from "./links";

/**
 * What an investor link shows, for the public page that needs no account: the link's title and
 * the bureau's contact line, and the edition's content; null when the token opens nothing (unknown,
 * revoked or expired — the page says the same for all three).
 */
export async function investorEdition(db: Executor, token: string, now: Date) {
  const link = await openShareLink(db, token, now);
  if (!link) return null;
  const head = { title: link.title, contactLine: link.contactLine, kind: link.kind, asOf: now.toISOString() };
  if (link.kind === "opportunities") {
    return {
      ...head,
      kind: "opportunities" as const,
      carriers: await investorOpportunities(db, { zoneId: link.zoneId }),
    };
  }
  const map = await investorChain(db, link.chainId!);
  if (!map) return null;
  return { ...head, kind: "chain" as const, map };
}
