import { eq, schema, writeAudit } from "@crm/db";
import type { EnterpriseProfileInput } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { notFound } from "../../errors";
import { updateWithVersion } from "../versioned-update";

const { enterprises } = schema;

/** The enterprise's own name and contact details (what it may change), nothing else. */
export async function portalProfile(ctx: AuthedContext) {
  const { db, user } = ctx;
  if (!user.enterpriseId) throw notFound();
  const [row] = await db
    .select({
      name: enterprises.name,
      creditCode: enterprises.creditCode,
      contactName: enterprises.contactName,
      contactPhone: enterprises.contactPhone,
      version: enterprises.version,
    })
    .from(enterprises)
    .where(eq(enterprises.id, user.enterpriseId));
  if (!row) throw notFound();
  return row;
}

/** The enterprise updates its contact person and phone; always its own record, never another's. */
export async function updatePortalProfile(ctx: AuthedContext, input: z.infer<typeof EnterpriseProfileInput>) {
  const { db, user, ip } = ctx;
  if (!user.enterpriseId) throw notFound();
  const enterpriseId = user.enterpriseId;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ contactName: enterprises.contactName, contactPhone: enterprises.contactPhone })
      .from(enterprises)
      .where(eq(enterprises.id, enterpriseId));
    const after = await updateWithVersion(tx, enterprises, enterpriseId, input.version, {
      contactName: input.contactName,
      contactPhone: input.contactPhone,
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "enterprise.contact",
      entity: "enterprise",
      entityId: enterpriseId,
      before,
      after: { contactName: after.contactName, contactPhone: after.contactPhone },
      ip,
    });
    return { contactName: after.contactName, contactPhone: after.contactPhone, version: after.version };
  });
}
