import type { SessionUser } from "@crm/auth";
import { inArray, schema, writeAudit, type Executor } from "@crm/db";
import {
  CARRIER_COLUMNS,
  CARRIER_KIND_LABELS,
  CARRIER_STATE_LABELS,
  CarrierCode,
  LAND_READINESS_LABELS,
  LAND_SUPPLY_LABELS,
  parseSheetAmount,
  PHONE,
  todayInShanghai,
  type CarrierFilter,
  type CarrierKind,
  type CarrierSheetRow,
  type CarrierState,
  type SheetUpload,
} from "@crm/domain";

import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { defaultOwnerUnit, maySaveCarrierValues } from "../../scope/carriers";
import { listCarriers } from "../carrier/list";
import { readUpload } from "./read-upload";
import { normalizeSheetValues, type RowProblem } from "./rows";
import { writeSheet } from "./sheet";

const { orgUnits, chains, carriers, carrierSpaces } = schema;

/** A label as the sheet writes it (地块) or the value itself (land), back to the value. */
function valueOf<V extends string>(labels: Record<V, string>, text: string): V | null | undefined {
  const t = text.trim();
  if (!t) return undefined;
  if (t in labels) return t as V;
  return (Object.entries(labels).find(([, l]) => l === t)?.[0] as V | undefined) ?? null;
}

const AMOUNTS = ["intensityWanPerMu", "priceWanPerMu"] as const;
const NUMBERS = ["areaMu", "floorAreaSqm", "vacantSqm", "plotRatio", "rentYuanPerSqm"] as const;

/** Checks every row against the units, chains and carriers the district knows and the caller's write scope. */
export async function checkCarrierRows(db: Executor, user: SessionUser, rows: CarrierSheetRow[]) {
  const units = await db
    .select({ id: orgUnits.id, name: orgUnits.name, shortName: orgUnits.shortName, kind: orgUnits.kind })
    .from(orgUnits);
  const chainRows = await db.select({ id: chains.id, name: chains.name }).from(chains);
  const codes = rows.map((r) => r.code.trim()).filter(Boolean);
  const known = codes.length
    ? new Set(
        (await db.select({ code: carriers.code }).from(carriers).where(inArray(carriers.code, codes))).map(
          (c) => c.code,
        ),
      )
    : new Set<string>();
  const seen = new Map<string, number>();
  codes.forEach((c) => seen.set(c, (seen.get(c) ?? 0) + 1));
  const unitNamed = (text: string) => units.find((u) => u.shortName === text.trim() || u.name === text.trim()) ?? null;

  return rows.map((raw) => {
    const problems: RowProblem[] = [];
    // Amounts in 万元/亩 and the dates as the project import reads them (1,550.00; 2025年7月17日).
    const row = normalizeSheetValues(raw, AMOUNTS, ["availableFrom", "verifiedOn"], (p) => problems.push(p));
    for (const f of NUMBERS) {
      const text = row[f].trim();
      if (!text) continue;
      const n = parseSheetAmount(text.replace(/(亩|㎡|平方米|元\/㎡·月|元)$/, ""));
      if (n === null) problems.push({ field: f, code: "badNumber", value: text });
      else row[f] = n;
    }
    for (const f of ["code", "name", "kind", "zone", "locationText"] as const)
      if (!row[f].trim()) problems.push({ field: f, code: "required" });
    if (row.code.trim() && !CarrierCode.safeParse(row.code).success)
      problems.push({ field: "code", code: "badNumber", value: row.code });
    const kind = valueOf<CarrierKind>(CARRIER_KIND_LABELS, row.kind);
    if (kind === null) problems.push({ field: "kind", code: "unknownKind", value: row.kind });
    const state = valueOf<CarrierState>(CARRIER_STATE_LABELS, row.state) ?? "available";
    if (state === null) problems.push({ field: "state", code: "unknownState", value: row.state });
    const supplyState = valueOf(LAND_SUPPLY_LABELS, row.supplyState);
    if (supplyState === null) problems.push({ field: "supplyState", code: "unknownSupply", value: row.supplyState });
    const readiness = valueOf(LAND_READINESS_LABELS, row.readiness);
    if (readiness === null) problems.push({ field: "readiness", code: "unknownReadiness", value: row.readiness });
    const zone = row.zone.trim() ? unitNamed(row.zone) : null;
    if (row.zone.trim() && zone?.kind !== "zone")
      problems.push({ field: "zone", code: "unknownZone", value: row.zone });
    const owner = row.ownerUnit.trim() ? unitNamed(row.ownerUnit) : null;
    if (row.ownerUnit.trim() && !owner)
      problems.push({ field: "ownerUnit", code: "unknownUnit", value: row.ownerUnit });
    const chain = row.chain.trim() ? chainRows.find((c) => c.name === row.chain.trim()) : null;
    if (chain === undefined) problems.push({ field: "chain", code: "unknownChain", value: row.chain });
    if (kind === "land" && !row.areaMu) problems.push({ field: "areaMu", code: "required" });
    if (kind === "land" && !supplyState) problems.push({ field: "supplyState", code: "required" });
    if ((kind === "shop" || kind === "factory" || kind === "building") && !row.floorAreaSqm)
      problems.push({ field: "floorAreaSqm", code: "required" });
    if (row.contactPhone.trim() && !PHONE.test(row.contactPhone.trim()))
      problems.push({ field: "contactPhone", code: "badPhone", value: row.contactPhone });
    const code = row.code.trim();
    if (code && known.has(code)) problems.push({ field: "code", code: "existingCode", value: code });
    else if (code && seen.get(code)! > 1) problems.push({ field: "code", code: "duplicateInFile", value: code });
    const ownerUnitId = owner?.id ?? (zone ? defaultOwnerUnit(user, zone.id) : undefined);
    if (
      kind &&
      zone?.kind === "zone" &&
      ownerUnitId &&
      !maySaveCarrierValues(user, { kind, zoneId: zone.id, ownerUnitId })
    )
      problems.push({ field: "zone", code: "otherCarrierScope", value: row.zone });
    return {
      row,
      problems,
      resolved: {
        kind: kind ?? undefined,
        state: state ?? "available",
        zoneId: zone?.id,
        ownerUnitId,
        chainId: chain?.id ?? null,
        supplyState: supplyState ?? null,
        readiness: readiness ?? null,
      },
    };
  });
}

/** An uploaded carrier sheet, each row checked (with its line in the sheet); nothing is written. */
export async function previewCarriers(ctx: AuthedContext, input: SheetUpload) {
  const { header, rows } = await readUpload(ctx, "carriers", input, CARRIER_COLUMNS);
  const checked = await checkCarrierRows(
    ctx.db,
    ctx.user,
    rows.map((r) => r.record),
  );
  return { header, rows: checked.map((c, i) => ({ line: rows[i]!.line, ...c })) };
}

/**
 * Writes every row or none, in one transaction. A plant's or building's row becomes one space of
 * its floor area (free, less any vacant area the sheet says is let). Unconfirmed rows count as
 * confirmed today.
 */
export async function importCarriers(ctx: AuthedContext, input: { rows: CarrierSheetRow[] }) {
  const { db, user, ip } = ctx;
  const today = todayInShanghai(ctx.now());
  return db.transaction(async (tx) => {
    const checked = await checkCarrierRows(tx, user, input.rows);
    if (checked.some((c) => c.problems.length)) throw badRequest("importHasProblems");
    for (let i = 0; i < checked.length; i += 500) {
      const chunk = checked.slice(i, i + 500);
      const made = await tx
        .insert(carriers)
        .values(
          chunk.map(({ row, resolved }) => {
            const kind = resolved.kind!;
            const spaced = kind === "factory" || kind === "building";
            return {
              kind,
              code: row.code.trim(),
              name: row.name.trim(),
              zoneId: resolved.zoneId!,
              ownerUnitId: resolved.ownerUnitId!,
              chainId: resolved.chainId,
              locationText: row.locationText.trim(),
              areaMu: kind === "land" || kind === "scenic" ? row.areaMu || null : null,
              floorAreaSqm: kind === "shop" ? row.floorAreaSqm || null : null,
              plannedUse: row.plannedUse.trim() || null,
              plotRatio: kind === "land" ? row.plotRatio || null : null,
              intensityWanPerMu: kind === "land" ? row.intensityWanPerMu || null : null,
              priceWanPerMu: kind === "land" ? row.priceWanPerMu || null : null,
              supplyState: kind === "land" ? resolved.supplyState : null,
              readiness: kind === "land" ? resolved.readiness : null,
              availableFrom: row.availableFrom || null,
              rentYuanPerSqm: kind === "shop" || spaced ? row.rentYuanPerSqm || null : null,
              state: resolved.state,
              contactName: row.contactName.trim() || null,
              contactPhone: row.contactPhone.trim() || null,
              verifiedOn: row.verifiedOn && row.verifiedOn <= today ? row.verifiedOn : today,
            };
          }),
        )
        .returning({ id: carriers.id, kind: carriers.kind, rent: carriers.rentYuanPerSqm });
      const spaces = made.flatMap((c, j) => {
        if (c.kind !== "factory" && c.kind !== "building") return [];
        const { row } = chunk[j]!;
        const total = Number(row.floorAreaSqm);
        const vacant = row.vacantSqm ? Math.min(Number(row.vacantSqm), total) : total;
        const parts: { label: string; areaSqm: string; state: "free" | "let" }[] = [
          { label: "空置部分", areaSqm: vacant.toFixed(2), state: "free" },
        ];
        if (total - vacant > 0) parts.push({ label: "已出租部分", areaSqm: (total - vacant).toFixed(2), state: "let" });
        return parts
          .filter((p) => Number(p.areaSqm) > 0)
          .map((p) => ({ ...p, carrierId: c.id, rentYuanPerSqm: c.rent }));
      });
      if (spaces.length) await tx.insert(carrierSpaces).values(spaces);
    }
    await writeAudit(tx, {
      actorId: user.id,
      action: "import.carriers",
      entity: "carrier",
      after: { rows: input.rows.length },
      ip,
    });
    return { imported: input.rows.length };
  });
}

/** The filtered opportunity list (every page of it) as .xlsx, under the columns the import reads. */
export async function exportCarriers(ctx: AuthedContext, filter: CarrierFilter) {
  const out: CarrierSheetRow[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await listCarriers(ctx, { ...filter, limit: 200, cursor });
    for (const c of page.items) {
      const spaced = c.kind === "factory" || c.kind === "building";
      out.push({
        code: c.code,
        name: c.name,
        kind: CARRIER_KIND_LABELS[c.kind],
        zone: c.zoneName,
        chain: c.chainName ?? "",
        locationText: c.locationText,
        areaMu: c.areaMu ?? "",
        floorAreaSqm: (spaced ? c.totalSqm : c.floorAreaSqm) ?? "",
        vacantSqm: spaced ? (c.vacantSqm ?? "") : "",
        plannedUse: c.plannedUse ?? "",
        plotRatio: c.plotRatio ?? "",
        intensityWanPerMu: c.intensityWanPerMu ?? "",
        priceWanPerMu: c.priceWanPerMu ?? "",
        supplyState: c.supplyState ? LAND_SUPPLY_LABELS[c.supplyState] : "",
        readiness: c.readiness ? LAND_READINESS_LABELS[c.readiness] : "",
        availableFrom: c.availableFrom ?? "",
        rentYuanPerSqm: c.rentYuanPerSqm ?? "",
        state: CARRIER_STATE_LABELS[c.state],
        ownerUnit: c.ownerUnitName,
        contactName: c.contactName ?? "",
        contactPhone: c.contactPhone ?? "",
        verifiedOn: c.verifiedOn,
      });
    }
    if (!page.nextCursor || out.length >= 50_000) break;
    cursor = page.nextCursor;
  }
  return writeSheet("载体清单", CARRIER_COLUMNS, out);
}

export const CARRIER_EXAMPLE: CarrierSheetRow = {
  code: "JD-示例-01",
  name: "示例工业地块",
  kind: CARRIER_KIND_LABELS.land,
  zone: "园区专班",
  chain: "钢管制造及深加工",
  locationText: "钢管及深加工产业园区",
  areaMu: "100",
  floorAreaSqm: "",
  vacantSqm: "",
  plannedUse: "工业用地",
  plotRatio: "1.2",
  intensityWanPerMu: "250",
  priceWanPerMu: "18.5",
  supplyState: LAND_SUPPLY_LABELS.ready,
  readiness: LAND_READINESS_LABELS.seven,
  availableFrom: "2027-01-01",
  rentYuanPerSqm: "",
  state: CARRIER_STATE_LABELS.available,
  ownerUnit: "",
  contactName: "",
  contactPhone: "",
  verifiedOn: "",
};
