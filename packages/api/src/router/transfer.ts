import {
  CARRIER_COLUMNS,
  ExportCarriersInput,
  ImportCarriersInput,
  ImportLeadsInput,
  ImportProjectsInput,
  LEAD_COLUMNS,
  LEAD_SOURCE_LABELS,
  PROJECT_COLUMNS,
  PROJECT_TAG_LABELS,
  ProjectListInput,
  SheetUpload,
  STAGE_LABELS,
} from "@crm/domain";
import type { TRPCRouterRecord } from "@trpc/server";

import { CARRIER_EXAMPLE, exportCarriers, importCarriers, previewCarriers } from "../services/transfer/carriers";
import { importLeads, previewLeads } from "../services/transfer/leads";
import { importProjects, previewProjects } from "../services/transfer/projects";
import { exportProjects } from "../services/transfer/projects-export";
import { writeSheet } from "../services/transfer/sheet";
import { noInput, permitted } from "../trpc";

const EXAMPLE_PROJECT = {
  name: "示例钢管深加工项目",
  enterpriseName: "示例钢管制造有限公司",
  creditCode: "",
  zone: "园区专班",
  chain: "钢管制造及深加工",
  stage: STAGE_LABELS.negotiating,
  plannedAmount: "30000",
  signedAmount: "",
  signedOn: "",
  registeredOn: "",
  tags: PROJECT_TAG_LABELS.key,
};
const EXAMPLE_LEAD = {
  enterpriseName: "示例商贸有限公司",
  creditCode: "",
  source: LEAD_SOURCE_LABELS.town,
  reportingUnit: "雨母山镇",
  chain: "现代商贸",
  intendedAmount: "5000",
  reportedOn: "2026-11-01",
  notes: "",
};

export const transferRouter = {
  exportProjects: permitted("project.read", { disclosure: "export" })
    .input(ProjectListInput.omit({ cursor: true, limit: true }))
    .query(({ ctx, input }) => exportProjects(ctx, input)),
  projectTemplate: permitted("project.write")
    .input(noInput)
    .query(() => writeSheet("项目导入模板", PROJECT_COLUMNS, [EXAMPLE_PROJECT])),
  previewProjects: permitted("project.write")
    .input(SheetUpload)
    .mutation(({ ctx, input }) => previewProjects(ctx, input)),
  importProjects: permitted("project.write")
    .input(ImportProjectsInput)
    .mutation(({ ctx, input }) => importProjects(ctx, input)),
  leadTemplate: permitted("lead.write")
    .input(noInput)
    .query(() => writeSheet("线索导入模板", LEAD_COLUMNS, [EXAMPLE_LEAD])),
  previewLeads: permitted("lead.write")
    .input(SheetUpload)
    .mutation(({ ctx, input }) => previewLeads(ctx, input)),
  importLeads: permitted("lead.write")
    .input(ImportLeadsInput)
    .mutation(({ ctx, input }) => importLeads(ctx, input)),
  exportCarriers: permitted("opportunity.read", { disclosure: "export" })
    .input(ExportCarriersInput)
    .query(({ ctx, input }) => exportCarriers(ctx, input)),
  carrierTemplate: permitted("opportunity.write")
    .input(noInput)
    .query(() => writeSheet("载体导入模板", CARRIER_COLUMNS, [CARRIER_EXAMPLE])),
  previewCarriers: permitted("opportunity.write")
    .input(SheetUpload)
    .mutation(({ ctx, input }) => previewCarriers(ctx, input)),
  importCarriers: permitted("opportunity.write")
    .input(ImportCarriersInput)
    .mutation(({ ctx, input }) => importCarriers(ctx, input)),
} satisfies TRPCRouterRecord;
