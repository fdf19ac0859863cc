import { startJobs, type JobRunner } from "@crm/api";
import { dbEnv, getAppDb } from "@crm/db";

import { onShutdown } from "./shutdown";

const holder = globalThis as unknown as { __crmJobs?: Promise<JobRunner> };

/** pg-boss on PostgreSQL, timers in this process on PGlite; started once per process. */
export function startAppJobs(): Promise<JobRunner> {
  holder.__crmJobs ??= getAppDb().then(({ db }) =>
    startJobs({ db, url: dbEnv.DATABASE_URL, log: (m) => console.log(m) }).then((runner) => {
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
      return runner;
    }),
  );
  return holder.__crmJobs;
}
