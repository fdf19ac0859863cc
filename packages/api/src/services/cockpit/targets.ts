import { and, asc, eq, inArray, schema, sql, writeAudit, type Executor } from "@crm/db";
import type { SaveTargetInput } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { badRequest, conflict } from "../../errors";
import { updateWithVersion } from "../versioned-update";

const { targets, orgUnits } = schema;

/** Units that carry targets: the district (kept on the bureau) and each zone. */
const TARGET_UNIT_KINDS = ["bureau", "zone"] as const;

/** A year's targets for every unit that carries them (a unit without a row has none yet: version null). */
export async function targetsOf(ctx: AuthedContext, input: { year: number }) {
  const { db } = ctx;
  const { year } = input;
  const rows = await db
    .select({
      unitId: orgUnits.id,
      kind: orgUnits.kind,
      name: orgUnits.shortName,
      signedAmount: targets.signedAmount,
      landedProjects: targets.landedProjects,
      fortune500Projects: targets.fortune500Projects,
      newAboveScale: targets.newAboveScale,
      version: targets.version,
    })
    .from(orgUnits)
    .leftJoin(targets, and(eq(targets.unitId, orgUnits.id), eq(targets.year, year)))
    .where(inArray(orgUnits.kind, [...TARGET_UNIT_KINDS]))
    .orderBy(sql`${orgUnits.kind} = 'bureau' desc`, asc(orgUnits.sort));
  return rows.map((r) => ({ ...r, version: r.version ?? null }));
}

/** Sets a unit's targets for a year: a first save creates them, a later one needs the version read. */
export async function saveTarget(ctx: AuthedContext, input: SaveTargetInput) {
  const { db, user: actor, ip } = ctx;
  return db.transaction(async (tx) => {
    const [unit] = await tx.select({ kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, input.unitId));
    if (!unit || !(TARGET_UNIT_KINDS as readonly string[]).includes(unit.kind)) throw badRequest("targetUnitOnly");
    const key = and(eq(targets.year, input.year), eq(targets.unitId, input.unitId));
    const [before] = await tx.select().from(targets).where(key).for("update");
    const values = {
      signedAmount: input.signedAmount,
      landedProjects: input.landedProjects,
      fortune500Projects: input.fortune500Projects,
      newAboveScale: input.newAboveScale,
    };
    let row;
    if (input.version === null) {
      if (before) throw conflict();
      [row] = await tx
        .insert(targets)
        .values({ year: input.year, unitId: input.unitId, ...values })
        .returning();
    } else {
      row = await updateWithVersion(tx, targets, { year: input.year, unitId: input.unitId }, input.version, values);
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "target.save",
      entity: "target",
      entityId: `${input.year}:${input.unitId}`,
      before: before ?? null,
      after: row,
      ip,
    });
    return row!;
  });
}

/** The targets the cockpit measures against: the zone's when one is chosen, else the district's. */
export async function targetFor(db: Executor, year: number, zoneId: string | undefined) {
  const unit = zoneId
    ? eq(targets.unitId, zoneId)
    : sql`${targets.unitId} = (select ${orgUnits.id} from ${orgUnits} where ${orgUnits.kind} = 'bureau' order by ${orgUnits.sort} limit 1)`;
  const [row] = await db
    .select()
    .from(targets)
    .where(and(eq(targets.year, year), unit))
    .limit(1);
  return row ?? null;
}
