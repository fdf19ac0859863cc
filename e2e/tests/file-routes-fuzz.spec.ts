import fc from "fast-check";
import { expect, test, type APIRequestContext } from "@playwright/test";

import { signInWithApi } from "../fixtures";

/**
 * The file routes (downloads, the attachment route, the import preview) fuzzed over HTTP on the
 * production build, as a bureau account and as a zone: query strings, ids and uploads made by
 * fast-check from hostile text. None may answer 500 or show SQL, parameters or a stack. Their
 * procedures are fuzzed in packages/api (fuzz.test.ts); this is the part in front of them.
 * A fixed seed; FUZZ_RUNS raises the count (`pnpm fuzz` sets 1,000).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = 20261202;
const LEAKS = [
  /select\s/i,
  /insert into/i,
  /update "/i,
  /from "/i,
  /params:/i,
  /\$1\b/,
  /\n\s+at /,
  /\.ts:\d/,
  /node_modules/,
  /Failed query/,
];

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(
    "",
    "\u0000",
    "' or 1=1 --",
    "%",
    "_",
    "\\",
    "../../etc/passwd",
    "2026-13",
    "9999-99",
    "null",
    "[]",
    "{}",
    "\ud800",
    "%00",
    "%E0%A4%A",
  ),
  fc.uuid(),
  fc.integer().map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 7)),
);
const query = fc.dictionary(
  fc.constantFrom(
    "month",
    "q",
    "zoneId",
    "chainId",
    "stage",
    "sort",
    "dir",
    "cursor",
    "tag",
    "signedFrom",
    "signedTo",
    "kind",
    "page",
    "x",
  ),
  hostile,
  { maxKeys: 5 },
);

async function check(api: APIRequestContext, path: string, init?: { multipart?: Record<string, unknown> }) {
  const res = init ? await api.post(path, { multipart: init.multipart as never }) : await api.get(path);
  const type = res.headers()["content-type"] ?? "";
  // Answers in JSON or plain text are read; a page (the 404 page for a bad path) is Next's own HTML.
  const text = type.includes("json") || type.includes("text/plain") ? await res.text() : "";
  expect(res.status(), `${path} → ${res.status()} ${text.slice(0, 200)}`).toBeLessThan(500);
  const leak = LEAKS.find((l) => l.test(text));
  expect(leak, `${path} answered ${text.slice(0, 300)}`).toBeUndefined();
}

for (const account of ["bureau.staff", "zone.park"]) {
  test(`file routes answer hostile input without a 500 or a leak, as ${account}`, async ({ page }) => {
    test.setTimeout(240_000);
    await signInWithApi(page, account);
    const api = page.request;
    const routes = ["/api/projects/export", "/api/bulletin/export", "/api/bulletin/pdf", "/api/import/template"];
    for (const route of routes)
      await fc.assert(
        fc.asyncProperty(query, async (q) =>
          check(api, `${route}?${new URLSearchParams(q as Record<string, string>)}`),
        ),
        { numRuns: route.endsWith("pdf") ? Math.ceil(RUNS / 4) : RUNS, seed: SEED },
      );
    await fc.assert(
      fc.asyncProperty(hostile, async (id) => check(api, `/api/requests/attachments/${encodeURIComponent(id)}`)),
      { numRuns: RUNS, seed: SEED },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({ kind: hostile, name: hostile, bytes: fc.uint8Array({ maxLength: 4096 }), mime: hostile }),
        async ({ kind, name, bytes, mime }) =>
          check(api, "/api/import/preview", {
            multipart: {
              kind,
              file: {
                name: `${name || "x"}.xlsx`,
                mimeType: mime || "application/octet-stream",
                buffer: Buffer.from(bytes),
              },
            },
          }),
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });
}
