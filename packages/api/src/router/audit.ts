import { AuditFilter, AuditListInput } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { exportAudit } from "../services/audit/export";
import { listAudit } from "../services/audit/list";
import { auditOptions } from "../services/audit/options";
import { noInput, permitted } from "../trpc";

/** The audit viewer (审计日志): the log filtered and paged, the filter's choices, the export (itself audited). */
export const auditRouter = {
  list: permitted("audit.read")
    .input(AuditListInput)
    .query(({ ctx, input }) => listAudit(ctx, input)),
  options: permitted("audit.read")
    .input(noInput)
    .query(({ ctx }) => auditOptions(ctx)),
  export: permitted("audit.read", { disclosure: "export" })
    .input(AuditFilter)
    .query(({ ctx, input }) => exportAudit(ctx, input)),
} satisfies TRPCRouterRecord;
