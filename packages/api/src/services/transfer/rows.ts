import { parseSheetAmount, parseSheetDate, WanAmount } from "@crm/domain";

/** What is wrong with one cell of an imported row (the preview shows it beside the row). */
export interface RowProblem {
  field: string;
  code:
    | "required"
    | "unknownZone"
    | "unknownChain"
    | "unknownStage"
    | "unknownTag"
    | "badAmount"
    | "badDate"
    | "badCreditCode"
    | "existingEnterprise"
    | "duplicateInFile"
    | "otherZone"
    | "needsSigning"
    | "needsCreditCode"
    | "unknownKind"
    | "unknownState"
    | "unknownSupply"
    | "unknownReadiness"
    | "unknownUnit"
    | "badNumber"
    | "badPhone"
    | "existingCode"
    | "otherCarrierScope";
  value?: string;
}

/**
 * A row's amounts in 万元 and its dates as YYYY-MM-DD, however the sheet wrote them (see
 * parseSheetAmount, parseSheetDate); a value that cannot be read stays as written, with its problem.
 */
export function normalizeSheetValues<F extends string, R extends Record<F, string>>(
  raw: R,
  amounts: readonly F[],
  dates: readonly F[],
  report: (problem: { field: F; code: "badAmount" | "badDate"; value: string }) => void,
): R {
  const row = { ...raw };
  for (const f of amounts) {
    const text: string = raw[f];
    if (!text.trim()) continue;
    const wan = parseSheetAmount(text);
    if (wan !== null && WanAmount.safeParse(wan).success) row[f] = wan as R[F];
    else report({ field: f, code: "badAmount", value: text });
  }
  for (const f of dates) {
    const text: string = raw[f];
    if (!text.trim()) continue;
    const date = parseSheetDate(text);
    if (date !== null) row[f] = date as R[F];
    else report({ field: f, code: "badDate", value: text });
  }
  return row;
}
