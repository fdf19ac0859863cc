import { eq, schema } from "@crm/db";
import { describe, expect, it } from "vitest";

import { as, expectTrpcError, useDatabase } from "./helpers";

async function allProjects(caller: Awaited<ReturnType<typeof as>>) {
  const items = [];
  let cursor: { v: string | null; id: string } | undefined;
  for (;;) {
    const page = await caller.project.list({ limit: 50, cursor });
    items.push(...page.items);
    if (!page.nextCursor) return items;
    cursor = page.nextCursor;
  }
}

describe("row scope of projects", () => {
  const { db } = useDatabase();
  const unitId = async (code: string) =>
    (await db().select({ id: schema.orgUnits.id }).from(schema.orgUnits).where(eq(schema.orgUnits.code, code)))[0]!.id;
  const projectNamed = async (name: string) =>
    (await db().select().from(schema.projects).where(eq(schema.projects.name, name)))[0]!;

  it("gives zone.park only 园区 projects, and all of them", async () => {
    const park = await unitId("park");
    const seen = await allProjects(await as(db(), "zone.park"));
    const inDb = await db()
      .select({ id: schema.projects.id })
      .from(schema.projects)
      .where(eq(schema.projects.zoneId, park));
    expect(seen.length).toBe(inDb.length);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every((p) => p.zoneId === park)).toBe(true);
  });

  it("gives the bureau every project", async () => {
    const all = await db().select({ id: schema.projects.id }).from(schema.projects);
    expect((await allProjects(await as(db(), "bureau.staff"))).length).toBe(all.length);
  });

  it("does not let zone.street open a 园区 project by id", async () => {
    const jinding = await projectNamed("中鼎石油钻采专用管项目");
    await expectTrpcError((await as(db(), "zone.street")).project.byId({ id: jinding.id }), "NOT_FOUND");
    const own = await (await as(db(), "zone.park")).project.byId({ id: jinding.id });
    expect(own.name).toBe("中鼎石油钻采专用管项目");
  });

  it("shows a department only the projects where it holds an approval", async () => {
    const seen = await allProjects(await as(db(), "dept.edu"));
    expect(seen.map((p) => p.name)).toEqual(["乐麟幼儿园（中美合资）"]);
  });

  it("keeps enterprise users and towns out of the project list", async () => {
    await expectTrpcError((await as(db(), "ent.jinding")).project.list({}), "FORBIDDEN");
    await expectTrpcError((await as(db(), "town.yumu")).project.list({}), "FORBIDDEN");
  });

  it("shows ent.jinding only its own projects in the portal, with no internal field", async () => {
    const mine = await (await as(db(), "ent.jinding")).portal.projects();
    expect(mine.map((p) => p.name)).toEqual(["中鼎石油钻采专用管项目"]);
    const json = JSON.stringify(mine);
    for (const internal of [
      "signedAmount",
      "plannedAmount",
      "investedAmount",
      "codeName",
      "tags",
      "version",
      "responsibleLeaderId",
    ]) {
      expect(json).not.toContain(internal);
    }
    expect(mine[0]!.serviceContact?.name).toBe("刘志强");
  });

  it("shows a confidential project's code name outside its zone and the bureau", async () => {
    const senlian = await projectNamed("森联集团产业投资框架协议项目");
    const leaderView = await (await as(db(), "leader")).project.byId({ id: senlian.id });
    expect(leaderView.name).toBe("钢链-S01");
    expect(leaderView.enterprise).toBeNull();
    expect(JSON.stringify(leaderView)).not.toContain("森联");
    expect((await (await as(db(), "bureau.staff")).project.byId({ id: senlian.id })).name).toBe(
      "森联集团产业投资框架协议项目",
    );
  });
});
