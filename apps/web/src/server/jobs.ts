import { startJobs, type JobRunner } from "@crm/api";
import { dbEnv, getAppDb } from "@crm/db";

import { onShutdown } from "./shutdown";

const holder = globalThis as unknown as { __crmJobs?: Promise<void> };
const RETRY_MS = [5_000, 15_000, 60_000, 300_000];

/**
 * pg-boss on PostgreSQL, timers in this process on PGlite; started once per process. A failed
 * start (the database not reachable yet) never rejects: the pages keep working, the failure is
 * logged and the start tried again later, since a rejected instrumentation hook would leave Next
 * answering every request with an error.
 */
export function startAppJobs(): Promise<void> {
  holder.__crmJobs ??= attempt(0);
  return holder.__crmJobs;
}

/** A retry waiting, and whether the server is stopping (then none is started). */
const pending: { retry?: NodeJS.Timeout; stopping: boolean } = { stopping: false };

async function attempt(tries: number): Promise<void> {
  try {
    const { db } = await getAppDb();
    const runner = await startJobs({ db, url: dbEnv.DATABASE_URL, log: (m) => console.log(m) });
    announce(runner);
  } catch (error) {
    const wait = RETRY_MS[Math.min(tries, RETRY_MS.length - 1)]!;
    console.error(
      `[jobs] could not start (${error instanceof Error ? error.message : String(error)}); trying again in ${wait / 1000} s`,
    );
    if (tries === 0)
      onShutdown(async () => {
        pending.stopping = true;
        clearTimeout(pending.retry);
      });
    pending.retry = setTimeout(() => {
      if (!pending.stopping) void attempt(tries + 1);
    }, wait);
    pending.retry.unref();
  }
}

function announce(runner: JobRunner) {
  console.log(
    `[jobs] running with ${runner.kind === "pg-boss" ? "pg-boss on PostgreSQL" : "timers in the app process (PGlite)"}`,
  );
  onShutdown(async () => {
    await runner.stop();
    console.log("[jobs] stopped");
  });
  onShutdown(async () => {
    await (await getAppDb()).close();
    console.log("[db] closed");
  });
}
