import { date, index, integer, numeric, pgTable, primaryKey, smallint, text, unique, uuid } from "drizzle-orm/pg-core";

import { createdAt, updatedAt, version, wan } from "./columns";
import { stage } from "./enums";
import { orgUnits } from "./org";
import { projects } from "./project";

/**
 * 年度目标 (DOMAIN §2): per year and unit — the district's (kept on the bureau) and each zone's.
 * A figure left empty has no target.
 */
export const targets = pgTable(
  "target",
  {
    year: smallint().notNull(),
    unitId: uuid()
      .notNull()
      .references(() => orgUnits.id),
    /** 签约额, 万元 */
    signedAmount: wan(),
    /** 落地项目 (registered or later within the year) */
    landedProjects: integer(),
    fortune500Projects: integer(),
    newAboveScale: integer(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [primaryKey({ name: "target_pk", columns: [t.year, t.unitId] })],
);

/**
 * A rollup: each project's stage at the end of each year, from its first move's year to this one.
 * Kept by a trigger on stage_event (a move, backdated or not, rewrites the years it changes) and by
 * the daily job that opens the new year's rows; the cockpit reads past years' funnels from here.
 */
export const projectYearStages = pgTable(
  "project_year_stage",
  {
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    year: smallint().notNull(),
    stage: stage().notNull(),
    /** The project's zone and chain, kept equal to the project's by trigger: a year's funnel needs no join. */
    zoneId: uuid().notNull(),
    chainId: uuid(),
  },
  (t) => [
    primaryKey({ name: "project_year_stage_pk", columns: [t.year, t.projectId] }),
    index("project_year_stage_cover_idx").on(t.year, t.zoneId, t.chainId, t.stage),
  ],
);

/**
 * A rollup of 到位资金: the amount posted and how many projects posted it, per month and per year,
 * zone and chain. Kept by statement triggers on fund_posting (insert, update, delete) and on a
 * project's zone or chain changing, which recompute the keys they touch in the same transaction.
 */
export const fundRollups = pgTable(
  "fund_rollup",
  {
    span: text({ enum: ["month", "year"] }).notNull(),
    /** The month's or the year's first day. */
    startsOn: date({ mode: "string" }).notNull(),
    zoneId: uuid().notNull(),
    chainId: uuid(),
    amount: numeric({ precision: 16, scale: 2 }).notNull(),
    projects: integer().notNull(),
  },
  (t) => [unique("fund_rollup_key").on(t.span, t.startsOn, t.zoneId, t.chainId).nullsNotDistinct()],
);
