import { and, count, eq, schema } from "@crm/db";
import { describe, expect, it } from "vitest";

import { startJobs } from "../src";
import { auditJob } from "../src/jobs/runner";
import { useDatabase } from "./helpers";

/** What the background jobs do is on the audit log, as the system's own acts (等保: "what jobs do"). */
describe("jobs on the audit log", () => {
  const { db } = useDatabase();
  const rows = async (action: string) =>
    (
      await db()
        .select({ n: count() })
        .from(schema.auditLog)
        .where(and(eq(schema.auditLog.action, action), eq(schema.auditLog.entity, "job")))
    )[0]!.n;

  it("records a run that did something, and a failed one, but not a run that found nothing", async () => {
    const before = await rows("job.year-stages");
    await auditJob(db(), "year-stages", { opened: 0 });
    expect(await rows("job.year-stages")).toBe(before);
    await auditJob(db(), "year-stages", { opened: 3 });
    await auditJob(db(), "year-stages", null);
    expect(await rows("job.year-stages")).toBe(before + 2);
    const last = await db()
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, "job.year-stages"))
      .orderBy(schema.auditLog.id);
    expect(last.slice(-2).map((r) => [r.result, r.actorId, r.after])).toEqual([
      ["done", null, { opened: 3 }],
      ["failed", null, null],
    ]);
  });

  it("the runner records each run by what it reported", async () => {
    const logged: string[] = [];
    const runner = await startJobs({ db: db(), log: (m) => logged.push(m) });
    try {
      const before = await rows("job.overdue-sweep");
      await runner.trigger("overdue-sweep");
      const reported = JSON.parse(logged.find((m) => m.startsWith("[jobs] overdue-sweep:"))!.split(": ")[1]!) as {
        announced: number;
      };
      expect(await rows("job.overdue-sweep")).toBe(before + (reported.announced > 0 ? 1 : 0));
    } finally {
      await runner.stop();
    }
  });
});
