import { eq, schema } from "@crm/db";
import { nameInitials } from "@crm/domain";
import { describe, expect, it } from "vitest";

import { as, expectTrpcError, useDatabase } from "./helpers";

type Caller = Awaited<ReturnType<typeof as>>;

async function everyPage(caller: Caller, input: Parameters<Caller["project"]["list"]>[0]) {
  const items = [];
  let cursor: { v: string | null; id: string } | undefined;
  for (;;) {
    const page = await caller.project.list({ ...input, limit: 37, cursor });
    items.push(...page.items);
    if (!page.nextCursor) return items;
    cursor = page.nextCursor;
  }
}

describe("the project list", () => {
  const { db } = useDatabase();

  it("finds 金鼎钻采 by its pinyin initials, name, enterprise or credit code", async () => {
    const staff = await as(db(), "bureau.staff");
    for (const q of ["jdzc", "中鼎", "金鼎钻采"]) {
      const { items } = await staff.project.list({ q });
      expect(
        items.map((p) => p.name),
        q,
      ).toContain("中鼎石油钻采专用管项目");
    }
    const code = (
      await db().select().from(schema.enterprises).where(eq(schema.enterprises.name, "湖南金鼎钻采专用管制造有限公司"))
    )[0]!.creditCode!;
    expect((await staff.project.list({ q: code })).items.map((p) => p.name)).toEqual(["中鼎石油钻采专用管项目"]);
  });

  it("sorts by name in pinyin order (安 before 张 before 中), not by code point, across pages", async () => {
    // Each in an enterprise of its own, in a zone no other test exports, so no other test sees them.
    const [zone] = await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, "scenic"));
    // Code points put 中 (U+4E2D) before 安 (U+5B89) before 张 (U+5F20); pinyin is an, zhang, zhong.
    for (const name of ["中原排序测试项目", "安阳排序测试项目", "张家排序测试项目", "安徽排序测试项目"]) {
      const enterpriseName = `${name.slice(0, 2)}排序测试有限公司`;
      const [enterprise] = await db()
        .insert(schema.enterprises)
        .values({ name: enterpriseName, nameKey: enterpriseName, nameInitials: nameInitials(enterpriseName) })
        .returning();
      await db()
        .insert(schema.projects)
        .values({
          name,
          nameInitials: nameInitials(name),
          enterpriseId: enterprise!.id,
          zoneId: zone!.id,
          responsibleUnitId: zone!.id,
          stage: "lost", // counted in no figure, dispatch or bulletin
        });
    }
    const staff = await as(db(), "bureau.staff");
    const names = async (dir: "asc" | "desc") =>
      (await everyPage(staff, { q: "排序测试", sort: "name", dir })).map((p) => p.name);
    const order = ["安徽排序测试项目", "安阳排序测试项目", "张家排序测试项目", "中原排序测试项目"];
    expect(await names("asc")).toEqual(order);
    expect(await names("desc")).toEqual([...order].reverse());
    const paged = [];
    let cursor: { v: string | null; id: string } | undefined;
    do {
      const page = await staff.project.list({ q: "排序测试", sort: "name", dir: "asc", limit: 1, cursor });
      paged.push(...page.items.map((p) => p.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(order);
    // Names sorted in the browser or in a service use the same order.
    expect(["中", "张", "安"].sort((a, b) => a.localeCompare(b, "zh-CN"))).toEqual(["安", "张", "中"]);
  });

  it("does not let a search reveal a confidential project's real name", async () => {
    const leader = await as(db(), "leader");
    expect((await leader.project.list({ q: "森联" })).items).toHaveLength(0);
    expect((await leader.project.list({ q: "钢链" })).items.map((p) => p.name)).toEqual(["钢链-S01"]);
  });

  it("refuses a cursor its sort could not have written, instead of failing in SQL", async () => {
    const staff = await as(db(), "bureau.staff");
    const id = "00000000-0000-4000-8000-000000000000";
    for (const [sort, v] of [
      ["updatedAt", "金鼎"],
      ["signedOn", "2026-02-30"],
      ["amount", "1e9"],
      ["zone", "1.5"],
      ["stage", "nowhere"],
      ["name", "a\u0000b"],
    ] as const)
      await expectTrpcError(staff.project.list({ sort, cursor: { v, id } }), "BAD_REQUEST");
    expect(
      (await staff.project.list({ sort: "signedOn", cursor: { v: "2024-07-17", id } })).items.length,
    ).toBeGreaterThan(0);
  });

  it("pages through any sort without losing or repeating a row", async () => {
    const staff = await as(db(), "bureau.staff");
    const total = (await db().select({ id: schema.projects.id }).from(schema.projects)).length;
    for (const [sort, dir] of [
      ["amount", "desc"],
      ["signedOn", "asc"],
      ["name", "asc"],
      ["stage", "desc"],
      ["zone", "asc"],
    ] as const) {
      const rows = await everyPage(staff, { sort, dir });
      expect(rows.length, sort).toBe(total);
      expect(new Set(rows.map((r) => r.id)).size, sort).toBe(total);
    }
    const byAmount = await everyPage(staff, { sort: "amount", dir: "desc" });
    const amounts = byAmount.map((r) => Number(r.signedAmount ?? r.plannedAmount ?? 0));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it("filters by stage, zone, tags, amount and signing date together", async () => {
    const park = (await db().select().from(schema.orgUnits).where(eq(schema.orgUnits.code, "park")))[0]!;
    const rows = await everyPage(await as(db(), "bureau.lead"), {
      zoneIds: [park.id],
      stages: ["operating", "in_production"],
      amountMin: "10000",
      signedFrom: "2024-01-01",
      signedTo: "2024-12-31",
    });
    expect(rows.map((r) => r.name)).toContain("中鼎石油钻采专用管项目");
    for (const r of rows) {
      expect(r.zoneId).toBe(park.id);
      expect(["operating", "in_production"]).toContain(r.stage);
      expect(Number(r.signedAmount)).toBeGreaterThanOrEqual(10000);
      expect(r.signedOn! >= "2024-01-01" && r.signedOn! <= "2024-12-31").toBe(true);
    }
    const fortune = await everyPage(await as(db(), "bureau.lead"), { tags: ["fortune500"] });
    expect(fortune.map((r) => r.name)).toContain("越秀光伏发电项目");
  });

  it("keeps zone.street away from a 园区 project by id, by list and by change; ent.jinding away from the list", async () => {
    const [jinding] = await db()
      .select()
      .from(schema.projects)
      .where(eq(schema.projects.name, "中鼎石油钻采专用管项目"));
    const street = await as(db(), "zone.street");
    await expectTrpcError(street.project.byId({ id: jinding!.id }), "NOT_FOUND");
    await expectTrpcError(
      street.project.update({ id: jinding!.id, version: jinding!.version, patch: { jobs: 1 } }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      street.project.moveStage({
        id: jinding!.id,
        version: jinding!.version,
        to: "paused",
        on: "2026-11-24",
        note: "x",
      }),
      "NOT_FOUND",
    );
    expect((await street.project.list({ q: "中鼎" })).items).toHaveLength(0);
    await expectTrpcError((await as(db(), "ent.jinding")).project.list({}), "FORBIDDEN");
    await expectTrpcError(
      (await as(db(), "leader")).project.update({ id: jinding!.id, version: jinding!.version, patch: { jobs: 1 } }),
      "FORBIDDEN",
    );
  });
});
