import type { SessionUser } from "@crm/auth";
import { eq, inArray, or, schema, writeAudit, type Executor } from "@crm/db";
import {
  enterpriseNameKey,
  isValidCreditCode,
  nameInitials,
  normalizeCreditCode,
  PIPELINE_STAGES,
  PROJECT_COLUMNS,
  PROJECT_TAG_LABELS,
  STAGE_LABELS,
  STAGES,
  stageRank,
  todayInShanghai,
  type ProjectSheetRow,
  type ProjectTag,
  type SheetUpload,
  type Stage,
} from "@crm/domain";

import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { mayOpenProjectInZone } from "../../scope/units";
import { readUpload } from "./read-upload";
import { normalizeSheetValues, type RowProblem } from "./rows";

const { orgUnits, chains, enterprises, projects, stageEvents } = schema;

const stageOf = (text: string): Stage | null => {
  const t = text.trim();
  if (!t) return "reserve";
  if ((STAGES as readonly string[]).includes(t)) return t as Stage;
  return (Object.entries(STAGE_LABELS).find(([, label]) => label === t)?.[0] as Stage | undefined) ?? null;
};
const tagsOf = (text: string) =>
  text
    .split(/[、,，\s]+/)
    .filter(Boolean)
    .map(
      (t) => Object.entries(PROJECT_TAG_LABELS).find(([, l]) => l === t)?.[0] ?? (t in PROJECT_TAG_LABELS ? t : null),
    );

const normalizeProjectRow = (raw: ProjectSheetRow, problems: RowProblem[]) =>
  normalizeSheetValues(raw, ["plannedAmount", "signedAmount"], ["signedOn", "registeredOn"], (p) => problems.push(p));

/** Checks every row against the units, chains and enterprises the district knows, and the stage rules. */
export async function checkProjectRows(db: Executor, user: SessionUser, rows: ProjectSheetRow[]) {
  const zones = await db
    .select({ id: orgUnits.id, name: orgUnits.name, shortName: orgUnits.shortName })
    .from(orgUnits)
    .where(eq(orgUnits.kind, "zone"));
  const chainRows = await db.select({ id: chains.id, name: chains.name }).from(chains);
  const keys = rows.map((r) => enterpriseNameKey(r.enterpriseName));
  const codes = rows.map((r) => normalizeCreditCode(r.creditCode)).filter(Boolean);
  const known = keys.length
    ? await db
        .select({ nameKey: enterprises.nameKey, creditCode: enterprises.creditCode })
        .from(enterprises)
        .where(
          or(inArray(enterprises.nameKey, keys), codes.length ? inArray(enterprises.creditCode, codes) : undefined),
        )
    : [];
  const knownKeys = new Set(known.map((k) => k.nameKey));
  const knownCodes = new Set(known.map((k) => k.creditCode));
  const seen = new Map<string, number>();
  keys.forEach((k) => seen.set(k, (seen.get(k) ?? 0) + 1));

  return rows.map((raw, i) => {
    const problems: RowProblem[] = [];
    const row = normalizeProjectRow(raw, problems);
    const need = (field: keyof ProjectSheetRow) => !row[field].trim() && problems.push({ field, code: "required" });
    need("name");
    need("enterpriseName");
    const zone = zones.find((z) => z.shortName === row.zone.trim() || z.name === row.zone.trim());
    if (!zone) problems.push({ field: "zone", code: row.zone.trim() ? "unknownZone" : "required", value: row.zone });
    else if (!mayOpenProjectInZone(user, zone.id)) problems.push({ field: "zone", code: "otherZone", value: row.zone });
    const chain = row.chain.trim() ? chainRows.find((c) => c.name === row.chain.trim()) : null;
    if (chain === undefined) problems.push({ field: "chain", code: "unknownChain", value: row.chain });
    const stage = stageOf(row.stage);
    if (!stage) problems.push({ field: "stage", code: "unknownStage", value: row.stage });
    const tags = tagsOf(row.tags);
    if (tags.some((t) => t === null)) problems.push({ field: "tags", code: "unknownTag", value: row.tags });
    const code = normalizeCreditCode(row.creditCode);
    if (code && !isValidCreditCode(code))
      problems.push({ field: "creditCode", code: "badCreditCode", value: row.creditCode });
    if (stage && (PIPELINE_STAGES as readonly string[]).includes(stage)) {
      if (stageRank(stage) >= stageRank("signed") && (!row.signedOn || !row.signedAmount))
        problems.push({ field: "signedOn", code: "needsSigning" });
      if (stageRank(stage) >= stageRank("registered") && !code)
        problems.push({ field: "creditCode", code: "needsCreditCode" });
    }
    const key = keys[i]!;
    if (row.enterpriseName.trim() && (knownKeys.has(key) || (code && knownCodes.has(code))))
      problems.push({ field: "enterpriseName", code: "existingEnterprise", value: row.enterpriseName });
    else if (row.enterpriseName.trim() && seen.get(key)! > 1)
      problems.push({ field: "enterpriseName", code: "duplicateInFile", value: row.enterpriseName });
    return {
      row,
      problems,
      resolved: {
        zoneId: zone?.id,
        chainId: chain?.id ?? null,
        stage,
        tags: tags as ProjectTag[],
        creditCode: code || null,
      },
    };
  });
}

/** An uploaded project sheet, each row checked (with its line in the sheet); nothing is written. */
export async function previewProjects(ctx: AuthedContext, input: SheetUpload) {
  const { header, rows } = await readUpload(ctx, "projects", input, PROJECT_COLUMNS);
  const checked = await checkProjectRows(
    ctx.db,
    ctx.user,
    rows.map((r) => r.record),
  );
  return { header, rows: checked.map((c, i) => ({ line: rows[i]!.line, ...c })) };
}

/** Writes every row or none: any problem refuses the whole file, in one transaction. */
export async function importProjects(ctx: AuthedContext, input: { rows: ProjectSheetRow[] }) {
  const { db, user, ip } = ctx;
  const { rows } = input;
  const today = todayInShanghai(ctx.now());
  return db.transaction(async (tx) => {
    const checked = await checkProjectRows(tx, user, rows);
    if (checked.some((c) => c.problems.length)) throw badRequest("importHasProblems");
    for (let i = 0; i < checked.length; i += 500) {
      const chunk = checked.slice(i, i + 500);
      const ents = await tx
        .insert(enterprises)
        .values(
          chunk.map(({ row, resolved }) => ({
            name: row.enterpriseName.trim(),
            nameKey: enterpriseNameKey(row.enterpriseName),
            nameInitials: nameInitials(row.enterpriseName),
            creditCode: resolved.creditCode,
          })),
        )
        .returning({ id: enterprises.id });
      const made = await tx
        .insert(projects)
        .values(
          chunk.map(({ row, resolved }, j) => ({
            name: row.name.trim(),
            nameInitials: nameInitials(row.name),
            enterpriseId: ents[j]!.id,
            chainId: resolved.chainId,
            zoneId: resolved.zoneId!,
            responsibleUnitId: resolved.zoneId!,
            stage: resolved.stage!,
            plannedAmount: row.plannedAmount || null,
            signedAmount: row.signedAmount || null,
            signedOn: row.signedOn || null,
            registeredOn: row.registeredOn || null,
            tags: resolved.tags,
          })),
        )
        .returning({
          id: projects.id,
          stage: projects.stage,
          signedOn: projects.signedOn,
          registeredOn: projects.registeredOn,
        });
      await tx.insert(stageEvents).values(
        made.flatMap((p): (typeof stageEvents.$inferInsert)[] => {
          const signedFirst = p.signedOn && stageRank(p.stage) >= stageRank("signed");
          if (!signedFirst)
            return [
              {
                projectId: p.id,
                fromStage: null,
                toStage: p.stage,
                occurredOn: today,
                actorId: user.id,
                note: "批量导入",
              },
            ];
          const first = {
            projectId: p.id,
            fromStage: null,
            toStage: "signed" as const,
            occurredOn: p.signedOn!,
            actorId: user.id,
            note: "批量导入",
          };
          return p.stage === "signed"
            ? [first]
            : [
                first,
                {
                  projectId: p.id,
                  fromStage: "signed" as const,
                  toStage: p.stage,
                  occurredOn: p.registeredOn ?? today,
                  actorId: user.id,
                  note: "批量导入",
                },
              ];
        }),
      );
    }
    await writeAudit(tx, {
      actorId: user.id,
      action: "import.projects",
      entity: "project",
      after: { rows: rows.length },
      ip,
    });
    return { imported: rows.length };
  });
}
