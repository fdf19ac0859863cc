import { and, eq, ne, or, schema, sql } from "@crm/db";
import { enterpriseNameKey, normalizeCreditCode } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { enterpriseVisible, leadHiddenAs } from "../../scope/names";

const { leads, orgUnits, enterprises } = schema;

/**
 * Leads and enterprises that are the same enterprise as `name`/`creditCode` (DOMAIN §2: same credit
 * code, or the same name once spaces, brackets and suffixes are folded). Every unit may learn that
 * a lead exists and who reported it, so that a town and a department do not both chase it —
 * except an enterprise behind a confidential project the caller is shown the code name of: that
 * one is found by no name (the bureau, which sees every name, merges a second report of it).
 */
export async function findDuplicates(
  ctx: AuthedContext,
  input: { enterpriseName: string; creditCode?: string | null },
) {
  const { db, user } = ctx;
  const key = enterpriseNameKey(input.enterpriseName);
  const code = input.creditCode ? normalizeCreditCode(input.creditCode) : null;
  if (key.length < 2 && !code) return { leads: [], enterprises: [] };
  const leadRows = await db
    .select({
      id: leads.id,
      enterpriseName: leads.enterpriseName,
      reportedOn: leads.reportedOn,
      status: leads.status,
      reportingUnit: orgUnits.shortName,
    })
    .from(leads)
    .innerJoin(orgUnits, eq(orgUnits.id, leads.reportingUnitId))
    .where(
      and(
        ne(leads.status, "merged"),
        or(eq(leads.enterpriseKey, key), code ? eq(leads.creditCode, code) : undefined),
        sql`${leadHiddenAs(user)} is null`,
      ),
    )
    .limit(10);
  const enterpriseRows = await db
    .select({ id: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode })
    .from(enterprises)
    .where(
      and(
        or(eq(enterprises.nameKey, key), code ? eq(enterprises.creditCode, code) : undefined),
        enterpriseVisible(user),
      ),
    )
    .limit(5);
  return { leads: leadRows, enterprises: enterpriseRows };
}
