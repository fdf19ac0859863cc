import { and, eq, schema } from "@crm/db";
import { CARRIER_COLUMNS, isLanded, type CarrierSheetRow } from "@crm/domain";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { writeSheet } from "../src/services/transfer/sheet";
import { as, expectTrpcError, useDatabase } from "./helpers";

/**
 * Carriers (载体) of the opportunity list: who reads and who writes (the bureau any, a zone its
 * zone's, a department the parcels it owns), matching best first, vacancy derived from spaces,
 * stale copies refused, and the Excel import with a merged title row.
 */
describe("carriers", () => {
  const { db } = useDatabase();
  const unit = async (code: string) =>
    (await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, code)))[0]!;
  const carrier = async (code: string) =>
    (await db().select().from(schema.carriers).where(eq(schema.carriers.code, code)))[0]!;
  let park: { id: string };
  let street: { id: string };
  let land: { id: string };

  const landInput = (code: string, zoneId: string, over: Record<string, unknown> = {}) => ({
    kind: "land" as const,
    code,
    name: "测试工业地块",
    zoneId,
    locationText: "测试位置",
    areaMu: "80",
    supplyState: "ready" as const,
    priceWanPerMu: "20",
    plannedUse: "工业用地",
    ...over,
  });

  beforeAll(async () => {
    park = await unit("park");
    street = await unit("street");
    land = await unit("land");
  });

  it("lets everyone with the opportunity list read every carrier, and nobody else", async () => {
    for (const who of ["zone.park", "zone.street", "dept.edu", "dept.land", "leader", "bureau.staff"]) {
      const caller = await as(db(), who);
      const page = await caller.carrier.list({ limit: 200 });
      expect(
        page.items.map((c) => c.code),
        who,
      ).toEqual(expect.arrayContaining(["JD-2026-01", "CF-2026-01"]));
      const plant = await carrier("CF-2026-01");
      expect((await caller.carrier.byId({ id: plant.id })).code).toBe("CF-2026-01");
      expect((await caller.carrier.byZone()).zones).toHaveLength(5);
      expect((await caller.carrier.match({ need: { areaMu: "100" } })).items.length).toBeGreaterThan(0);
    }
    for (const who of ["town.yumu", "ent.lelin"]) {
      const caller = await as(db(), who);
      await expectTrpcError(caller.carrier.list({}), "FORBIDDEN");
      await expectTrpcError(caller.carrier.byZone(), "FORBIDDEN");
      await expectTrpcError(caller.carrier.match({ need: {} }), "FORBIDDEN");
      await expectTrpcError(caller.transfer.exportCarriers({}), "FORBIDDEN");
    }
  });

  it("filters the list, pages it by code and marks stale carriers", async () => {
    const staff = await as(db(), "bureau.staff");
    const parcels = await staff.carrier.list({ kinds: ["land"], zoneId: park.id });
    expect(parcels.items.every((c) => c.kind === "land" && c.zoneId === park.id)).toBe(true);
    expect(parcels.items.map((c) => c.code)).toContain("JD-2026-02");
    const tall = await staff.carrier.list({ heightMin: "11", loadMin: "4" });
    expect(tall.items.map((c) => c.code)).toEqual(["CF-2026-01"]);
    const stale = await staff.carrier.list({ staleOnly: true, limit: 200 });
    expect(stale.items.length).toBeGreaterThan(0);
    expect(stale.items.every((c) => c.stale)).toBe(true);
    expect(stale.items.map((c) => c.code)).toContain("JD-2026-03");
    const text = await staff.carrier.list({ q: "融冠" });
    expect(text.items.map((c) => c.code)).toEqual(["SP-2026-01"]);
    const first = await staff.carrier.list({ limit: 3 });
    expect(first.items).toHaveLength(3);
    const next = await staff.carrier.list({ limit: 3, cursor: first.nextCursor! });
    expect(next.items[0]!.code > first.items[2]!.code).toBe(true);
  });

  it("derives vacancy per building and per zone from the spaces, never from a stored figure", async () => {
    const staff = await as(db(), "bureau.staff");
    const plant = await carrier("CF-2026-01");
    const detail = await staff.carrier.byId({ id: plant.id });
    expect(detail.vacancy).toMatchObject({ totalSqm: "13700.00", vacantSqm: "6000.00", letSqm: "3200.00" });
    const zones = await staff.carrier.byZone();
    const parkRow = zones.zones.find((z) => z.zoneId === park.id)!;
    const before = Number(parkRow.vacantSqm);
    expect(parkRow.buildings.find((b) => b.code === "CF-2026-01")?.vacantSqm).toBe("6000.00");
    // Letting a free floor shows at once in the building's and the zone's vacancy.
    const spaces = detail.spaces.map((s) => ({
      label: s.label,
      floor: s.floor,
      areaSqm: s.areaSqm,
      clearHeightM: s.clearHeightM,
      floorLoadT: s.floorLoadT,
      powerKva: s.powerKva,
      freightLift: s.freightLift,
      rentYuanPerSqm: s.rentYuanPerSqm,
      state: s.label === "2栋1层" ? ("let" as const) : s.state,
    }));
    const park2 = await as(db(), "zone.park");
    await park2.carrier.update({
      id: plant.id,
      version: detail.version,
      carrier: {
        kind: "factory",
        code: detail.code,
        name: detail.name,
        zoneId: detail.zoneId,
        chainId: detail.chainId,
        locationText: detail.locationText,
        plannedUse: detail.plannedUse,
        spaces,
      },
    });
    const after = await staff.carrier.byId({ id: plant.id });
    expect(after.vacancy?.vacantSqm).toBe("3200.00");
    const zonesAfter = await staff.carrier.byZone();
    expect(Number(zonesAfter.zones.find((z) => z.zoneId === park.id)!.vacantSqm)).toBe(before - 2800);
  });

  it("lets a zone edit its own zone's carriers only: zone.park cannot edit a 街区 carrier", async () => {
    const zonePark = await as(db(), "zone.park");
    const office = await carrier("LY-2026-01");
    await expectTrpcError(zonePark.carrier.confirm({ id: office.id, version: office.version }), "FORBIDDEN");
    await expectTrpcError(
      zonePark.carrier.move({ id: office.id, version: office.version, to: "in_talks", leadId: null, projectId: null }),
      "FORBIDDEN",
    );
    await expectTrpcError(zonePark.carrier.create(landInput("T-PARK-X", street.id)), "FORBIDDEN");
    const made = await zonePark.carrier.create(landInput("T-PARK-1", park.id));
    const row = await carrier("T-PARK-1");
    expect(row.ownerUnitId).toBe(park.id);
    expect(row.verifiedOn).toBe("2026-11-25");
    // Moving it into another zone is refused too.
    await expectTrpcError(
      zonePark.carrier.update({ id: made.id, version: made.version, carrier: landInput("T-PARK-1", street.id) }),
      "FORBIDDEN",
    );
    const zoneStreet = await as(db(), "zone.street");
    await expectTrpcError(zoneStreet.carrier.confirm({ id: made.id, version: made.version }), "FORBIDDEN");
    expect((await zoneStreet.carrier.confirm({ id: office.id, version: office.version })).verifiedOn).toBe(
      "2026-11-25",
    );
    // The audit trail has each write.
    const audit = await db()
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entityId, office.id), eq(schema.auditLog.action, "carrier.confirm")));
    expect(audit).toHaveLength(1);
  });

  it("lets a department edit only the parcels it owns", async () => {
    const deptLand = await as(db(), "dept.land");
    const parcel = await carrier("JD-2026-02");
    expect(parcel.ownerUnitId).toBe(land.id);
    const confirmed = await deptLand.carrier.confirm({ id: parcel.id, version: parcel.version });
    expect(confirmed.version).toBe(parcel.version + 1);
    const plant = await carrier("CF-2026-01");
    await expectTrpcError(deptLand.carrier.confirm({ id: plant.id, version: plant.version }), "FORBIDDEN");
    const parkParcel = await carrier("JD-2026-03"); // kept by the park's task force
    await expectTrpcError(deptLand.carrier.confirm({ id: parkParcel.id, version: parkParcel.version }), "FORBIDDEN");
    const made = await deptLand.carrier.create(landInput("T-LAND-1", park.id));
    expect((await carrier("T-LAND-1")).ownerUnitId).toBe(land.id);
    await expectTrpcError(
      deptLand.carrier.create({
        kind: "shop",
        code: "T-LAND-S",
        name: "部门商铺",
        zoneId: park.id,
        locationText: "某处",
        floorAreaSqm: "100",
      }),
      "FORBIDDEN",
    );
    // Handing the parcel to another owner is handing it away: refused.
    await expectTrpcError(
      deptLand.carrier.update({
        id: made.id,
        version: made.version,
        carrier: landInput("T-LAND-1", park.id, { ownerUnitId: park.id }),
      }),
      "FORBIDDEN",
    );
    const deptEdu = await as(db(), "dept.edu");
    await expectTrpcError(deptEdu.carrier.confirm({ id: made.id, version: made.version }), "FORBIDDEN");
    for (const who of ["leader", "town.yumu"]) {
      const caller = await as(db(), who);
      await expectTrpcError(caller.carrier.create(landInput("T-NO", park.id)), "FORBIDDEN");
      await expectTrpcError(caller.carrier.confirm({ id: made.id, version: made.version }), "FORBIDDEN");
      await expectTrpcError(
        caller.transfer.previewCarriers({ filename: "a.xlsx", bytes: new Uint8Array() }),
        "FORBIDDEN",
      );
    }
  });

  it("refuses a stale copy with CONFLICT and changes nothing", async () => {
    const staff = await as(db(), "bureau.staff");
    const made = await staff.carrier.create(landInput("T-VER-1", park.id));
    await staff.carrier.confirm({ id: made.id, version: made.version });
    await expectTrpcError(
      staff.carrier.update({
        id: made.id,
        version: made.version,
        carrier: landInput("T-VER-1", park.id, { areaMu: "1" }),
      }),
      "CONFLICT",
    );
    await expectTrpcError(staff.carrier.confirm({ id: made.id, version: made.version }), "CONFLICT");
    expect((await carrier("T-VER-1")).areaMu).toBe("80.00");
    await expectTrpcError(
      staff.carrier.update({
        id: made.id,
        version: made.version + 1,
        carrier: {
          kind: "shop",
          code: "T-VER-1",
          name: "改成商铺",
          zoneId: park.id,
          locationText: "x处",
          floorAreaSqm: "1",
        },
      }),
      "BAD_REQUEST",
    );
  });

  it("matches a need best first with the reasons, and links the chosen parcel to a project", async () => {
    const zonePark = await as(db(), "zone.park");
    const own = await db()
      .select()
      .from(schema.projects)
      .where(and(eq(schema.projects.zoneId, park.id), eq(schema.projects.responsibleUnitId, park.id)));
    // A project still to land takes a carrier into talks; one registered or later does not.
    const project = own.find((p) => !isLanded(p.stage));
    const landedProject = own.find((p) => isLanded(p.stage));
    expect(project && landedProject).toBeTruthy();
    const result = await zonePark.carrier.match({
      projectId: project!.id,
      need: { kinds: ["land"], areaMu: "150", zoneId: park.id, use: "工业", budgetWan: "3000" },
    });
    const codes = result.items.map((m) => m.code);
    expect(codes[0]).toBe("JD-2026-02");
    expect(result.items[0]!.reasons.every((r) => r.result === "fits")).toBe(true);
    // A need with parts to score: every carrier has a score, best first.
    const scores = result.items.map((m) => m.score ?? -1);
    expect(scores.every((s) => s >= 0)).toBe(true);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const small = result.items.find((m) => m.code === "JD-2026-03")!;
    expect(small.reasons.find((r) => r.criterion === "area")).toMatchObject({ result: "short", gap: "87.5" });
    // Plant need: the tall, strong free floor first.
    const plants = await zonePark.carrier.match({ need: { areaSqm: "3000", heightM: "11", loadT: "4" } });
    expect(plants.items[0]!.code).toBe("CF-2026-01");

    expect(result.linkRefused).toBeNull();
    expect(result.items.find((m) => m.code === "JD-2026-02")?.mayLink).toBe(true);

    const parcel = await carrier("JD-2026-02");
    const fromLanded = await zonePark.carrier.match({ projectId: landedProject!.id, need: { kinds: ["land"] } });
    expect(fromLanded.linkRefused).toBe("carrierProjectLanded");
    expect(fromLanded.items.some((m) => m.mayLink)).toBe(false);
    await expectTrpcError(
      zonePark.carrier.move({ id: parcel.id, version: parcel.version, to: "in_talks", projectId: landedProject!.id }),
      "BAD_REQUEST",
    );
    const moved = await zonePark.carrier.move({
      id: parcel.id,
      version: parcel.version,
      to: "in_talks",
      projectId: project!.id,
    });
    expect(moved.state).toBe("in_talks");
    const taken = await zonePark.carrier.move({
      id: parcel.id,
      version: moved.version,
      to: "taken",
      projectId: project!.id,
    });
    const row = await carrier("JD-2026-02");
    expect(row).toMatchObject({ state: "taken", projectId: project!.id });
    const detail = await zonePark.carrier.byId({ id: parcel.id });
    expect(detail.project?.id).toBe(project!.id);
    // The project's page lists where it lands.
    expect((await zonePark.carrier.of({ projectId: project!.id })).map((c) => c.code)).toContain("JD-2026-02");
    await expectTrpcError(zonePark.carrier.of({}), "BAD_REQUEST");
    await expectTrpcError((await as(db(), "zone.street")).carrier.of({ projectId: project!.id }), "NOT_FOUND");
    // Taken is the end of the line, and taken carriers are matched no more.
    await expectTrpcError(
      zonePark.carrier.move({ id: parcel.id, version: taken.version, to: "available" }),
      "BAD_REQUEST",
    );
    const again = await zonePark.carrier.match({ need: { kinds: ["land"] } });
    expect(again.items.map((m) => m.code)).not.toContain("JD-2026-02");
    // A project outside the caller's scope cannot be linked.
    const [other] = await db().select().from(schema.projects).where(eq(schema.projects.zoneId, street.id)).limit(1);
    const mine = await carrier("T-PARK-1");
    await expectTrpcError(
      zonePark.carrier.move({ id: mine.id, version: mine.version, to: "in_talks", projectId: other!.id }),
      "NOT_FOUND",
    );
  });

  it("imports a sheet with a merged title row, 1,550.00 amounts and 2025年7月17日 dates, all or nothing", async () => {
    const staff = await as(db(), "bureau.staff");
    const blank = Object.fromEntries(CARRIER_COLUMNS.map((c) => [c.key, ""])) as CarrierSheetRow;
    const rows: CarrierSheetRow[] = [
      {
        ...blank,
        code: "IMP-L-1",
        name: "导入地块甲",
        kind: "地块",
        zone: "园区专班",
        locationText: "园区南区",
        areaMu: "1,186.20",
        priceWanPerMu: "1,550.00",
        supplyState: "熟地",
        readiness: "七通一平",
        availableFrom: "2025年7月17日",
        ownerUnit: "自然资源局",
      },
      {
        ...blank,
        code: "IMP-F-1",
        name: "导入厂房乙",
        kind: "厂房",
        zone: "园区专班",
        locationText: "园区北区",
        floorAreaSqm: "5000",
        vacantSqm: "2000",
        rentYuanPerSqm: "15",
      },
    ];
    // A title merged across the row above the header, as department sheets have.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("载体");
    sheet.addRow(["蒸湘区载体资源清单（2026年11月）"]);
    sheet.mergeCells(1, 1, 1, CARRIER_COLUMNS.length);
    sheet.addRow(CARRIER_COLUMNS.map((c) => c.header));
    for (const r of rows) sheet.addRow(CARRIER_COLUMNS.map((c) => r[c.key]));
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const preview = await staff.transfer.previewCarriers({ filename: "载体.xlsx", bytes });
    expect(preview.header.line).toBe(2);
    expect(preview.rows.map((r) => r.problems)).toEqual([[], []]);
    expect(preview.rows[0]!.row).toMatchObject({
      areaMu: "1186.20",
      priceWanPerMu: "1550.00",
      availableFrom: "2025-07-17",
    });

    // One bad row refuses the file.
    const bad = [...preview.rows.map((r) => r.row), { ...rows[1]!, code: "IMP-X", kind: "飞机场", zone: "火星专班" }];
    const checked = await staff.transfer.previewCarriers({
      filename: "b.xlsx",
      bytes: await writeSheet("载体", CARRIER_COLUMNS, bad),
    });
    expect(checked.rows[2]!.problems.map((p) => p.code)).toEqual(["unknownKind", "unknownZone"]);
    await expectTrpcError(staff.transfer.importCarriers({ rows: bad }), "BAD_REQUEST");
    expect(await carrier("IMP-L-1")).toBeUndefined();

    expect(await staff.transfer.importCarriers({ rows: preview.rows.map((r) => r.row) })).toEqual({ imported: 2 });
    const parcel = await carrier("IMP-L-1");
    expect(parcel).toMatchObject({ areaMu: "1186.20", priceWanPerMu: "1550.00", ownerUnitId: land.id });
    const plant = await staff.carrier.byId({ id: (await carrier("IMP-F-1")).id });
    expect(plant.vacancy).toMatchObject({ totalSqm: "5000.00", vacantSqm: "2000.00" });
    // Imported again, the codes are taken.
    const twice = await staff.transfer.previewCarriers({ filename: "载体.xlsx", bytes });
    expect(twice.rows.map((r) => r.problems.map((p) => p.code))).toEqual([["existingCode"], ["existingCode"]]);
    // A zone imports only its own zone's carriers.
    const zoneStreet = await as(db(), "zone.street");
    const fresh = rows.map((r) => ({ ...r, code: `${r.code}-S`, ownerUnit: "" }));
    const theirs = await zoneStreet.transfer.previewCarriers({
      filename: "c.xlsx",
      bytes: await writeSheet("载体", CARRIER_COLUMNS, fresh),
    });
    expect(theirs.rows.map((r) => r.problems.map((p) => p.code))).toEqual([
      ["otherCarrierScope"],
      ["otherCarrierScope"],
    ]);
    // And the export reads back under the same columns.
    const out = await staff.transfer.exportCarriers({ kinds: ["factory"] });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(out as unknown as ArrayBuffer);
    expect(back.worksheets[0]!.getRow(1).getCell(1).value).toBe("载体编号");
  });
});
