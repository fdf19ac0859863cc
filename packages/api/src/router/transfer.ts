import { ProjectListInput } from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { IMPORT_LIMITS, LEAD_COLUMNS, PROJECT_COLUMNS } from "../services/transfer/columns";
import { importLeads, previewLeads } from "../services/transfer/leads";
import { exportProjects, importProjects, previewProjects } from "../services/transfer/projects";
import { writeSheet } from "../services/transfer/sheet";
import { noInput, permitted } from "../trpc";

/** An uploaded file, handed over in-process by the upload route (not sendable as JSON). */
const Upload = z.object({ filename: z.string().max(200), bytes: z.instanceof(Uint8Array) });
const rowsOf = <K extends string>(columns: readonly { key: K }[]) =>
  z
    .array(z.object(Object.fromEntries(columns.map((c) => [c.key, z.string().max(2000)])) as Record<K, z.ZodString>))
    .min(1)
    .max(IMPORT_LIMITS.maxRows);

const EXAMPLE_PROJECT = {
  name: "示例钢管深加工项目",
  enterpriseName: "示例钢管制造有限公司",
  creditCode: "",
  zone: "园区专班",
  chain: "钢管制造及深加工",
  stage: "在谈",
  plannedAmount: "30000",
  signedAmount: "",
  signedOn: "",
  registeredOn: "",
  tags: "重点项目",
};
const EXAMPLE_LEAD = {
  enterpriseName: "示例商贸有限公司",
  creditCode: "",
  source: "镇街上报",
  reportingUnit: "雨母山镇",
  chain: "现代商贸",
  intendedAmount: "5000",
  reportedOn: "2026-11-01",
  notes: "",
};

export const transferRouter = {
  exportProjects: permitted("project.read")
    .input(ProjectListInput.omit({ cursor: true, limit: true }))
    .query(({ ctx, input }) => exportProjects(ctx, input)),
  projectTemplate: permitted("project.write")
    .input(noInput)
    .query(() => writeSheet("项目导入模板", PROJECT_COLUMNS, [EXAMPLE_PROJECT])),
  previewProjects: permitted("project.write")
    .input(Upload)
    .mutation(({ ctx, input }) => previewProjects(ctx, input)),
  importProjects: permitted("project.write")
    .input(z.object({ rows: rowsOf(PROJECT_COLUMNS) }))
    .mutation(({ ctx, input }) => importProjects(ctx, input)),
  leadTemplate: permitted("lead.write")
    .input(noInput)
    .query(() => writeSheet("线索导入模板", LEAD_COLUMNS, [EXAMPLE_LEAD])),
  previewLeads: permitted("lead.write")
    .input(Upload)
    .mutation(({ ctx, input }) => previewLeads(ctx, input)),
  importLeads: permitted("lead.write")
    .input(z.object({ rows: rowsOf(LEAD_COLUMNS) }))
    .mutation(({ ctx, input }) => importLeads(ctx, input)),
} satisfies TRPCRouterRecord;
