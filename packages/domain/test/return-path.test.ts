import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";

import { safeReturnPath } from "../src";

const BASE = "https://crm.example";
/** WHATWG URL, as the browser resolves a Location header (this package has no DOM or Node types). */
const { URL } = globalThis as unknown as { URL: new (input: string, base: string) => { origin: string } };

describe("safe return path after sign-in", () => {
  it.each([
    "//host",
    "//host/path",
    "/\\host",
    "\\\\host",
    "/%5Chost",
    "/%5chost",
    "/%2F%2Fhost",
    "/%2f/host",
    "/%252F%252Fhost", // encoded twice
    "http://host",
    "https:host",
    "https://host/projects",
    "javascript:alert(1)",
    "/javascript:alert(1)",
    "\t/host",
    "/\t/host",
    "/%09/host",
    "/%0d%0a/host",
    " /host",
    "/%E4", // a broken percent sequence
    "host",
    "projects",
    "",
    "?from=/",
  ])("refuses %j", (value) => {
    expect(safeReturnPath(value)).toBeNull();
  });

  it.each([
    "/",
    "/projects",
    "/projects/42",
    "/projects?stage=signed&sort=amount&dir=desc",
    "/cockpit?year=2025&zone=park#top",
    "/projects?q=%E4%B8%AD%E9%BC%8E",
    "/leads?from=2025-01-01",
  ])("keeps %j as it is", (value) => {
    expect(safeReturnPath(value)).toBe(value);
  });

  it("refuses what is not a string", () => {
    for (const value of [null, undefined, 1, ["/projects"], { toString: () => "/" }])
      expect(safeReturnPath(value)).toBeNull();
  });

  // Whatever it accepts stays on this origin however a browser resolves it, decoded or not.
  test.prop([
    fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ maxLength: 40 }).map((s) => `/${s}`),
    ),
  ])("never leaves the origin", (value) => {
    const kept = safeReturnPath(value);
    if (kept === null) return;
    expect(new URL(kept, BASE).origin).toBe(BASE);
    expect(new URL(decodeURIComponent(kept).replace(/\\/g, "/"), BASE).origin).toBe(BASE);
  });

  test.prop([fc.array(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { maxLength: 4 })])(
    "keeps any plain path of the app",
    (segments) => {
      const path = `/${segments.join("/")}`;
      expect(safeReturnPath(path)).toBe(path);
    },
  );
});
