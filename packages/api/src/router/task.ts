import {
  CreateTaskInput,
  InstructionInput,
  RateTaskInput,
  ReportTaskInput,
  ReviewTaskInput,
  TaskBoardInput,
  TaskStepInput,
  Uuid,
} from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { taskById } from "../services/task/by-id";
import { createInstruction, createTask } from "../services/task/create";
import { taskBoard } from "../services/task/list";
import { rateTask, replyTask, reportTask, reviewTask } from "../services/task/steps";
import { permitted } from "../trpc";

export const taskRouter = {
  board: permitted("task.list")
    .input(TaskBoardInput)
    .query(({ ctx, input }) => taskBoard(ctx, input)),
  byId: permitted("home.read")
    .input(z.object({ id: Uuid }))
    .query(({ ctx, input }) => taskById(ctx, input)),
  create: permitted("task.assign")
    .input(CreateTaskInput)
    .mutation(({ ctx, input }) => createTask(ctx, input)),
  instruct: permitted("instruction.write")
    .input(InstructionInput)
    .mutation(({ ctx, input }) => createInstruction(ctx, input)),
  reply: permitted("task.reply")
    .input(TaskStepInput)
    .mutation(({ ctx, input }) => replyTask(ctx, input)),
  report: permitted("task.reply")
    .input(ReportTaskInput)
    .mutation(({ ctx, input }) => reportTask(ctx, input)),
  review: permitted("task.review")
    .input(ReviewTaskInput)
    .mutation(({ ctx, input }) => reviewTask(ctx, input)),
  rate: permitted("task.review")
    .input(RateTaskInput)
    .mutation(({ ctx, input }) => rateTask(ctx, input)),
} satisfies TRPCRouterRecord;
