import {
  CreateTaskInput,
  InstructionInput,
  RateTaskInput,
  ReviewTaskInput,
  TaskBoardInput,
  TaskStepInput,
  todayInShanghai,
  Uuid,
} from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { taskById } from "../services/task/by-id";
import { createInstruction, createTask } from "../services/task/create";
import { myWork, taskBoard } from "../services/task/list";
import { rateTask, replyTask, reportTask, reviewTask } from "../services/task/steps";
import { noInput, permitted } from "../trpc";

export const taskRouter = {
  mine: permitted("home.read")
    .input(noInput)
    .query(({ ctx }) => myWork(ctx.db, ctx.user, todayInShanghai(ctx.now()))),
  board: permitted("task.list")
    .input(TaskBoardInput)
    .query(({ ctx, input }) => taskBoard(ctx.db, ctx.user, input, todayInShanghai(ctx.now()))),
  byId: permitted("home.read")
    .input(z.object({ id: Uuid }))
    .query(({ ctx, input }) => taskById(ctx.db, ctx.user, input.id, todayInShanghai(ctx.now()))),
  create: permitted("task.assign")
    .input(CreateTaskInput)
    .mutation(({ ctx, input }) => createTask(ctx.db, ctx.user, input, ctx.now(), ctx.ip)),
  instruct: permitted("instruction.write")
    .input(InstructionInput)
    .mutation(({ ctx, input }) => createInstruction(ctx.db, ctx.user, input, ctx.now(), ctx.ip)),
  reply: permitted("task.reply")
    .input(TaskStepInput)
    .mutation(({ ctx, input }) => replyTask(ctx.db, ctx.user, input, ctx.ip)),
  report: permitted("task.reply")
    .input(TaskStepInput)
    .mutation(({ ctx, input }) => reportTask(ctx.db, ctx.user, input, ctx.ip)),
  review: permitted("task.review")
    .input(ReviewTaskInput)
    .mutation(({ ctx, input }) => reviewTask(ctx.db, ctx.user, input, ctx.ip)),
  rate: permitted("task.review")
    .input(RateTaskInput)
    .mutation(({ ctx, input }) => rateTask(ctx.db, ctx.user, input, ctx.ip)),
} satisfies TRPCRouterRecord;
