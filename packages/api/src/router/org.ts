import { asc, eq, schema } from "@crm/db";
import type { TRPCRouterRecord } from "@trpc/server";

import { noInput, permitted } from "../trpc";

export const orgRouter = {
  /** The five zone task forces, for filters. */
  zones: permitted("project.read").input(noInput).query(({ ctx }) =>
    ctx.db
      .select({ id: schema.orgUnits.id, name: schema.orgUnits.shortName })
      .from(schema.orgUnits)
      .where(eq(schema.orgUnits.kind, "zone"))
      .orderBy(asc(schema.orgUnits.sort)),
  ),
} satisfies TRPCRouterRecord;
