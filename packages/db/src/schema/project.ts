import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, numeric, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { ProjectTag } from "@crm/domain";

import { chainNodes, chains } from "./chain";
import { createdAt, id, updatedAt, version, wan } from "./columns";
import { enterprises } from "./enterprise";
import { riskKind, stage } from "./enums";
import { orgUnits } from "./org";
import { users } from "./user";

/** 项目. Amounts are in 万元 and kept apart: planned, signed, actually invested; funds in place are posted monthly. */
export const projects = pgTable(
  "project",
  {
    id: id(),
    name: text().notNull(),
    /** Pinyin initials of the name, for search. */
    nameInitials: text().notNull(),
    /** 项目代号, shown instead of the name outside the responsible unit and the bureau. */
    codeName: text(),
    enterpriseId: uuid()
      .notNull()
      .references(() => enterprises.id),
    chainId: uuid().references(() => chains.id),
    /** The node of its chain's map it strengthens. */
    chainNodeId: uuid().references(() => chainNodes.id),
    zoneId: uuid()
      .notNull()
      .references(() => orgUnits.id),
    /** The zone task force that lands it. */
    responsibleUnitId: uuid()
      .notNull()
      .references(() => orgUnits.id),
    /** 包联干部 */
    serviceContactId: uuid().references(() => users.id),
    /** 包保领导 */
    responsibleLeaderId: uuid().references(() => users.id),
    stage: stage().notNull(),
    plannedAmount: wan(),
    signedAmount: wan(),
    investedAmount: wan(),
    /** 亩 */
    landArea: numeric({ precision: 12, scale: 2 }),
    jobs: integer(),
    constructionContent: text(),
    signedOn: date({ mode: "string" }),
    registeredOn: date({ mode: "string" }),
    constructionStartedOn: date({ mode: "string" }),
    productionStartedOn: date({ mode: "string" }),
    operatingSince: date({ mode: "string" }),
    /** PROJECT_TAGS (500强, 重点项目). */
    tags: text().array().$type<ProjectTag[]>().notNull().default([]),
    /** 稳商留商: after-care visits are due this many months apart. */
    visitEveryMonths: integer().notNull().default(3),
    /** At risk (wants to move, dispute, falling output): the bureau's list. */
    riskKind: riskKind(),
    riskNote: text(),
    riskSince: date({ mode: "string" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("project_zone_stage_idx").on(t.zoneId, t.stage),
    index("project_responsible_unit_idx").on(t.responsibleUnitId),
    index("project_enterprise_idx").on(t.enterpriseId),
    index("project_chain_idx").on(t.chainId),
    index("project_chain_node_idx").on(t.chainNodeId),
    index("project_stage_idx").on(t.stage),
    // The cockpit's joins from rollups to a project's zone and chain, index-only.
    index("project_zone_chain_cover_idx").on(t.id, t.zoneId, t.chainId),
    index("project_signed_on_idx")
      .on(t.signedOn)
      .where(sql`${t.signedOn} is not null`),
    index("project_registered_on_idx")
      .on(t.registeredOn)
      .where(sql`${t.registeredOn} is not null`),
    index("project_risk_idx")
      .on(t.riskKind)
      .where(sql`${t.riskKind} is not null`),
    index("project_tags_idx").using("gin", t.tags),
    index("project_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
    index("project_initials_trgm_idx").using("gin", t.nameInitials.op("gin_trgm_ops")),
    index("project_updated_idx").on(t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // ORDER BY … DESC means NULLS FIRST: the indexes say so, or the planner cannot use them to order.
    // The list's 投资额 sort (amountExpr in @crm/api): the same expression, so keyset pages walk the index.
    index("project_amount_idx").on(
      sql`coalesce(${t.signedAmount}, ${t.plannedAmount}, 0) desc`,
      t.id.desc().nullsFirst(),
    ),
  ],
);

/** 项目阶段变更: every move — who, when, from, to, note. Stage counts "as of" a date come from here. */
export const stageEvents = pgTable(
  "stage_event",
  {
    id: id(),
    /** Orders events of the same day: "as of" queries take the last by (occurredOn, seq). */
    seq: bigint({ mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    fromStage: stage(),
    toStage: stage().notNull(),
    /** The calendar day (Asia/Shanghai) the move took effect. */
    occurredOn: date({ mode: "string" }).notNull(),
    actorId: uuid().references(() => users.id),
    note: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index("stage_event_project_idx").on(t.projectId, t.occurredOn, t.seq),
    index("stage_event_to_stage_idx").on(t.toStage, t.occurredOn),
  ],
);

/** 到位资金, posted month by month (month = its first day). */
export const fundPostings = pgTable(
  "fund_posting",
  {
    id: id(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    month: date({ mode: "string" }).notNull(),
    amount: wan().notNull(),
    postedById: uuid().references(() => users.id),
    postedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("fund_posting_project_idx").on(t.projectId, t.month),
    index("fund_posting_month_idx").on(t.month),
    check("fund_posting_month_first_day", sql`extract(day from ${t.month}) = 1`),
  ],
);
