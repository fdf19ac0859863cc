import type { TRPCRouterRecord } from "@trpc/server";
import {
  ById,
  MoveStageInput,
  ProjectFilter,
  ProjectFollowUpInput,
  ProjectListInput,
  UpdateProjectInput,
} from "@crm/domain";

import { projectBoard } from "../services/project/board";
import { projectById } from "../services/project/by-id";
import { projectFilterOptions } from "../services/project/filter-options";
import { projectHistory } from "../services/project/history";
import { addFollowUp } from "../services/follow-up/add";
import { listProjects } from "../services/project/list";
import { moveStage } from "../services/project/move-stage";
import { projectSummary } from "../services/project/summary";
import { projectTimeline } from "../services/project/timeline";
import { projectWork } from "../services/project/work";
import { updateProject } from "../services/project/update";
import { noInput, permitted } from "../trpc";

export const projectRouter = {
  list: permitted("project.read")
    .input(ProjectListInput)
    .query(({ ctx, input }) => listProjects(ctx, input)),
  summary: permitted("project.read")
    .input(ProjectFilter)
    .query(({ ctx, input }) => projectSummary(ctx, input)),
  filterOptions: permitted("project.read")
    .input(noInput)
    .query(({ ctx }) => projectFilterOptions(ctx)),
  board: permitted("project.read")
    .input(ProjectFilter)
    .query(({ ctx, input }) => projectBoard(ctx, input)),
  byId: permitted("project.read")
    .input(ById)
    .query(({ ctx, input }) => projectById(ctx, input)),
  /** Its tasks, its enterprise's requests about it and the lead it came from, within the caller's scopes. */
  work: permitted("project.read")
    .input(ById)
    .query(({ ctx, input }) => projectWork(ctx, input)),
  history: permitted("project.read")
    .input(ById)
    .query(({ ctx, input }) => projectHistory(ctx, input)),
  timeline: permitted("project.read")
    .input(ById)
    .query(({ ctx, input }) => projectTimeline(ctx, input)),
  update: permitted("project.write")
    .input(UpdateProjectInput)
    .mutation(({ ctx, input }) => updateProject(ctx, input)),
  moveStage: permitted("project.stage")
    .input(MoveStageInput)
    .mutation(({ ctx, input }) => moveStage(ctx, input)),
  addFollowUp: permitted("project.write")
    .input(ProjectFollowUpInput)
    .mutation(({ ctx, input }) => addFollowUp(ctx, input)),
} satisfies TRPCRouterRecord;
