import { eq, schema } from "@crm/db";

import type { AuthedContext } from "../../context";
import { notFound } from "../../errors";
import { enterpriseHiddenAs } from "../../scope/names";
import { scopedEnterpriseById } from "../../scope/enterprises";
import { recordHistory } from "../audit/history";

const { enterprises } = schema;

/** An enterprise's 变更记录 (its contact as its portal keeps it); hidden behind a code name, it is not found. */
export async function enterpriseHistory(ctx: AuthedContext, input: { id: string }) {
  const e = await scopedEnterpriseById(ctx.db, ctx.user, input.id);
  const [row] = await ctx.db
    .select({ as: enterpriseHiddenAs(ctx.user, enterprises.id) })
    .from(enterprises)
    .where(eq(enterprises.id, e.id));
  if (row?.as) throw notFound();
  return recordHistory(ctx, { entity: "enterprise", entityId: e.id, actions: ["enterprise.contact"], hidden: false });
}
