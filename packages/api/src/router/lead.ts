import { Uuid } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import {
  AssignLeadInput,
  ConvertLeadInput,
  CreateLeadInput,
  DropLeadInput,
  LeadEnterpriseInput,
  LeadListInput,
  MergeLeadsInput,
} from "@crm/domain";
import { LeadFollowUpInput } from "@crm/domain";

import { leadById } from "../services/lead/by-id";
import { convertLead } from "../services/lead/convert";
import { createLead } from "../services/lead/create";
import { findDuplicates } from "../services/lead/duplicates";
import { listLeads } from "../services/lead/list";
import { assignLead, dropLead, mergeLeads } from "../services/lead/workflow";
import { addFollowUp } from "../services/follow-up/add";
import { permitted } from "../trpc";

export const leadRouter = {
  list: permitted("lead.read")
    .input(LeadListInput)
    .query(({ ctx, input }) => listLeads(ctx, input)),
  byId: permitted("lead.read")
    .input(z.object({ id: Uuid }))
    .query(({ ctx, input }) => leadById(ctx, input)),
  /** Shown while typing: leads and enterprises that look like the same enterprise. */
  duplicates: permitted("lead.write")
    .input(LeadEnterpriseInput)
    .query(({ ctx, input }) => findDuplicates(ctx, input)),
  create: permitted("lead.write")
    .input(CreateLeadInput)
    .mutation(({ ctx, input }) => createLead(ctx, input)),
  assign: permitted("lead.assign")
    .input(AssignLeadInput)
    .mutation(({ ctx, input }) => assignLead(ctx, input)),
  merge: permitted("lead.assign")
    .input(MergeLeadsInput)
    .mutation(({ ctx, input }) => mergeLeads(ctx, input)),
  drop: permitted("lead.write")
    .input(DropLeadInput)
    .mutation(({ ctx, input }) => dropLead(ctx, input)),
  addFollowUp: permitted("lead.write")
    .input(LeadFollowUpInput)
    .mutation(({ ctx, input }) => addFollowUp(ctx, input)),
  convert: permitted("lead.write")
    .input(ConvertLeadInput)
    .mutation(({ ctx, input }) => convertLead(ctx, input)),
} satisfies TRPCRouterRecord;
