import { TodoListInput } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { todoList } from "../services/todo/list";
import { permitted } from "../trpc";

export const todoRouter = {
  /** 待办: what the caller and their unit owe and wait on, from every source (home, My work, the bell). */
  list: permitted("home.read")
    .input(TodoListInput)
    .query(({ ctx, input }) => todoList(ctx, input)),
} satisfies TRPCRouterRecord;
