import type { z } from "zod";

/**
 * A schema's refusal of one field, in a shape the page can translate: the field's path as a form
 * names it ("signedAmount", "items.0.name"), a message key and its numbers. A key with a dot is the
 * schema's own message key (e.g. "task.reasonRequired"); the others are the generic ones under
 * "fieldErrors" in the messages files. Never carries the value that was sent.
 */
export interface FieldIssue {
  path: string;
  key: string;
  params?: Record<string, number>;
}

export const GENERIC_FIELD_KEYS = ["required", "tooShort", "tooLong", "tooSmall", "tooBig", "invalid"] as const;

const isOwnKey = (m: string) => /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/.test(m);

function genericKey(issue: z.core.$ZodIssue): Pick<FieldIssue, "key" | "params"> {
  if (issue.code === "too_small") {
    const min = Number(issue.minimum);
    if (issue.origin === "string" || issue.origin === "array")
      return min <= 1 ? { key: "required" } : { key: "tooShort", params: { min } };
    return { key: "tooSmall", params: { min } };
  }
  if (issue.code === "too_big") {
    const max = Number(issue.maximum);
    if (issue.origin === "string" || issue.origin === "array") return { key: "tooLong", params: { max } };
    return { key: "tooBig", params: { max } };
  }
  if (issue.code === "invalid_type" && /undefined|null/.test(issue.message)) return { key: "required" };
  return { key: "invalid" };
}

/** The field issues of a zod error, first per field (a form shows one message under each field). */
export function fieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).join(".");
    if (seen.has(path)) continue;
    seen.add(path);
    out.push({ path, ...(isOwnKey(issue.message) ? { key: issue.message } : genericKey(issue)) });
  }
  return out;
}
