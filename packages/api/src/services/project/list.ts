import type { SessionUser } from "@crm/auth";
import { and, eq, gte, ilike, inArray, isNull, like, lte, or, schema, sql } from "@crm/db";
import type { SQL } from "drizzle-orm";
import type { z } from "zod";
import { STAGES, type ProjectFilter, type ProjectListInput, type ProjectSort } from "@crm/domain";

import {
  enterpriseNameColumns,
  enterpriseVisible,
  projectNameColumns,
  projectNameOrder,
  realNameVisible,
} from "../../scope/names";
import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { scoped } from "../../scope/projects";

const { projects, enterprises, orgUnits, chains, fundPostings, projectYearStages } = schema;

/** 投资额 in 万元: signed once signed, else planned. */
export const amountExpr = sql`coalesce(${projects.signedAmount}, ${projects.plannedAmount}, 0)`;

/**
 * Each sort key: the expression (never null, so keyset comparisons hold) and its type for the
 * cursor. Sorting by name sorts by the name the caller sees, so a cursor carries nothing else.
 */
const SORT: Record<ProjectSort, (user: SessionUser) => { expr: SQL; cast: string }> = {
  updatedAt: () => ({ expr: sql`${projects.updatedAt}`, cast: "timestamptz" }),
  name: (user) => ({ expr: projectNameOrder(user), cast: "text" }),
  stage: () => ({ expr: sql`${projects.stage}`, cast: "stage" }),
  zone: () => ({
    expr: sql`(select ${orgUnits.sort} from ${orgUnits} where ${orgUnits.id} = ${projects.zoneId})`,
    cast: "integer",
  }),
  amount: () => ({ expr: amountExpr, cast: "numeric" }),
  signedOn: () => ({ expr: sql`coalesce(${projects.signedOn}, '0001-01-01'::date)`, cast: "date" }),
};

/**
 * The filter as SQL conditions (shared by the list and the export). Search never matches a
 * confidential project's real names for someone who is shown its code name.
 */
export function filterConditions(f: ProjectFilter, user: SessionUser): (SQL | undefined)[] {
  const q = f.q?.trim();
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return [
    stageCondition(f),
    f.zoneIds?.length ? inArray(projects.zoneId, f.zoneIds) : undefined,
    f.chainIds?.length ? inArray(projects.chainId, f.chainIds) : undefined,
    f.responsibleUnitId ? eq(projects.responsibleUnitId, f.responsibleUnitId) : undefined,
    f.tags?.length ? sql`${projects.tags} @> ${sql.param(f.tags)}::text[]` : undefined,
    f.amountMin ? sql`${amountExpr} >= ${f.amountMin}::numeric` : undefined,
    f.amountMax ? sql`${amountExpr} <= ${f.amountMax}::numeric` : undefined,
    f.signedFrom ? gte(projects.signedOn, f.signedFrom) : undefined,
    f.signedTo ? lte(projects.signedOn, f.signedTo) : undefined,
    f.registeredFrom ? gte(projects.registeredOn, f.registeredFrom) : undefined,
    f.registeredTo ? lte(projects.registeredOn, f.registeredTo) : undefined,
    f.fundsFrom || f.fundsTo
      ? sql`exists (select 1 from ${fundPostings} where ${fundPostings.projectId} = ${projects.id}${fundsInRange(f)})`
      : undefined,
    f.withoutChain ? isNull(projects.chainId) : undefined,
    pattern
      ? or(
          and(
            realNameVisible(user),
            or(ilike(projects.name, pattern), like(projects.nameInitials, pattern.toLowerCase())),
          ),
          and(
            enterpriseVisible(user),
            or(
              ilike(enterprises.name, pattern),
              like(enterprises.nameInitials, pattern.toLowerCase()),
              eq(enterprises.creditCode, q!.toUpperCase()),
            ),
          ),
          ilike(projects.codeName, pattern),
        )
      : undefined,
  ];
}

/** Today's stage, or with `yearEnd` the stage at that year's end (from the rollup of the stage history). */
function stageCondition(f: ProjectFilter): SQL | undefined {
  if (f.yearEnd === undefined) return f.stages?.length ? inArray(projects.stage, f.stages) : undefined;
  const stages = f.stages?.length ? sql` and ${inArray(projectYearStages.stage, f.stages)}` : sql``;
  return sql`exists (select 1 from ${projectYearStages} where ${projectYearStages.projectId} = ${projects.id} and ${projectYearStages.year} = ${f.yearEnd}${stages})`;
}

/** The funds filter's months, as further conditions on fund_posting. */
export function fundsInRange(f: Pick<ProjectFilter, "fundsFrom" | "fundsTo">): SQL {
  return sql`${f.fundsFrom ? sql` and ${fundPostings.month} >= ${f.fundsFrom}` : sql``}${f.fundsTo ? sql` and ${fundPostings.month} <= ${f.fundsTo}` : sql``}`;
}

/** A cursor's sort value is one the sort could have written (else it would be cast in SQL and fail there). */
const CURSOR_VALUES: Record<string, RegExp> = {
  timestamptz: /^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/,
  integer: /^-?\d{1,9}$/,
  numeric: /^-?\d{1,14}(\.\d{1,6})?$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  stage: new RegExp(`^(${STAGES.join("|")})$`),
  text: /^[^\0]*$/,
};
function cursorFits(cast: string, value: string | null): boolean {
  if (value === null || !CURSOR_VALUES[cast]!.test(value)) return false;
  // A day that exists (JavaScript would roll 02-30 over to March; PostgreSQL refuses it).
  if (cast === "date" || cast === "timestamptz") {
    const day = value.slice(0, 10);
    const parsed = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
  }
  return true;
}

/** The caller's projects, filtered and sorted, a page at a time (keyset on the sort value and id). */
export async function listProjects(ctx: AuthedContext, input: z.output<typeof ProjectListInput>) {
  const { db, user } = ctx;
  const sort = SORT[input.sort](user);
  const op = input.dir === "asc" ? sql`>` : sql`<`;
  const order = input.dir === "asc" ? sql`asc` : sql`desc`;
  if (input.cursor && !cursorFits(sort.cast, input.cursor.v)) throw badRequest("invalidInput");
  const after = input.cursor
    ? sql`(${sort.expr}, ${projects.id}) ${op} (${input.cursor.v}::${sql.raw(sort.cast)}, ${input.cursor.id}::uuid)`
    : undefined;
  const rows = await db
    .select({
      id: projects.id,
      ...projectNameColumns(user),
      codeName: projects.codeName,
      ...enterpriseNameColumns(user),
      zoneId: projects.zoneId,
      zoneName: orgUnits.shortName,
      chainName: chains.name,
      stage: projects.stage,
      plannedAmount: projects.plannedAmount,
      signedAmount: projects.signedAmount,
      // A funds drill-down lists what each project posted in its months: the rows add up to the figure.
      fundsWan:
        input.fundsFrom || input.fundsTo
          ? sql<
              string | null
            >`(select sum(${fundPostings.amount})::numeric(14,2)::text from ${fundPostings} where ${fundPostings.projectId} = ${projects.id}${fundsInRange(input)})`
          : sql<string | null>`null::text`,
      signedOn: projects.signedOn,
      registeredOn: projects.registeredOn,
      tags: projects.tags,
      updatedAt: projects.updatedAt,
      version: projects.version,
      sortValue: sql<string>`(${sort.expr})::text`,
    })
    .from(projects)
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .innerJoin(orgUnits, eq(orgUnits.id, projects.zoneId))
    .leftJoin(chains, eq(chains.id, projects.chainId))
    .where(scoped(user, ...filterConditions(input, user), after))
    .orderBy(sql`${sort.expr} ${order}`, sql`${projects.id} ${order}`)
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ sortValue: _s, enterpriseHidden: _h, ...r }) => r),
    nextCursor: rows.length > input.limit && last ? { v: last.sortValue, id: last.id } : null,
  };
}
