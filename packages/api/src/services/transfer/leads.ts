import type { SessionUser } from "@crm/auth";
import { inArray, ne, or, schema, sql, writeAudit, type Executor } from "@crm/db";
import {
  enterpriseNameKey,
  isValidCreditCode,
  LEAD_COLUMNS,
  LEAD_SOURCE_LABELS,
  normalizeCreditCode,
  parseSheetDate,
  type LeadSheetRow,
  type LeadSource,
  type SheetUpload,
} from "@crm/domain";

import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { readUpload } from "./read-upload";
import { mayReportLeadFor } from "../../scope/units";
import { normalizeSheetValues, type RowProblem } from "./rows";

const { orgUnits, chains, leads, leadReporters } = schema;

type LeadProblem = Omit<RowProblem, "code"> & {
  code: RowProblem["code"] | "unknownUnit" | "unknownSource" | "duplicateLead" | "otherUnit";
};

/** Checks lead rows: known unit, source and chain, valid code and amount, no lead for the same enterprise yet. */
export async function checkLeadRows(db: Executor, user: SessionUser, rows: LeadSheetRow[]) {
  const units = await db.select({ id: orgUnits.id, name: orgUnits.name, shortName: orgUnits.shortName }).from(orgUnits);
  const chainRows = await db.select({ id: chains.id, name: chains.name }).from(chains);
  const keys = rows.map((r) => enterpriseNameKey(r.enterpriseName));
  const codes = rows.map((r) => normalizeCreditCode(r.creditCode)).filter(Boolean);
  const existing = keys.length
    ? await db
        .select({ key: leads.enterpriseKey, code: leads.creditCode })
        .from(leads)
        .where(
          sql`${ne(leads.status, "merged")} and ${or(inArray(leads.enterpriseKey, keys), codes.length ? inArray(leads.creditCode, codes) : undefined)}`,
        )
    : [];
  const seen = new Map<string, number>();
  keys.forEach((k) => seen.set(k, (seen.get(k) ?? 0) + 1));
  return rows.map((raw, i) => {
    const problems: LeadProblem[] = [];
    const row = normalizeSheetValues(raw, ["intendedAmount"], [], (p) => problems.push(p));
    if (!row.enterpriseName.trim()) problems.push({ field: "enterpriseName", code: "required" });
    const unit = units.find((u) => u.shortName === row.reportingUnit.trim() || u.name === row.reportingUnit.trim());
    if (!unit)
      problems.push({
        field: "reportingUnit",
        code: row.reportingUnit.trim() ? "unknownUnit" : "required",
        value: row.reportingUnit,
      });
    else if (!mayReportLeadFor(user, unit.id))
      problems.push({ field: "reportingUnit", code: "otherUnit", value: row.reportingUnit });
    const source = Object.entries(LEAD_SOURCE_LABELS).find(
      ([code, label]) => label === row.source.trim() || code === row.source.trim(),
    )?.[0] as LeadSource | undefined;
    if (!source)
      problems.push({ field: "source", code: row.source.trim() ? "unknownSource" : "required", value: row.source });
    const chain = row.chain.trim() ? chainRows.find((c) => c.name === row.chain.trim()) : null;
    if (chain === undefined) problems.push({ field: "chain", code: "unknownChain", value: row.chain });
    const reportedOn = parseSheetDate(raw.reportedOn);
    if (reportedOn) row.reportedOn = reportedOn;
    else
      problems.push({
        field: "reportedOn",
        code: raw.reportedOn.trim() ? "badDate" : "required",
        value: raw.reportedOn,
      });
    const code = normalizeCreditCode(row.creditCode);
    if (code && !isValidCreditCode(code))
      problems.push({ field: "creditCode", code: "badCreditCode", value: row.creditCode });
    const key = keys[i]!;
    if (row.enterpriseName.trim() && existing.some((e) => e.key === key || (code && e.code === code)))
      problems.push({ field: "enterpriseName", code: "duplicateLead", value: row.enterpriseName });
    else if (row.enterpriseName.trim() && seen.get(key)! > 1)
      problems.push({ field: "enterpriseName", code: "duplicateInFile", value: row.enterpriseName });
    return {
      row,
      problems,
      resolved: { unitId: unit?.id, source, chainId: chain?.id ?? null, creditCode: code || null },
    };
  });
}

/** An uploaded lead sheet, each row checked (with its line in the sheet); nothing is written. */
export async function previewLeads(ctx: AuthedContext, input: SheetUpload) {
  const { header, rows } = await readUpload(ctx, "leads", input, LEAD_COLUMNS);
  const checked = await checkLeadRows(
    ctx.db,
    ctx.user,
    rows.map((r) => r.record),
  );
  return { header, rows: checked.map((c, i) => ({ line: rows[i]!.line, ...c })) };
}

/** All rows or none, in one transaction. */
export async function importLeads(ctx: AuthedContext, input: { rows: LeadSheetRow[] }) {
  const { db, user, ip } = ctx;
  const { rows } = input;
  return db.transaction(async (tx) => {
    const checked = await checkLeadRows(tx, user, rows);
    if (checked.some((c) => c.problems.length)) throw badRequest("importHasProblems");
    for (let i = 0; i < checked.length; i += 500) {
      const chunk = checked.slice(i, i + 500);
      const made = await tx
        .insert(leads)
        .values(
          chunk.map(({ row, resolved }) => ({
            enterpriseName: row.enterpriseName.trim(),
            enterpriseKey: enterpriseNameKey(row.enterpriseName),
            creditCode: resolved.creditCode,
            source: resolved.source!,
            reportingUnitId: resolved.unitId!,
            reportedById: user.id,
            reportedOn: row.reportedOn,
            chainId: resolved.chainId,
            intendedAmount: row.intendedAmount || null,
            notes: row.notes || null,
          })),
        )
        .returning({ id: leads.id, unitId: leads.reportingUnitId, reportedOn: leads.reportedOn });
      await tx
        .insert(leadReporters)
        .values(made.map((m) => ({ leadId: m.id, unitId: m.unitId, userId: user.id, reportedOn: m.reportedOn })));
    }
    await writeAudit(tx, {
      actorId: user.id,
      action: "import.leads",
      entity: "lead",
      after: { rows: rows.length },
      ip,
    });
    return { imported: rows.length };
  });
}
