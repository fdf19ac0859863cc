import { Uuid } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { projectBoard } from "../services/project/board";
import { projectById } from "../services/project/by-id";
import { projectFilterOptions } from "../services/project/filter-options";
import { addFollowUp } from "../services/follow-up/add";
import { listProjects } from "../services/project/list";
import { moveStage } from "../services/project/move-stage";
import { MoveStageInput, ProjectFilter, ProjectFollowUpInput, ProjectListInput, UpdateProjectInput } from "@crm/domain";
import { projectSummary } from "../services/project/summary";
import { projectTimeline } from "../services/project/timeline";
import { updateProject } from "../services/project/update";
import { noInput, permitted } from "../trpc";

const ById = z.object({ id: Uuid });

export const projectRouter = {
  list: permitted("project.read")
    .input(ProjectListInput)
    .query(({ ctx, input }) => listProjects(ctx.db, ctx.user, input)),
  summary: permitted("project.read")
    .input(ProjectFilter)
    .query(({ ctx, input }) => projectSummary(ctx.db, ctx.user, input)),
  filterOptions: permitted("project.read")
    .input(noInput)
    .query(({ ctx }) => projectFilterOptions(ctx.db, ctx.user)),
  board: permitted("project.read")
    .input(ProjectFilter)
    .query(({ ctx, input }) => projectBoard(ctx.db, ctx.user, input)),
  byId: permitted("project.read")
    .input(ById)
    .query(({ ctx, input }) => projectById(ctx.db, ctx.user, input.id)),
  timeline: permitted("project.read")
    .input(ById)
    .query(({ ctx, input }) => projectTimeline(ctx.db, ctx.user, input.id)),
  update: permitted("project.write")
    .input(UpdateProjectInput)
    .mutation(({ ctx, input }) => updateProject(ctx.db, ctx.user, input, ctx.ip)),
  moveStage: permitted("project.stage")
    .input(MoveStageInput)
    .mutation(({ ctx, input }) => moveStage(ctx.db, ctx.user, input, ctx.now(), ctx.ip)),
  addFollowUp: permitted("project.write")
    .input(ProjectFollowUpInput)
    .mutation(({ ctx, input }) => addFollowUp(ctx.db, ctx.user, input, ctx.now(), ctx.ip)),
} satisfies TRPCRouterRecord;
