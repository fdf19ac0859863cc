import {
  AddApprovalsInput,
  ApprovalItemInput,
  ApprovalQueueInput,
  ApprovalTemplateInput,
  ProjectApprovalsInput,
  RemoveApprovalInput,
  UpdateApprovalInput,
} from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { approvalDictionary, saveApprovalItem, saveApprovalTemplate } from "../services/approvals/dictionary";
import { addApprovals, projectApprovals, removeApproval } from "../services/approvals/project-approvals";
import { approvalQueue } from "../services/approvals/queue";
import { updateApproval } from "../services/approvals/update";
import { noInput, permitted } from "../trpc";

/** 审批事项: the dictionary and templates, a project's items, a department's queue and its updates. */
export const approvalRouter = {
  dictionary: permitted("project.read")
    .input(noInput)
    .query(({ ctx }) => approvalDictionary(ctx.db)),
  saveItem: permitted("admin.dictionaries")
    .input(ApprovalItemInput)
    .mutation(({ ctx, input }) => saveApprovalItem(ctx.db, ctx.user, input, ctx.ip)),
  saveTemplate: permitted("admin.dictionaries")
    .input(ApprovalTemplateInput)
    .mutation(({ ctx, input }) => saveApprovalTemplate(ctx.db, ctx.user, input, ctx.ip)),

  forProject: permitted("project.read")
    .input(ProjectApprovalsInput)
    .query(({ ctx, input }) => projectApprovals(ctx.db, ctx.user, input.projectId, ctx.now())),
  add: permitted("project.write")
    .input(AddApprovalsInput)
    .mutation(({ ctx, input }) => addApprovals(ctx.db, ctx.user, input, ctx.ip)),
  remove: permitted("project.write")
    .input(RemoveApprovalInput)
    .mutation(({ ctx, input }) => removeApproval(ctx.db, ctx.user, input, ctx.ip)),

  queue: permitted("approval.read")
    .input(ApprovalQueueInput)
    .query(({ ctx, input }) => approvalQueue(ctx.db, ctx.user, input, ctx.now())),
  update: permitted("approval.write")
    .input(UpdateApprovalInput)
    .mutation(({ ctx, input }) => updateApproval(ctx.db, ctx.user, input, ctx.now(), ctx.ip)),
} satisfies TRPCRouterRecord;
