import { z } from "zod";

import { TODO_KINDS } from "../todo";

/** My work's filters: one kind, owed or waited on, overdue only. */
export const TodoListInput = z
  .object({
    kind: z.enum(TODO_KINDS).optional(),
    side: z.enum(["owed", "waiting"]).optional(),
    overdue: z.boolean().optional(),
  })
  .default({});
export type TodoListInput = z.infer<typeof TodoListInput>;
