import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "./root";

export { appRouter, type AppRouter } from "./root";
export { createContext, type Context } from "./context";
export { createCallerFactory } from "./trpc";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export { claimDue, deliverWebhooks, LEASE_MS, MAX_ATTEMPTS } from "./jobs/webhooks";
export { remindDispatch } from "./jobs/dispatch-reminder";
export { sweepOverdue } from "./jobs/overdue";
export { sweepService } from "./jobs/service-sweep";
export { attachmentFile } from "./services/requests/read";
export { investorEdition } from "./services/share/view";
export { startJobs, type JobRunner } from "./jobs/runner";
