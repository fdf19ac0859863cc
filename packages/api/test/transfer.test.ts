import { and, count, desc, eq, schema, type DbHandle } from "@crm/db";
import { seedDemo, seedDistrictOnly } from "@crm/db/seed";
import { openMigrated } from "@crm/db/testing";
import { PROJECT_COLUMNS } from "@crm/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { projectSheetRows } from "../src/services/transfer/projects-export";
import { readSheet, writeSheet } from "../src/services/transfer/sheet";
import { as, contextFor, expectTrpcError, sessionUserOf, useDatabase } from "./helpers";

const row = (over: Partial<Record<(typeof PROJECT_COLUMNS)[number]["key"], string>>) => ({
  name: "导入测试项目",
  enterpriseName: "导入测试企业有限公司",
  creditCode: "",
  zone: "园区专班",
  chain: "现代物流",
  stage: "在谈",
  plannedAmount: "12000",
  signedAmount: "",
  signedOn: "",
  registeredOn: "",
  tags: "",
  ...over,
});

describe("importing and exporting projects", () => {
  const { db } = useDatabase();
  const projectCount = async () => (await db().select({ n: count() }).from(schema.projects))[0]!.n;

  it("shows every row's problems and writes nothing when one row in the middle is bad", async () => {
    const staff = await as(db(), "bureau.staff");
    const rows = [
      row({ name: "导入甲项目", enterpriseName: "导入甲有限公司" }),
      row({ name: "导入乙项目", enterpriseName: "导入乙有限公司", zone: "火星专班", plannedAmount: "一百万" }),
      row({ name: "导入丙项目", enterpriseName: "导入丙有限公司" }),
    ];
    const file = await writeSheet("项目", PROJECT_COLUMNS, rows);
    const preview = await staff.transfer.previewProjects({ filename: "清单.xlsx", bytes: file });
    expect(preview.rows.map((p) => p.problems.map((x) => x.code))).toEqual([[], ["badAmount", "unknownZone"], []]);
    const before = await projectCount();
    await expectTrpcError(staff.transfer.importProjects({ rows }), "BAD_REQUEST");
    expect(await projectCount()).toBe(before);
    // Fixed, the same file goes in whole.
    const fixed = rows.map((r) => ({ ...r, zone: "园区专班", plannedAmount: "12000" }));
    expect(await staff.transfer.importProjects({ rows: fixed })).toEqual({ imported: 3 });
    expect(await projectCount()).toBe(before + 3);
  });

  it("flags an existing enterprise, a bad credit code, and a signed project without its signing data", async () => {
    const staff = await as(db(), "bureau.staff");
    const preview = await staff.transfer.previewProjects({
      filename: "x.xlsx",
      bytes: await writeSheet("项目", PROJECT_COLUMNS, [
        row({ enterpriseName: "湖南金鼎钻采专用管制造有限公司" }),
        row({ enterpriseName: "新企业甲有限公司", creditCode: "914403001922038217" }),
        row({ enterpriseName: "新企业乙有限公司", stage: "签约" }),
      ]),
    });
    expect(preview.rows.map((p) => p.problems.map((x) => x.code))).toEqual([
      ["existingEnterprise"],
      ["badCreditCode"],
      ["needsSigning"],
    ]);
  });

  it("refuses what is not a spreadsheet, and a file over the limits", async () => {
    const staff = await as(db(), "bureau.staff");
    await expectTrpcError(
      staff.transfer.previewProjects({ filename: "notes.txt", bytes: new TextEncoder().encode("hello") }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      staff.transfer.previewProjects({ filename: "fake.xlsx", bytes: new TextEncoder().encode("not a zip") }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      staff.transfer.previewProjects({ filename: "big.xlsx", bytes: new Uint8Array(5 * 1024 * 1024 + 1) }),
      "BAD_REQUEST",
    );
    const many = Array.from({ length: 10_001 }, (_, i) => row({ name: `项目${i}`, enterpriseName: `企业${i}` }));
    await expectTrpcError(
      staff.transfer.previewProjects({ filename: "many.xlsx", bytes: await writeSheet("项目", PROJECT_COLUMNS, many) }),
      "BAD_REQUEST",
    );
  });

  it("reads a .csv with the same headers", async () => {
    const csv = `${PROJECT_COLUMNS.map((c) => c.header).join(",")}\n导入CSV项目,导入CSV企业有限公司,,景区专班,文化旅游,储备,800,,,,\n`;
    const rows = await readSheet(new TextEncoder().encode(csv), "list.csv", PROJECT_COLUMNS);
    expect(rows).toEqual([
      row({
        name: "导入CSV项目",
        enterpriseName: "导入CSV企业有限公司",
        zone: "景区专班",
        chain: "文化旅游",
        stage: "储备",
        plannedAmount: "800",
      }),
    ]);
  });

  it("keeps leaders and towns out", async () => {
    await expectTrpcError((await as(db(), "leader")).transfer.importProjects({ rows: [row({})] }), "FORBIDDEN");
    await expectTrpcError(
      (await as(db(), "town.yumu")).transfer.previewProjects({ filename: "a.xlsx", bytes: new Uint8Array(1) }),
      "FORBIDDEN",
    );
  });

  describe("round trip", () => {
    // Its own demo database to export from: other files change the shared one's projects meanwhile.
    let source: DbHandle;
    let fresh: DbHandle;
    beforeAll(async () => {
      source = await openMigrated("pglite");
      await seedDemo(source.db, { passwordHash: "unused" });
      fresh = await openMigrated("pglite");
      await seedDistrictOnly(fresh.db, { passwordHash: "unused" });
    }, 120_000);
    afterAll(async () => {
      await source?.close();
      await fresh?.close();
    });

    it("the app's own export imports back unchanged", async () => {
      const from = () => source.db;
      const staff = await sessionUserOf(from(), "bureau.staff");
      const park = (await from().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, "park")))[0]!;
      const filter = { zoneIds: [park.id], sort: "name" as const, dir: "asc" as const, limit: 200 };
      const exported = await (
        await as(from(), "bureau.staff")
      ).transfer.exportProjects({ zoneIds: [park.id], sort: "name", dir: "asc" });
      const read = await readSheet(exported, "项目清单.xlsx", PROJECT_COLUMNS);
      expect(read).toEqual(await projectSheetRows(contextFor(from(), staff), filter));
      // The export is on the record: who, which call, with which filter.
      const [row] = await from()
        .select()
        .from(schema.auditLog)
        .where(and(eq(schema.auditLog.action, "data.export"), eq(schema.auditLog.actorId, staff.id)))
        .orderBy(desc(schema.auditLog.id))
        .limit(1);
      expect(row).toMatchObject({ entityId: "transfer.exportProjects", result: "done" });
      expect(row!.after).toMatchObject({ input: { zoneIds: [park.id], sort: "name", dir: "asc" } });
      expect(read.length).toBeGreaterThan(20);

      const there = await sessionUserOf(fresh.db, "bureau.staff");
      const { callerFor } = await import("./helpers");
      await callerFor(fresh.db, there).transfer.importProjects({ rows: read });
      const freshPark = (await fresh.db.select().from(schema.orgUnits).where(eq(schema.orgUnits.code, "park")))[0]!;
      const again = await projectSheetRows(contextFor(fresh.db, there), { ...filter, zoneIds: [freshPark.id] });
      // Same rows; two projects of one name may come in either order (ties break on ids, which differ).
      const sorted = (rows: typeof read) =>
        [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      expect(sorted(again)).toEqual(sorted(read));
    });
  });
});
