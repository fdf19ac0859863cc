import { writeAudit } from "@crm/db";
import { maskPhone } from "@crm/domain";

import type { AuthedContext } from "../context";

/**
 * Personal data (个人信息保护, 等保 level 3): phone numbers leave the server masked (138****0011)
 * wherever many rows are listed; a record's page shows them in full only to a caller who keeps that
 * record (`full`, the record's write permission), and each such full view is on the audit log —
 * which record, which fields, never the numbers. Every service that hands a phone out passes here.
 */
export async function phonesShown<K extends string>(
  ctx: AuthedContext,
  record: { entity: string; id: string },
  phones: Record<K, string | null>,
  full: boolean,
): Promise<Record<K, string | null>> {
  const present = (Object.keys(phones) as K[]).filter((k) => phones[k]);
  if (!full)
    return Object.fromEntries(Object.entries(phones).map(([k, v]) => [k, maskPhone(v as string | null)])) as Record<
      K,
      string | null
    >;
  if (present.length > 0)
    await writeAudit(ctx.db, {
      actorId: ctx.user.id,
      action: "personal.view",
      entity: record.entity,
      entityId: record.id,
      after: { fields: present },
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
  return phones;
}

/** A phone in a list of many rows: always masked. */
export const listedPhone = maskPhone;
