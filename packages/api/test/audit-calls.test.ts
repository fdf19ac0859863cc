import { and, desc, eq, schema } from "@crm/db";
import { DEFAULT_SCORING_RULE } from "@crm/domain";
import { describe, expect, it } from "vitest";

import { appRouter, createCallerFactory, createContext } from "../src";
import { expectTrpcError, sessionUserOf, TODAY, useDatabase } from "./helpers";

const createCaller = createCallerFactory(appRouter);
const BROWSER = "Mozilla/5.0 (审计测试)";

/** What the audit log records of each call beyond its changes: from where, with what, and refusals. */
describe("audit rows of calls", () => {
  const { db } = useDatabase();
  const caller = async (username: string) =>
    createCaller(
      createContext({
        db: db(),
        user: await sessionUserOf(db(), username),
        ip: "10.1.2.3",
        userAgent: BROWSER,
        now: () => TODAY,
      }),
    );
  const lastRow = async (where = eq(schema.auditLog.entity, "procedure")) =>
    (await db().select().from(schema.auditLog).where(where).orderBy(desc(schema.auditLog.seq)).limit(1))[0];

  it("gives every change the caller's address and browser, though the service names neither", async () => {
    const lead = await caller("bureau.lead");
    const { scoringRule } = await lead.settings.policies();
    await lead.settings.setScoringRule({
      value: { ...DEFAULT_SCORING_RULE, staleOpportunities: -0.5 },
      version: scoringRule.version,
    });
    const row = await lastRow(eq(schema.auditLog.entity, "setting"));
    expect(row).toMatchObject({ ip: "10.1.2.3", userAgent: BROWSER, result: "done" });
  });

  it("records a call a permission refused, with who, which procedure and from where", async () => {
    const edu = await sessionUserOf(db(), "dept.edu");
    await expectTrpcError((await caller("dept.edu")).settings.policies(), "FORBIDDEN");
    const row = await lastRow(and(eq(schema.auditLog.entity, "procedure"), eq(schema.auditLog.actorId, edu.id)));
    expect(row).toMatchObject({
      action: "call",
      entityId: "settings.policies",
      result: "refused",
      ip: "10.1.2.3",
      userAgent: BROWSER,
    });
  });

  it("does not record bad input as a refusal (it is told to the user, not a security event)", async () => {
    const before = await lastRow();
    await expectTrpcError(
      (await caller("bureau.lead")).settings.setScoringRule({ value: {} as never, version: 1 }),
      "BAD_REQUEST",
    );
    expect((await lastRow())?.seq).toBe(before?.seq);
  });
});
