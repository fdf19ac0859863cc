import type { TRPCRouterRecord } from "@trpc/server";

import { portalProjects } from "../services/portal/my-projects";
import { noInput, permitted } from "../trpc";

export const portalRouter = {
  projects: permitted("portal.read").input(noInput).query(({ ctx }) => portalProjects(ctx.db, ctx.user)),
} satisfies TRPCRouterRecord;
