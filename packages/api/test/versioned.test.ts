import { and, eq, schema, type Transaction } from "@crm/db";
import { afterAll, describe, expect, it } from "vitest";

import { deleteWithVersion, updateWithVersion } from "../src/services/versioned-update";
import { expectTrpcError, useDatabase } from "./helpers";

const { approvals, calendarDays, orgUnits, projects, targets } = schema;

describe("the versioned update and delete helpers", () => {
  const { db } = useDatabase();
  const inTx = <T>(work: (tx: Transaction) => Promise<T>) => db().transaction(work);
  // A far year no other file reads, so these rows touch nothing the demo shows.
  const DAY = "2099-01-03";
  const YEAR = 2099;

  afterAll(async () => {
    await db().delete(calendarDays).where(eq(calendarDays.day, DAY));
    await db().delete(targets).where(eq(targets.year, YEAR));
    await db().delete(approvals).where(eq(approvals.item, "测试：版本删除"));
  });

  const anApproval = async () => {
    const [project] = await db().select({ id: projects.id }).from(projects).limit(1);
    const [dept] = await db()
      .select({ id: orgUnits.id })
      .from(orgUnits)
      .where(eq(orgUnits.kind, "department"))
      .limit(1);
    const [row] = await db()
      .insert(approvals)
      .values({ projectId: project!.id, item: "测试：版本删除", departmentId: dept!.id })
      .returning();
    return row!;
  };
  const approvalRows = (id: string) => db().select().from(approvals).where(eq(approvals.id, id));

  it("deletes nothing for a stale version (CONFLICT), and the row at the version read", async () => {
    const row = await anApproval();
    await expectTrpcError(
      inTx((tx) => deleteWithVersion(tx, approvals, row.id, row.version + 1)),
      "CONFLICT",
    );
    expect(await approvalRows(row.id)).toEqual([row]);

    const gone = await inTx((tx) => deleteWithVersion(tx, approvals, row.id, row.version));
    expect(gone).toEqual(row);
    expect(await approvalRows(row.id)).toEqual([]);
    // A second delete of the same copy: the row is gone, nothing to delete, CONFLICT again.
    await expectTrpcError(
      inTx((tx) => deleteWithVersion(tx, approvals, row.id, row.version)),
      "CONFLICT",
    );
  });

  it("a copy made stale by an update can no longer delete the row", async () => {
    const row = await anApproval();
    const updated = await inTx((tx) => updateWithVersion(tx, approvals, row.id, row.version, { note: "改过" }));
    expect(updated.version).toBe(row.version + 1);
    await expectTrpcError(
      inTx((tx) => deleteWithVersion(tx, approvals, row.id, row.version)),
      "CONFLICT",
    );
    expect(await approvalRows(row.id)).toHaveLength(1);
    await inTx((tx) => deleteWithVersion(tx, approvals, row.id, updated.version));
    expect(await approvalRows(row.id)).toEqual([]);
  });

  it("serves a table keyed by something else than an id and without updatedAt (the calendar)", async () => {
    const [day] = await db().insert(calendarDays).values({ day: DAY, working: true, note: "测试" }).returning();
    const changed = await inTx((tx) => updateWithVersion(tx, calendarDays, { day: DAY }, day!.version, { note: "改" }));
    expect(changed).toEqual({ ...day, note: "改", version: day!.version + 1 });
    await expectTrpcError(
      inTx((tx) => deleteWithVersion(tx, calendarDays, { day: DAY }, day!.version)),
      "CONFLICT",
    );
    expect(await db().select().from(calendarDays).where(eq(calendarDays.day, DAY))).toEqual([changed]);
    expect(await inTx((tx) => deleteWithVersion(tx, calendarDays, { day: DAY }, changed.version))).toEqual(changed);
    expect(await db().select().from(calendarDays).where(eq(calendarDays.day, DAY))).toEqual([]);
  });

  it("serves a composite key, and refuses a key that is not the whole primary key", async () => {
    const units = await db().select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.kind, "zone")).limit(2);
    const [a, b] = units.map((u) => u.id) as [string, string];
    await db()
      .insert(targets)
      .values([
        { year: YEAR, unitId: a, signedAmount: "1.00" },
        { year: YEAR, unitId: b, signedAmount: "2.00" },
      ]);
    const key = { year: YEAR, unitId: a };
    const saved = await inTx((tx) => updateWithVersion(tx, targets, key, 1, { signedAmount: "3.00" }));
    expect(saved).toMatchObject({ ...key, signedAmount: "3.00", version: 2 });
    // Only the year (the row of every unit): refused before anything is written.
    await expect(inTx((tx) => deleteWithVersion(tx, targets, { year: YEAR }, 1))).rejects.toThrow(/whole primary key/);
    await expectTrpcError(
      inTx((tx) => deleteWithVersion(tx, targets, key, 1)),
      "CONFLICT",
    );
    expect(await db().select().from(targets).where(eq(targets.year, YEAR))).toHaveLength(2);
    await inTx((tx) => deleteWithVersion(tx, targets, key, 2));
    const left = await db().select().from(targets).where(eq(targets.year, YEAR));
    expect(left.map((t) => t.unitId)).toEqual([b]);
    expect(
      await db()
        .select()
        .from(targets)
        .where(and(eq(targets.year, YEAR), eq(targets.unitId, a))),
    ).toEqual([]);
  });
});
