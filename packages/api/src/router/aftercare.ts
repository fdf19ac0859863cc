import { AftercareListInput, AftercareUpdateInput } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { aftercareList, updateAftercare } from "../services/aftercare";
import { permitted } from "../trpc";

/** 稳商留商: visits due and projects at risk. */
export const aftercareRouter = {
  list: permitted("project.read")
    .input(AftercareListInput)
    .query(({ ctx, input }) => aftercareList(ctx, input)),
  update: permitted("project.write")
    .input(AftercareUpdateInput)
    .mutation(({ ctx, input }) => updateAftercare(ctx, input)),
} satisfies TRPCRouterRecord;
