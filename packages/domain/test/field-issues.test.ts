import { describe, expect, it } from "vitest";
import { z } from "zod";

import { fieldIssues } from "../src";

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error("expected a refusal");
  return fieldIssues(r.error.issues);
};

describe("field issues: a refusal per field, as a key the page translates", () => {
  const S = z.object({
    name: z.string().trim().min(1).max(10),
    code: z.string().min(2, "task.titleRequired"),
    amount: z.number().min(0).max(100),
    items: z.array(z.object({ label: z.string().min(3) })),
    on: z.iso.date(),
  });

  it("maps zod's codes to generic keys and keeps a schema's own key", () => {
    expect(issuesOf(S, { name: "", code: "x", amount: 101, items: [{ label: "ab" }], on: "2026-13-40" })).toEqual([
      { path: "name", key: "required" },
      { path: "code", key: "task.titleRequired" },
      { path: "amount", key: "tooBig", params: { max: 100 } },
      { path: "items.0.label", key: "tooShort", params: { min: 3 } },
      { path: "on", key: "invalid" },
    ]);
  });

  it("calls a missing field required, a too long one tooLong, and reports one issue per field", () => {
    expect(issuesOf(S, { name: "abcdefghijkl", amount: -1, items: [], on: "2026-01-01" })).toEqual([
      { path: "name", key: "tooLong", params: { max: 10 } },
      { path: "code", key: "required" },
      { path: "amount", key: "tooSmall", params: { min: 0 } },
    ]);
  });
});
