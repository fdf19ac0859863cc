import { withExclusiveLock, writeAudit, type Database } from "@crm/db";
import PgBoss from "pg-boss";

import { remindDispatch } from "./dispatch-reminder";
import { sweepOverdue } from "./overdue";
import { sweepService } from "./service-sweep";
import { deliverWebhooks } from "./webhooks";
import { openYearStages } from "./year-stages";

export const JOBS = {
  "overdue-sweep": {
    cron: "*/15 * * * *",
    everyMs: 15 * 60_000,
    run: (db: Database, now: Date) => sweepOverdue(db, now),
  },
  "service-sweep": {
    cron: "*/15 * * * *",
    everyMs: 15 * 60_000,
    run: (db: Database, now: Date) => sweepService(db, now),
  },
  "dispatch-reminder": {
    cron: "10 8 * * *",
    everyMs: 60 * 60_000,
    run: (db: Database, now: Date) => remindDispatch(db, now),
  },
  "year-stages": {
    cron: "5 0 * * *",
    everyMs: 6 * 60 * 60_000,
    run: (db: Database, now: Date) => openYearStages(db, now),
  },
  "webhook-deliver": { cron: "* * * * *", everyMs: 60_000, run: (db: Database, now: Date) => deliverWebhooks(db, now) },
} as const;
export type JobName = keyof typeof JOBS;

export interface JobRunner {
  kind: "pg-boss" | "interval";
  /** Queues a job now (pg-boss) or runs it now (interval). */
  trigger(name: JobName): Promise<void>;
  /** Takes no new runs and waits for those in flight (pg-boss: up to 20 s), then lets go of the database. */
  stop(): Promise<void>;
}

/**
 * What a job did goes on the audit log as the system's own act (no person): a run that did
 * something (any count above zero) as done, a run that failed as failed. Runs that found nothing
 * (the webhook delivery looks every minute) are left out, or the log would be mostly them.
 */
export async function auditJob(db: Database, name: JobName, result: Record<string, number> | null) {
  if (result && !Object.values(result).some((n) => n > 0)) return;
  await writeAudit(db, {
    actorId: null,
    action: `job.${name}`,
    entity: "job",
    entityId: name,
    after: result,
    result: result ? "done" : "failed",
  });
}

/**
 * Background jobs: with PostgreSQL, pg-boss in the same database runs them on a schedule (and only
 * once across app instances); with the embedded PGlite, which pg-boss cannot reach, the app's own
 * process runs them on timers. Each queue is a singleton (one run of a job at a time across
 * instances), and each job is safe to run twice anyway: the sweeps claim what they announce
 * (announce-once.ts), the webhook delivery claims its rows.
 */
export async function startJobs(opts: {
  db: Database;
  url?: string;
  log?: (message: string) => void;
}): Promise<JobRunner> {
  const log = opts.log ?? (() => {});
  const run = async (name: JobName) => {
    try {
      const result = await JOBS[name].run(opts.db, new Date());
      log(`[jobs] ${name}: ${JSON.stringify(result)}`);
      await auditJob(opts.db, name, result);
    } catch (e) {
      log(`[jobs] ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
      await auditJob(opts.db, name, null).catch(() => {});
      throw e;
    }
  };
  if (!opts.url) {
    // One run of a job at a time in this process; stop() waits for those running.
    const running = new Map<JobName, Promise<void>>();
    const once = (name: JobName) => {
      const current = running.get(name);
      if (current) return current;
      const p = run(name).finally(() => running.delete(name));
      running.set(name, p);
      return p;
    };
    const timers = (Object.keys(JOBS) as JobName[]).map((name) =>
      setInterval(() => void once(name).catch(() => {}), JOBS[name].everyMs).unref(),
    );
    return {
      kind: "interval",
      trigger: once,
      stop: async () => {
        timers.forEach(clearInterval);
        await Promise.allSettled(running.values());
      },
    };
  }
  const boss = new PgBoss({ connectionString: opts.url, schema: "pgboss" });
  boss.on("error", (e: Error) => log(`[jobs] pg-boss: ${e.message}`));
  // Instances starting together take turns: pg-boss's own setup deadlocks when two run at once.
  try {
    await withExclusiveLock(opts.db, "jobs-setup", async () => {
      await boss.start();
      for (const name of Object.keys(JOBS) as JobName[]) {
        await boss.createQueue(name, { name, policy: "singleton" });
        await boss.schedule(name, JOBS[name].cron, {}, { tz: "Asia/Shanghai" });
      }
    });
    for (const name of Object.keys(JOBS) as JobName[])
      await boss.work(name, async () => {
        await run(name);
      });
  } catch (error) {
    // Half started: let go of pg-boss's connections before the caller tries again.
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw error;
  }
  return {
    kind: "pg-boss",
    trigger: async (name) => {
      await boss.send(name, {});
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 20_000 }),
  };
}
