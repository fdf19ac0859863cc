import { and, count, desc, eq, inArray, isNull, schema } from "@crm/db";
import { Uuid } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { noInput, permitted } from "../trpc";

const { notifications } = schema;

/** One's own notifications: nobody reads or marks another's, so no version or audit row is kept for them. */
export const notificationRouter = {
  unread: permitted("session.self")
    .input(noInput)
    .query(
      async ({ ctx }) =>
        (
          await ctx.db
            .select({ n: count() })
            .from(notifications)
            .where(and(eq(notifications.userId, ctx.user.id), isNull(notifications.readAt)))
        )[0]!.n,
    ),
  list: permitted("session.self")
    .input(noInput)
    .query(({ ctx }) =>
      ctx.db
        .select()
        .from(notifications)
        .where(eq(notifications.userId, ctx.user.id))
        .orderBy(desc(notifications.createdAt))
        .limit(50),
    ),
  markRead: permitted("session.self")
    .input(z.object({ ids: z.array(Uuid).max(200) }))
    .mutation(async ({ ctx, input }) => {
      if (!input.ids.length) return { updated: 0 };
      const rows = await ctx.db
        .update(notifications)
        .set({ readAt: new Date() })
        .where(
          and(
            eq(notifications.userId, ctx.user.id),
            inArray(notifications.id, input.ids),
            isNull(notifications.readAt),
          ),
        )
        .returning({ id: notifications.id });
      return { updated: rows.length };
    }),
} satisfies TRPCRouterRecord;
