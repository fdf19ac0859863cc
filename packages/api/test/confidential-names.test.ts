import { hashPassword } from "@crm/auth";
import { eq, inArray, schema, sql, type Database, type DbHandle } from "@crm/db";
import { DEMO_ACCOUNTS, seedDemo } from "@crm/db/seed";
import { createTestDatabase, openMigrated, type TestDatabase } from "@crm/db/testing";
import { can, type Permission } from "@crm/domain";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { appRouter } from "../src";
import { realNameVisible, seesRealName } from "../src/scope/names";
import { as, expectTrpcError, sessionUserOf, TODAY } from "./helpers";
import { makeConfidentialProject, SEES_REAL_NAME, type Confidential } from "./leak/fixture";
import { variantsFor, type Seeds } from "./leak/inputs";
import { textOf } from "./leak/reveal";

/**
 * 项目代号 everywhere: a confidential project with a distinctive name, and around it everything that
 * reaches other units. Every query procedure of the router (file exports included: they are
 * queries that return the file) is called, with inputs made from its own schema, as every demo
 * account whose role may call it. Whoever is shown the code name must never read the real name
 * (nor the old one in the audit trail), the enterprise's name, credit code, pinyin initials,
 * contacts or id — and a search typed with any of them must not find the project.
 * A new procedure is walked without anyone adding it here.
 */

type Proc = { _def: { type: string; inputs: z.ZodType[]; meta?: { permission?: Permission } } };
const queries = Object.entries(appRouter._def.procedures as unknown as Record<string, Proc>).filter(
  ([, p]) => p._def.type === "query",
);

function call(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input?: unknown) => Promise<unknown>)(input);
}

interface Walk {
  /** account → procedure → what it read */
  leaks: string[];
  searchHits: string[];
  failures: string[];
  ok: Set<string>;
  /** account → procedures whose answers named the project (by either name) */
  reached: Map<string, Set<string>>;
  calls: number;
}

let testDb: TestDatabase;
let handle: DbHandle;
let db: Database;
let fixture: Confidential;
let walk: Walk;

function seedsFor(f: Confidential): Seeds {
  const { ids } = f;
  const byKey: Record<string, string[]> = {
    projectId: [ids.project!],
    enterpriseId: [ids.enterprise!],
    leadId: [ids.lead!],
    requestId: [ids.request!],
    meetingId: [ids.meeting!],
    approvalId: [ids.approval!],
    taskId: [ids.taskForStreet!, ids.taskForEdu!],
    zoneId: [ids.park!, ids.street!],
    zoneIds: [ids.park!, ids.street!],
    unitId: [ids.park!, ids.street!, ids.edu!],
    responsibleUnitId: [ids.park!],
    assigneeUnitId: [ids.street!, ids.edu!],
    departmentId: [ids.edu!],
    chainId: [ids.chain!],
    chainIds: [ids.chain!],
    nodeId: [ids.node!],
  };
  return {
    idsFor: (key) => byKey[key] ?? (/id$/i.test(key) ? Object.values(ids) : []),
    searchTerms: f.searchTerms,
    today: TODAY.toISOString().slice(0, 10),
  };
}

async function walkEveryQuery(): Promise<Walk> {
  const seeds = seedsFor(fixture);
  const w: Walk = { leaks: [], searchHits: [], failures: [], ok: new Set(), reached: new Map(), calls: 0 };
  const named = [fixture.codeName, ...fixture.secrets.slice(0, 3)];
  // The demo accounts, and the enterprise's own portal account (it knows its own name).
  for (const account of [...DEMO_ACCOUNTS, { username: "ent.qinling", role: "enterprise" as const }]) {
    const caller = await as(db, account.username);
    const hidden = !(SEES_REAL_NAME as readonly string[]).includes(account.username);
    const reached = new Set<string>();
    w.reached.set(account.username, reached);
    for (const [path, proc] of queries) {
      if (!can(account.role, proc._def.meta!.permission!)) continue;
      for (const variant of variantsFor(proc._def.inputs[0], seeds)) {
        w.calls++;
        let text: string;
        try {
          text = await textOf(await call(caller, path, variant.input));
        } catch (e) {
          if (e instanceof TRPCError && e.code !== "INTERNAL_SERVER_ERROR") continue;
          w.failures.push(
            `${account.username} → ${path}(${JSON.stringify(variant.input)}): ${String(e).slice(0, 200)}`,
          );
          continue;
        }
        w.ok.add(path);
        if (named.some((n) => text.includes(n))) reached.add(path);
        // The audit administrator (audit.realName) reads the audit log raw, real names included: that
        // is its job. Nowhere else: every other procedure is walked for it like for anyone.
        if (!hidden || (path.startsWith("audit.") && can(account.role, "audit.realName"))) continue;
        for (const secret of fixture.secrets)
          if (text.includes(secret))
            w.leaks.push(`${account.username} → ${path}(${JSON.stringify(variant.input)}): «${secret}»`);
        if (variant.search && (text.includes(fixture.projectId) || text.includes(fixture.codeName)))
          w.searchHits.push(`${account.username} → ${path}(${JSON.stringify(variant.input)})`);
      }
    }
  }
  return w;
}

describe("confidential names (项目代号) in every query, for every role", () => {
  beforeAll(async () => {
    // A database of its own: the fixture would change the figures other files count.
    testDb = await createTestDatabase("crm_api_names");
    handle = await openMigrated("postgres", testDb.url);
    db = handle.db;
    await seedDemo(db, { passwordHash: await hashPassword("Demo@2024") });
    fixture = await makeConfidentialProject(db);
    walk = await walkEveryQuery();
    const reachedBy = [...walk.reached].map(([u, paths]) => `${u} ${paths.size}`).join(", ");
    console.info(`code-name walk: ${walk.calls} calls of ${queries.length} queries; reached by ${reachedBy}`);
  }, 600_000);

  afterAll(async () => {
    await handle?.close();
    await testDb?.drop();
  });

  it("never shows the real name, the enterprise or its identifiers to someone shown the code name", () => {
    expect(walk.calls).toBeGreaterThan(1000);
    expect(walk.leaks).toEqual([]);
  });

  it("never finds the project by a hidden name, initials or credit code", () => {
    expect(walk.searchHits).toEqual([]);
  });

  it("answers every call it is allowed without a server error", () => {
    expect(walk.failures).toEqual([]);
  });

  it("reaches every query procedure with an input it accepts", () => {
    const never = queries.map(([path]) => path).filter((path) => !walk.ok.has(path));
    expect(never).toEqual([]);
  });

  it("reaches the project where each role should meet it (else the walk proves nothing)", () => {
    const reached = (username: string) => [...(walk.reached.get(username) ?? [])];
    // The responsible unit and the bureau read the real name; the rest read the code name there. (A
    // leader reads the timeline too, but nothing in it names the project; an enterprise hidden from
    // it is not found by its id.)
    expect(reached("bureau.staff")).toEqual(
      expect.arrayContaining(["project.list", "project.byId", "project.timeline", "enterprise.list", "lead.list"]),
    );
    expect(reached("leader")).toEqual(
      expect.arrayContaining([
        "project.list",
        "project.board",
        "project.byId",
        "transfer.exportProjects",
        "enterprise.list",
        "lead.list",
        "lead.byId",
        "task.board",
        "task.byId",
        "meeting.byId",
        "promoEvent.byId",
        "dispatch.overview",
        "request.list",
        "request.byId",
        "approval.queue",
        "aftercare.list",
        "home.summary",
        "trip.byId",
      ]),
    );
    expect(reached("zone.street")).toEqual(
      expect.arrayContaining(["todo.list", "task.byId", "task.board", "trip.byId"]),
    );
    expect(reached("dept.edu")).toEqual(
      expect.arrayContaining([
        "project.byId",
        "approval.queue",
        "request.list",
        "request.byId",
        "todo.list",
        "promoEvent.byId",
        "home.summary",
        "trip.byId",
      ]),
    );
    expect(reached("town.yumu")).toEqual(expect.arrayContaining(["lead.list", "lead.byId"]));
  });

  it("names a confidential project by its code name in notifications and group-robot messages", async () => {
    const texts = await textOf([
      await db.select({ params: schema.notifications.params }).from(schema.notifications),
      await db.select({ payload: schema.webhookDeliveries.payload }).from(schema.webhookDeliveries),
    ]);
    expect(texts).toContain(fixture.codeName);
    for (const secret of fixture.secrets) expect(texts).not.toContain(secret);
  });

  it("lets only the responsible unit and the bureau rename a project or drop its code name", async () => {
    // In 园区专班's zone, but 街区专班 is responsible: the zone reaches it and is shown the code name.
    const [template] = await db.select().from(schema.projects).where(eq(schema.projects.id, fixture.projectId));
    const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...copy } = template!;
    const [other] = await db
      .insert(schema.projects)
      .values({ ...copy, name: "另一保密项目", codeName: "代号-R1", responsibleUnitId: fixture.ids.street! })
      .returning();
    const park = await as(db, "zone.park");
    expect((await park.project.byId({ id: other!.id })).name).toBe("代号-R1");
    for (const patch of [{ codeName: null }, { name: "改个名字" }])
      await expectTrpcError(park.project.update({ id: other!.id, version: other!.version, patch }), "FORBIDDEN");
    const [unchanged] = await db.select().from(schema.projects).where(eq(schema.projects.id, other!.id));
    expect(unchanged).toMatchObject({ name: "另一保密项目", codeName: "代号-R1", version: other!.version });

    const street = await as(db, "zone.street");
    await street.project.update({ id: other!.id, version: other!.version, patch: { codeName: null } });
    expect((await park.project.byId({ id: other!.id })).name).toBe("另一保密项目");
  });

  it("sorts by the name the caller sees, so a list's cursor carries no hidden name", async () => {
    const [template] = await db.select().from(schema.projects).where(eq(schema.projects.id, fixture.projectId));
    const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...copy } = template!;
    await db.insert(schema.projects).values({ ...copy, name: "秦岭钻石锻造二期", codeName: "代号-Q9" });
    const leader = await as(db, "leader");
    for (const dir of ["asc", "desc"] as const) {
      const page = await leader.project.list({ q: "代号-Q", sort: "name", dir, limit: 1 });
      expect(page.items.map((p) => p.name)).toEqual([dir === "asc" ? fixture.codeName : "代号-Q9"]);
      expect(page.nextCursor?.v).toBe(dir === "asc" ? fixture.codeName : "代号-Q9");
      const next = await leader.project.list({ q: "代号-Q", sort: "name", dir, limit: 1, cursor: page.nextCursor! });
      expect(next.items.map((p) => p.name)).toEqual([dir === "asc" ? "代号-Q9" : fixture.codeName]);
    }
  });

  it("decides alike in SQL and for a row already read, for every account and every kind of project", async () => {
    const rows = await db
      .select({
        id: schema.projects.id,
        codeName: schema.projects.codeName,
        responsibleUnitId: schema.projects.responsibleUnitId,
      })
      .from(schema.projects)
      .where(sql`${schema.projects.codeName} is not null or ${schema.projects.id} in (select id from project limit 3)`);
    expect(rows.some((r) => r.codeName)).toBe(true);
    expect(rows.some((r) => !r.codeName)).toBe(true);
    for (const account of DEMO_ACCOUNTS) {
      const user = await sessionUserOf(db, account.username);
      const inSql = await db
        .select({ id: schema.projects.id, visible: realNameVisible(user) ?? sql<boolean>`true` })
        .from(schema.projects)
        .where(
          inArray(
            schema.projects.id,
            rows.map((r) => r.id),
          ),
        );
      for (const r of rows)
        expect(inSql.find((x) => x.id === r.id)!.visible, `${account.username} → ${r.codeName}`).toBe(
          seesRealName(r, user),
        );
    }
  });
});
