import {
  ById,
  ConfirmProspectInput,
  CreateProspectInput,
  DropProspectInput,
  ProspectListInput,
  RaiseProspectLeadInput,
  UpdateProspectInput,
} from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { prospectById } from "../services/prospect/by-id";
import { listProspects } from "../services/prospect/list";
import { prospectOptions } from "../services/prospect/options";
import { raiseProspectLead } from "../services/prospect/raise-lead";
import { confirmProspect, createProspect, dropProspect, updateProspect } from "../services/prospect/write";
import { noInput, permitted } from "../trpc";

/** 目标企业库: the ranked targets, kept by the bureau and the zones, turned into leads for a zone. */
export const prospectRouter = {
  list: permitted("prospect.read")
    .input(ProspectListInput)
    .query(({ ctx, input }) => listProspects(ctx, input)),
  byId: permitted("prospect.read")
    .input(ById)
    .query(({ ctx, input }) => prospectById(ctx, input)),
  options: permitted("prospect.read")
    .input(noInput)
    .query(({ ctx }) => prospectOptions(ctx)),
  create: permitted("prospect.write")
    .input(CreateProspectInput)
    .mutation(({ ctx, input }) => createProspect(ctx, input)),
  update: permitted("prospect.write")
    .input(UpdateProspectInput)
    .mutation(({ ctx, input }) => updateProspect(ctx, input)),
  drop: permitted("prospect.write")
    .input(DropProspectInput)
    .mutation(({ ctx, input }) => dropProspect(ctx, input)),
  confirm: permitted("prospect.write")
    .input(ConfirmProspectInput)
    .mutation(({ ctx, input }) => confirmProspect(ctx, input)),
  raiseLead: permitted("prospect.write")
    .input(RaiseProspectLeadInput)
    .mutation(({ ctx, input }) => raiseProspectLead(ctx, input)),
} satisfies TRPCRouterRecord;
