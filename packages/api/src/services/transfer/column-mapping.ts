import { createHash } from "node:crypto";

import { normalizeHeader, type ColumnMap, type ColumnMapping, type ImportKind, type SheetColumn } from "@crm/domain";

import type { AuthedContext } from "../../context";
import { badRequest } from "../../errors";
import { getPreference, setPreference } from "../preferences";
import type { SheetHeader } from "./sheet-header";

const PREFERENCE = "import.columnMappings" as const;
const KEEP = 20;

/** A header row's shape: its cells as normalized text, hashed. Files of one department's list share it. */
export function headerShape(cells: readonly string[]): string {
  const names = cells.map(normalizeHeader);
  while (names.length && names.at(-1) === "") names.pop();
  return createHash("sha256").update(names.join("\u0001")).digest("hex").slice(0, 32);
}

/**
 * A mapping as a full map of the list's columns, or null when it does not fit the header: a key
 * that is no column of the list, a file column the header does not have, or one file column twice.
 */
export function mapFromChoice<K extends string>(
  choice: ColumnMapping,
  header: SheetHeader,
  columns: readonly SheetColumn<K>[],
): ColumnMap<K> | null {
  const map = Object.fromEntries(columns.map((c) => [c.key, null])) as ColumnMap<K>;
  const used = new Set<number>();
  for (const [key, index] of Object.entries(choice)) {
    if (!columns.some((c) => c.key === key) || index >= header.cells.length || used.has(index)) return null;
    used.add(index);
    map[key as K] = index;
  }
  return map;
}

export type MappingSource = "auto" | "saved" | "chosen";

/**
 * Which file column each list column is: the user's choice when sent (checked against the header,
 * BAD_REQUEST when it does not fit), else the choice they made before for a file of this shape,
 * else the columns the header names.
 */
export async function columnsFor<K extends string>(
  ctx: AuthedContext,
  kind: ImportKind,
  columns: readonly SheetColumn<K>[],
  header: SheetHeader,
  choice: ColumnMapping | undefined,
): Promise<{ map: ColumnMap<K>; source: MappingSource; shape: string }> {
  const shape = headerShape(header.cells);
  if (choice) {
    const map = mapFromChoice(choice, header, columns);
    if (!map) throw badRequest("badColumnMapping");
    return { map, source: "chosen", shape };
  }
  const saved = (await getPreference(ctx, { key: PREFERENCE }))?.find((m) => m.kind === kind && m.shape === shape);
  const map = saved && mapFromChoice(saved.mapping, header, columns);
  if (map) return { map, source: "saved", shape };
  return { map: header.matched as ColumnMap<K>, source: "auto", shape };
}

/** Remembers a choice for the next file of the same shape (newest first, the last 20 kept). */
export async function rememberColumns(ctx: AuthedContext, kind: ImportKind, shape: string, mapping: ColumnMapping) {
  const kept = (await getPreference(ctx, { key: PREFERENCE })) ?? [];
  const rest = kept.filter((m) => !(m.kind === kind && m.shape === shape));
  await setPreference(ctx, { key: PREFERENCE, value: [{ kind, shape, mapping }, ...rest].slice(0, KEEP) });
}
