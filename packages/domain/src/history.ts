import { formatDate } from "./dates";
import { formatWan } from "./money";
import { PROJECT_TAG_LABELS } from "./contracts/project";
import { STAGE_LABELS } from "./stages";

/**
 * A record's change history as people read it (变更记录): the audit log's before/after rows of one
 * record, autosaves folded together, each field told as "张三 把 计划投资 从 5,000万元 改为 8,000万元".
 * Pure: the caller reads the rows (already filtered by the code-name rule) and resolves ids to names.
 */

/** One audit row of one record: who changed which fields, from what to what. */
export interface ChangeRow {
  id: number | string;
  at: Date;
  actorId: string | null;
  who: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** One or more consecutive rows by one person folded into one entry: each field's first before and last after. */
export interface FoldedChange {
  /** The rows folded, oldest first. */
  ids: (number | string)[];
  firstAt: Date;
  lastAt: Date;
  actorId: string | null;
  who: string | null;
  fields: FieldChange[];
}

/** Rows by the same person within this many minutes of the previous one are one edit (autosaves). */
export const FOLD_MINUTES = 10;

const fieldsOf = (r: ChangeRow) => [...new Set([...Object.keys(r.before ?? {}), ...Object.keys(r.after ?? {})])];

/**
 * Folds a record's rows, oldest first, into entries: a row joins the entry before it when the same
 * person wrote it within `minutes` of that entry's last row. A field keeps its first `before` and
 * its last `after`, in the order fields first appeared. Rows are sorted by time (then id) first.
 */
export function foldChanges(rows: readonly ChangeRow[], minutes = FOLD_MINUTES): FoldedChange[] {
  const sorted = [...rows].sort(
    (a, b) => a.at.getTime() - b.at.getTime() || String(a.id).localeCompare(String(b.id), "en", { numeric: true }),
  );
  const out: FoldedChange[] = [];
  for (const row of sorted) {
    const last = out.at(-1);
    const joins =
      last !== undefined &&
      last.actorId === row.actorId &&
      row.at.getTime() - last.lastAt.getTime() <= minutes * 60_000;
    const entry: FoldedChange = joins
      ? last
      : { ids: [], firstAt: row.at, lastAt: row.at, actorId: row.actorId, who: row.who, fields: [] };
    if (!joins) out.push(entry);
    entry.ids.push(row.id);
    entry.lastAt = row.at;
    entry.who = row.who ?? entry.who;
    for (const field of fieldsOf(row)) {
      const to = row.after?.[field] ?? null;
      const known = entry.fields.find((f) => f.field === field);
      if (known) known.to = to;
      else entry.fields.push({ field, from: row.before?.[field] ?? null, to });
    }
  }
  return out;
}

/** How a field's values read: an amount in 万元, a date, a list of tags, an id named by `names`, or text. */
export type FieldKind = "amount" | "date" | "tags" | "stage" | "ref" | "area" | "count" | "text";

/** The project's and enterprise's fields that the history tells, by kind (anything else reads as text). */
export const HISTORY_FIELD_KINDS: Record<string, FieldKind> = {
  plannedAmount: "amount",
  signedAmount: "amount",
  investedAmount: "amount",
  signedOn: "date",
  registeredOn: "date",
  productionStartedOn: "date",
  tags: "tags",
  stage: "stage",
  chainId: "ref",
  serviceContactId: "ref",
  responsibleLeaderId: "ref",
  landArea: "area",
  jobs: "count",
};

/** What an empty value reads as. */
export const EMPTY_VALUE = "（空）";

/**
 * A value the Chinese way: 5,000万元 / 8.8亿元, 2025年7月17日, tags and stages by their labels, an id by
 * the name `names` gives it (else "已删除"), an area in 亩, a count grouped; empty as （空）.
 */
export function formatChangeValue(field: string, value: unknown, names: Readonly<Record<string, string>> = {}): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0))
    return EMPTY_VALUE;
  const kind = HISTORY_FIELD_KINDS[field] ?? "text";
  const text = String(value);
  switch (kind) {
    case "amount":
      return /^-?\d+(\.\d+)?$/.test(text) ? formatWan(text) : text;
    case "date":
      return /^\d{4}-\d{2}-\d{2}/.test(text) ? formatDate(text.slice(0, 10)) : text;
    case "tags":
      return (Array.isArray(value) ? value : [value])
        .map((t) => PROJECT_TAG_LABELS[String(t) as keyof typeof PROJECT_TAG_LABELS] ?? String(t))
        .join("、");
    case "stage":
      return STAGE_LABELS[text as keyof typeof STAGE_LABELS] ?? text;
    case "ref":
      return names[text] ?? "已删除";
    case "area":
      return `${text}亩`;
    case "count":
      return typeof value === "number" ? value.toLocaleString("zh-CN") : text;
    default:
      return typeof value === "object" ? JSON.stringify(value) : text;
  }
}

/** The sentence for one field's change: "张三 把 计划投资 从 5,000万元 改为 8,000万元" (English: "… changed … from … to …"). */
export function changeSentence(
  parts: { who: string; field: string; from: string; to: string },
  locale: "zh-CN" | "en" = "zh-CN",
): string {
  const { who, field, from, to } = parts;
  if (locale === "en") return `${who} changed ${field} from ${from} to ${to}`;
  return `${who} 把 ${field} 从 ${from} 改为 ${to}`;
}
