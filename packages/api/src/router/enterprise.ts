import { CreateEnterpriseAccountInput, EnterpriseListInput, Uuid } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { createEnterpriseAccount, enterpriseById } from "../services/enterprise/accounts";
import { enterpriseHistory } from "../services/enterprise/history";
import { listEnterprises } from "../services/enterprise/list";
import { permitted } from "../trpc";

export const enterpriseRouter = {
  list: permitted("enterprise.read")
    .input(EnterpriseListInput)
    .query(({ ctx, input }) => listEnterprises(ctx, input)),
  byId: permitted("enterprise.read")
    .input(z.object({ id: Uuid }))
    .query(({ ctx, input }) => enterpriseById(ctx, input)),
  history: permitted("enterprise.read")
    .input(z.object({ id: Uuid }))
    .query(({ ctx, input }) => enterpriseHistory(ctx, input)),
  createAccount: permitted("enterprise.write")
    .input(CreateEnterpriseAccountInput)
    .mutation(({ ctx, input }) => createEnterpriseAccount(ctx, input)),
} satisfies TRPCRouterRecord;
