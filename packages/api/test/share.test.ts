import { and, eq, inArray, schema } from "@crm/db";
import { beforeAll, describe, expect, it } from "vitest";

import { investorEdition } from "../src";
import { as, expectTrpcError, TODAY, useDatabase } from "./helpers";

const tokenOf = (path: string) => path.split("/").at(-1)!;

/**
 * Investor links (推介版): only the bureau makes and revokes them; the edition they open carries
 * nothing internal — no carrier contact, nothing in talks or taken, no target enterprise, no ids.
 */
describe("investor links and the opportunity list's investor edition", () => {
  const { db } = useDatabase();
  const zone = async (code: string) =>
    (await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, code)))[0]!;
  const INTERNAL = ["王经理", "13800000001", "洽谈中的地块", "已落地的厂房", "秘密目标钢管企业", "内部备注：底价可谈"];

  beforeAll(async () => {
    const park = await zone("park");
    const street = await zone("street");
    const [steel] = await db().select().from(schema.chains).where(eq(schema.chains.code, "steel_pipe"));
    const base = { zoneId: park.id, ownerUnitId: park.id, verifiedOn: "2026-11-01", locationText: "白沙洲工业园" };
    const [open] = await db()
      .insert(schema.carriers)
      .values([
        {
          ...base,
          kind: "land" as const,
          code: "SHARE-L1",
          name: "推介测试地块",
          areaMu: "120.50",
          priceWanPerMu: "25.00",
          supplyState: "ready" as const,
          readiness: "seven" as const,
          chainId: steel!.id,
          contactName: "王经理",
          contactPhone: "13800000001",
          description: "临近白沙大道",
        },
        { ...base, kind: "land" as const, code: "SHARE-L2", name: "洽谈中的地块", state: "in_talks" as const },
        { ...base, kind: "factory" as const, code: "SHARE-F1", name: "已落地的厂房", state: "taken" as const },
        {
          ...base,
          zoneId: street.id,
          ownerUnitId: street.id,
          kind: "shop" as const,
          code: "SHARE-S1",
          name: "街区临街商铺",
        },
      ])
      .returning();
    const [plant] = await db()
      .insert(schema.carriers)
      .values({ ...base, kind: "factory", code: "SHARE-F2", name: "标准厂房三栋" })
      .returning();
    await db()
      .insert(schema.carrierSpaces)
      .values([
        { carrierId: plant!.id, label: "1层A区", floor: 1, areaSqm: "2400.00", clearHeightM: "9.00", state: "free" },
        { carrierId: plant!.id, label: "2层B区", floor: 2, areaSqm: "1800.00", state: "let" },
      ]);
    await db().insert(schema.prospects).values({
      name: "秘密目标钢管企业",
      nameKey: "秘密目标钢管",
      nameInitials: "mmmbggqy",
      chainId: steel!.id,
      sizeBand: "large",
      ownerUnitId: park.id,
      verifiedOn: "2026-11-01",
      notes: "内部备注：底价可谈",
    });
    expect(open).toBeDefined();
  });

  it("lets the bureau make a link and refuses everyone else", async () => {
    for (const who of ["zone.park", "dept.edu", "town.yumu", "leader", "ent.lelin"]) {
      await expectTrpcError(
        (await as(db(), who)).share.create({
          kind: "opportunities",
          title: "推介",
          contactLine: "商务局 0734-8000000",
        }),
        "FORBIDDEN",
      );
      await expectTrpcError((await as(db(), who)).share.list(), "FORBIDDEN");
    }
    const made = await (
      await as(db(), "bureau.staff")
    ).share.create({ kind: "opportunities", title: "蒸湘区机会清单", contactLine: "蒸湘区商务局 0734-8000000" });
    expect(made.path).toMatch(/^\/share\/[A-Za-z0-9_-]{32}$/);
    // Only the hash is kept, and neither the list nor the audit row carries the token.
    const [row] = await db().select().from(schema.shareLinks).where(eq(schema.shareLinks.id, made.id));
    expect(row!.tokenHash).not.toContain(tokenOf(made.path));
    const listed = await (await as(db(), "bureau.lead")).share.list();
    expect(JSON.stringify(listed)).not.toContain(tokenOf(made.path));
    expect(JSON.stringify(listed)).not.toContain(row!.tokenHash);
    const audit = await db()
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entityId, made.id), eq(schema.auditLog.action, "share.create")));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(tokenOf(made.path));
  });

  it("opens an edition with what an investor may see and nothing internal", async () => {
    const made = await (
      await as(db(), "bureau.staff")
    ).share.create({ kind: "opportunities", title: "全区载体", contactLine: "蒸湘区商务局 0734-8000000" });
    const edition = await investorEdition(db(), tokenOf(made.path), TODAY);
    expect(edition?.kind).toBe("opportunities");
    if (edition?.kind !== "opportunities") throw new Error("unreachable");
    const codes = edition.carriers.map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining(["SHARE-L1", "SHARE-F2", "SHARE-S1"]));
    expect(codes).not.toContain("SHARE-L2");
    expect(codes).not.toContain("SHARE-F1");
    const plant = edition.carriers.find((c) => c.code === "SHARE-F2")!;
    expect(plant.freeSpaces.map((s) => s.label)).toEqual(["1层A区"]);
    const json = JSON.stringify(edition);
    for (const secret of INTERNAL) expect(json, secret).not.toContain(secret);
    expect(json).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    expect(edition.contactLine).toBe("蒸湘区商务局 0734-8000000");
  });

  it("opens a chain map's edition: nodes, links, strengths, counts and carriers on offer, nothing internal", async () => {
    const [steel] = await db().select().from(schema.chains).where(eq(schema.chains.code, "steel_pipe"));
    const nodes = await db().select().from(schema.chainNodes).where(eq(schema.chainNodes.chainId, steel!.id));
    const deep = nodes.find((n) => n.name === "深加工")!;
    const core = nodes.find((n) => n.name === "专用无缝钢管")!;
    const carriers = await db()
      .select()
      .from(schema.carriers)
      .where(inArray(schema.carriers.code, ["SHARE-L1", "SHARE-L2"]));
    // The open parcel and the one in talks both suit 深加工: only the open one is offered.
    await db()
      .insert(schema.carrierNodes)
      .values(
        ["SHARE-L1", "SHARE-L2"].map((code) => ({
          carrierId: carriers.find((c) => c.code === code)!.id,
          nodeId: deep.id,
        })),
      );
    const made = await (
      await as(db(), "bureau.staff")
    ).share.create({
      kind: "chain",
      chainId: steel!.id,
      title: "钢管产业链",
      contactLine: "蒸湘区商务局 0734-8000000",
    });
    const edition = await investorEdition(db(), tokenOf(made.path), TODAY);
    if (edition?.kind !== "chain") throw new Error("expected the chain map");
    const { map } = edition;
    expect(map.chain.name).toBe(steel!.name);
    const byName = new Map(map.nodes.map((n) => [n.name, n]));
    // The seed links its steel-pipe plant (and parcel, while on offer) to 深加工 too; the one in talks is left out.
    const deepNode = byName.get("深加工")!;
    expect(deepNode.strength).toBe("weak");
    const offered = deepNode.carriers.map((c) => c.code);
    expect(offered).toContain("SHARE-L1");
    expect(offered).toContain("CF-2026-01");
    expect(offered).not.toContain("SHARE-L2");
    // Under the area's public name, not the task force's.
    expect(new Set(deepNode.carriers.map((c) => c.zone))).toEqual(new Set(["园区"]));
    // The bureau's override shows as the strength, never with its reason.
    expect(core.strengthOverride).toBe("strong");
    expect(core.overrideReason).toBeTruthy();
    expect(byName.get("专用无缝钢管")?.strength).toBe("strong");
    expect(map.links.length).toBeGreaterThan(0);
    const aliases = new Set(map.nodes.map((n) => n.id));
    expect(map.links.every((l) => aliases.has(l.from) && aliases.has(l.to))).toBe(true);
    const json = JSON.stringify(edition);
    for (const secret of [...INTERNAL, core.overrideReason!]) expect(json, secret).not.toContain(secret);
    // No database id, no enterprise, target, lead or project name: counts only.
    expect(json).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    const names = await db()
      .select({ name: schema.enterprises.name })
      .from(schema.chainNodeEnterprises)
      .innerJoin(schema.enterprises, eq(schema.enterprises.id, schema.chainNodeEnterprises.enterpriseId))
      .innerJoin(schema.chainNodes, eq(schema.chainNodes.id, schema.chainNodeEnterprises.nodeId))
      .where(eq(schema.chainNodes.chainId, steel!.id));
    expect(names.length).toBeGreaterThan(0);
    for (const { name } of names) expect(json).not.toContain(name);
    for (const key of ["gap", "targets", "projects", "inputs", "override", "version"])
      expect(json).not.toContain(`"${key}"`);
  });

  it("narrows an edition to one zone when the link says so", async () => {
    const street = await zone("street");
    const made = await (
      await as(db(), "bureau.staff")
    ).share.create({
      kind: "opportunities",
      zoneId: street.id,
      title: "街区载体",
      contactLine: "蒸湘区商务局 0734-8000000",
    });
    const edition = await investorEdition(db(), tokenOf(made.path), TODAY);
    if (edition?.kind !== "opportunities") throw new Error("expected the opportunity list");
    expect(edition.carriers.length).toBeGreaterThan(0);
    // Grouped under the area's public name, not the internal task force's (街区专班).
    expect(new Set(edition.carriers.map((c) => c.zone))).toEqual(new Set(["街区"]));
    expect(JSON.stringify(edition)).not.toContain("专班");
  });

  it("opens nothing once revoked or past its last day; a second revoke is a conflict", async () => {
    const staff = await as(db(), "bureau.staff");
    const made = await staff.share.create({
      kind: "opportunities",
      title: "限时",
      contactLine: "蒸湘区商务局 0734-8000000",
    });
    expect(await investorEdition(db(), tokenOf(made.path), TODAY)).not.toBeNull();
    await staff.share.revoke({ id: made.id });
    expect(await investorEdition(db(), tokenOf(made.path), TODAY)).toBeNull();
    await expectTrpcError(staff.share.revoke({ id: made.id }), "CONFLICT");
    await expectTrpcError(staff.share.revoke({ id: "00000000-0000-4000-8000-000000000000" }), "NOT_FOUND");
    const dated = await staff.share.create({
      kind: "opportunities",
      title: "到期",
      contactLine: "蒸湘区商务局 0734-8000000",
      expiresOn: "2026-11-25",
    });
    expect(await investorEdition(db(), tokenOf(dated.path), TODAY)).not.toBeNull();
    expect(await investorEdition(db(), tokenOf(dated.path), new Date("2026-11-26T02:00:00Z"))).toBeNull();
    expect(await investorEdition(db(), "A".repeat(32), TODAY)).toBeNull();
    const listed = await staff.share.list();
    expect(listed.find((l) => l.id === made.id)?.open).toBe(false);
  });

  it("refuses a chain link without its chain, and a title or contact left empty, changing nothing", async () => {
    const staff = await as(db(), "bureau.staff");
    const before = (await staff.share.list()).length;
    await expectTrpcError(
      staff.share.create({ kind: "chain", title: "钢管", contactLine: "蒸湘区商务局 0734-8000000" }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      staff.share.create({ kind: "opportunities", title: " ", contactLine: "蒸湘区商务局" }),
      "BAD_REQUEST",
    );
    await expectTrpcError(staff.share.create({ kind: "opportunities", title: "清单", contactLine: "" }), "BAD_REQUEST");
    expect((await staff.share.list()).length).toBe(before);
  });
});
