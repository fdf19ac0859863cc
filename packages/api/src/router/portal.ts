import type { TRPCRouterRecord } from "@trpc/server";

import { portalProjects } from "../services/portal/my-projects";
import { permitted } from "../trpc";

export const portalRouter = {
  projects: permitted("portal.read").query(({ ctx }) => portalProjects(ctx.db, ctx.user)),
} satisfies TRPCRouterRecord;
