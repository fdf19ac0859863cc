import { and, asc, count, eq, gte, lte, schema, sql, type Executor } from "@crm/db";

import type { CockpitView } from "./scope";

const { projects, orgUnits, targets } = schema;

/**
 * The zones ranked by how much of their signing target the year has reached (then by amount).
 * District totals, not scoped: a zone sees the others as totals, and drills down only into its own.
 */
export async function zoneRanking(db: Executor, view: CockpitView) {
  const chain = view.chainId ? eq(projects.chainId, view.chainId) : undefined;
  const [zones, signed, landed] = await Promise.all([
    db
      .select({ zoneId: orgUnits.id, name: orgUnits.shortName, targetWan: targets.signedAmount })
      .from(orgUnits)
      .leftJoin(targets, and(eq(targets.unitId, orgUnits.id), eq(targets.year, view.year)))
      .where(eq(orgUnits.kind, "zone"))
      .orderBy(asc(orgUnits.sort)),
    db
      .select({
        zoneId: projects.zoneId,
        n: count(),
        amountWan: sql<string>`coalesce(sum(${projects.signedAmount}), 0)::numeric(16,2)::text`,
      })
      .from(projects)
      .where(and(gte(projects.signedOn, view.from), lte(projects.signedOn, view.to), chain))
      .groupBy(projects.zoneId),
    db
      .select({ zoneId: projects.zoneId, n: count() })
      .from(projects)
      .where(and(gte(projects.registeredOn, view.from), lte(projects.registeredOn, view.to), chain))
      .groupBy(projects.zoneId),
  ]);
  const signedBy = new Map(signed.map((r) => [r.zoneId, r]));
  const landedBy = new Map(landed.map((r) => [r.zoneId, r.n]));
  const rows = zones.map((z) => ({
    ...z,
    signed: signedBy.get(z.zoneId)?.n ?? 0,
    amountWan: signedBy.get(z.zoneId)?.amountWan ?? "0.00",
    landed: landedBy.get(z.zoneId) ?? 0,
  }));
  const ranked = rows
    .map((r) => ({
      ...r,
      // Against a target only when the view is not narrowed to a chain (targets are per unit, not per chain).
      completion:
        !view.chainId && r.targetWan && Number(r.targetWan) > 0 ? Number(r.amountWan) / Number(r.targetWan) : null,
    }))
    .sort((a, b) => (b.completion ?? -1) - (a.completion ?? -1) || Number(b.amountWan) - Number(a.amountWan));
  return ranked.map((r, i) => ({
    rank: i + 1,
    zoneId: r.zoneId,
    name: r.name,
    targetWan: view.chainId ? null : r.targetWan,
    completion: r.completion,
    /** Whether the caller may open this zone's rows (zoneYearDrills builds the drill-downs). */
    drillable: !view.zoneLocked || r.zoneId === view.zoneId,
    signed: { value: r.signed, amountWan: r.amountWan },
    landed: { value: r.landed },
  }));
}
