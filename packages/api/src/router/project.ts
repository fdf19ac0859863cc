import { Uuid } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { projectById } from "../services/project/by-id";
import { ProjectListInput, listProjects } from "../services/project/list";
import { permitted } from "../trpc";

export const projectRouter = {
  list: permitted("project.read")
    .input(ProjectListInput)
    .query(({ ctx, input }) => listProjects(ctx.db, ctx.user, input)),
  byId: permitted("project.read")
    .input(z.object({ id: Uuid }))
    .query(({ ctx, input }) => projectById(ctx.db, ctx.user, input.id)),
} satisfies TRPCRouterRecord;
