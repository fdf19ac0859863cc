import {
  ATTENDEE_COLUMNS,
  CARRIER_COLUMNS,
  LEAD_COLUMNS,
  PROJECT_COLUMNS,
  type ImportKind,
  type SheetColumn,
} from "@crm/domain";

export interface Problem {
  field: string;
  code: string;
  value?: string;
}

/** What /api/import/preview answers: the header it read the file under, and every row checked. */
export interface Preview {
  kind: ImportKind;
  header: {
    line: number;
    cells: string[];
    map: Record<string, number | null>;
    source: "auto" | "saved" | "chosen";
    missing: string[];
  };
  rows: { line: number; row: Record<string, string>; problems: Problem[] }[];
}

/** The list's columns and their headers (the template's): the preview shows the file as it reads it. */
export const COLUMNS: Record<ImportKind, readonly SheetColumn[]> = {
  projects: PROJECT_COLUMNS,
  leads: LEAD_COLUMNS,
  carriers: CARRIER_COLUMNS,
  attendees: ATTENDEE_COLUMNS,
};
export const headerOf = (kind: ImportKind, field: string) =>
  COLUMNS[kind].find((c) => c.key === field)?.header ?? field;

/** A 0-based column index as the sheet's letter: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
