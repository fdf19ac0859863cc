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

import {
  approvalDictionary,
  approvalDictionaryEditor,
  saveApprovalItem,
  saveApprovalTemplate,
} from "../services/approvals/dictionary";
import { addApprovals, projectApprovals, removeApproval } from "../services/approvals/project-approvals";
import { approvalQueue } from "../services/approvals/queue";
import { updateApproval } from "../services/approvals/update";
import { noInput, permitted } from "../trpc";

/** 审批事项: the dictionary and templates, a project's items, a department's queue and its updates. */
export const approvalRouter = {
  dictionary: permitted("project.read")
    .input(noInput)
    .query(({ ctx }) => approvalDictionary(ctx)),
  /** The system administrator's page: the dictionary with the departments its items may belong to. */
  dictionaryEditor: permitted("admin.dictionaries")
    .input(noInput)
    .query(({ ctx }) => approvalDictionaryEditor(ctx)),
  saveItem: permitted("admin.dictionaries")
    .input(ApprovalItemInput)
    .mutation(({ ctx, input }) => saveApprovalItem(ctx, input)),
  saveTemplate: permitted("admin.dictionaries")
    .input(ApprovalTemplateInput)
    .mutation(({ ctx, input }) => saveApprovalTemplate(ctx, input)),

  forProject: permitted("project.read")
    .input(ProjectApprovalsInput)
    .query(({ ctx, input }) => projectApprovals(ctx, input)),
  add: permitted("project.write")
    .input(AddApprovalsInput)
    .mutation(({ ctx, input }) => addApprovals(ctx, input)),
  remove: permitted("project.write")
    .input(RemoveApprovalInput)
    .mutation(({ ctx, input }) => removeApproval(ctx, input)),

  queue: permitted("approval.read")
    .input(ApprovalQueueInput)
    .query(({ ctx, input }) => approvalQueue(ctx, input)),
  update: permitted("approval.write")
    .input(UpdateApprovalInput)
    .mutation(({ ctx, input }) => updateApproval(ctx, input)),
} satisfies TRPCRouterRecord;
