import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { hashPassword } from "@crm/auth";
import { eq, schema, sql, type Database, type DbHandle } from "@crm/db";
import { DEMO_ACCOUNTS, seedDemo } from "@crm/db/seed";
import { createTestDatabase, openMigrated, type TestDatabase } from "@crm/db/testing";
import { can, type Permission } from "@crm/domain";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { appRouter, createContext } from "../src";
import { arbitraryFor, inputJsonSchema, knownIds } from "./fuzz/arbitrary";
import { TODAY, sessionUserOf } from "./helpers";

/**
 * Every procedure of the router, called over HTTP by an account allowed to call it, with inputs
 * generated from its zod schema (fuzz/arbitrary.ts): no answer is a 500, none carries SQL, a
 * parameter list or a stack, and a refused call changes no row. A new procedure is fuzzed the day
 * it is written. FUZZ_RUNS calls per procedure (25 in `pnpm test`, 1,000 in `pnpm fuzz`) from a
 * fixed seed (FUZZ_SEED); totals go to reports/fuzz.json. A database of its own, since the
 * accepted calls change the demo data.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

type Proc = { _def: { meta?: { permission?: Permission }; inputs: unknown[]; type: "query" | "mutation" } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Proc>);

/** What leaks look like: a statement, its parameters, a stack frame, a file, the driver's name. */
const LEAKS = [
  /\bselect\b.+\bfrom\b/i,
  /\binsert into\b/i,
  /\bupdate\b.+\bset\b/i,
  /params:/i,
  /Failed query/i,
  /\n\s+at /,
  /\.(ts|js|mjs):\d+/,
  /postgres(ql)?\b.*error/i,
  /"stack"/,
];
/** Rows a refused password change rightly writes: the sign-in limiter's count and a lockout's audit row. */
const MAY_CHANGE_ON_REFUSAL: Record<string, string[]> = { "account.changePassword": ["sign_in_limit", "audit_log"] };

/** One query that changes when any row is added, removed or has its version moved. */
function fingerprintQuery() {
  const parts: string[] = [];
  for (const table of Object.values(schema)) {
    if (!(table instanceof PgTable)) continue;
    const { name, columns } = getTableConfig(table);
    const version = columns.find((c) => c.name === "version");
    parts.push(
      `select '${name}' as t, count(*)::text || ':' || ${version ? 'coalesce(sum("version"), 0)::text' : "''"} as f from "${name}"`,
    );
  }
  return parts.join(" union all ");
}

/** Every id of every table, so that generated ids name rows as often as they name none. */
async function knownIdsOf(db: Database): Promise<string[]> {
  const ids: string[] = [];
  for (const table of Object.values(schema)) {
    if (!(table instanceof PgTable)) continue;
    const { name, columns } = getTableConfig(table);
    if (!columns.some((c) => c.name === "id" && c.getSQLType() === "uuid")) continue;
    const rows = await db.execute<{ id: string }>(sql.raw(`select id::text as id from "${name}" limit 400`));
    ids.push(...(rows as unknown as { id: string }[]).map((r) => r.id));
  }
  return ids;
}

describe("fuzz: every procedure", () => {
  let testDb: TestDatabase;
  let handle: DbHandle;
  const db = (): Database => handle.db;
  beforeAll(async () => {
    testDb = await createTestDatabase("crm_api_fuzz");
    handle = await openMigrated("postgres", testDb.url);
    await seedDemo(handle.db, { passwordHash: await hashPassword("Demo@2024") });
  });
  afterAll(async () => {
    await handle?.close();
    await testDb?.drop();
  });

  it(
    `answers ${RUNS} generated calls per procedure without a 500, a leak or a change on refusal`,
    async () => {
      const fingerprintSql = fingerprintQuery();
      knownIds.push(...(await knownIdsOf(db())));
      let exempt: string[] = [];
      const fingerprint = async () =>
        JSON.stringify(
          ((await db().execute(sql.raw(fingerprintSql))) as unknown as { t: string; f: string }[]).filter(
            (r) => !exempt.includes(r.t),
          ),
        );
      const log = vi.spyOn(console, "error").mockImplementation(() => {});
      const totals: Record<string, { calls: number; ok: number; refused: Record<string, number>; sample: string }> = {};
      const failures: string[] = [];
      try {
        for (const [procPath, proc] of procedures) {
          const account = DEMO_ACCOUNTS.find((a) => can(a.role, proc._def.meta!.permission!));
          if (!account) continue;
          const [u] = await db().select().from(schema.users).where(eq(schema.users.username, account.username));
          // The fuzz may have changed this account (a password, a disable): each procedure starts from it as seeded.
          await db()
            .update(schema.users)
            .set({ disabled: false, mustChangePassword: false, role: account.role })
            .where(eq(schema.users.id, u!.id));
          // … and under the demo's second-factor policy (a fuzzed one may require it of this role).
          await db()
            .update(schema.settings)
            .set({ value: { requiredRoles: [] } })
            .where(eq(schema.settings.key, "secondFactorPolicy"));
          const user = await sessionUserOf(db(), account.username);
          const tally: (typeof totals)[string] = (totals[procPath] = { calls: 0, ok: 0, refused: {}, sample: "" });
          const arbitrary = arbitraryFor(inputJsonSchema(proc._def.inputs[0]));
          exempt = MAY_CHANGE_ON_REFUSAL[procPath] ?? [];
          let before = await fingerprint();
          await fc.assert(
            fc.asyncProperty(fc.option(arbitrary, { nil: undefined, freq: 20 }), async (input) => {
              const url = new URL(`http://localhost/api/trpc/${procPath}`);
              const body = input === undefined ? undefined : JSON.stringify({ json: input });
              if (proc._def.type === "query" && body) url.searchParams.set("input", body);
              const res = await fetchRequestHandler({
                endpoint: "/api/trpc",
                router: appRouter,
                req: new Request(url, {
                  method: proc._def.type === "query" ? "GET" : "POST",
                  body: proc._def.type === "query" ? undefined : (body ?? "{}"),
                  headers: { "content-type": "application/json" },
                }),
                createContext: () => createContext({ db: db(), user, ip: "127.0.0.1", now: () => TODAY }),
              });
              const text = await res.text();
              tally.calls++;
              const where = `${procPath} as ${account.username} with ${JSON.stringify(input)?.slice(0, 300)}`;
              if (res.status >= 500) failures.push(`${res.status} ${where}: ${text.slice(0, 300)}`);
              for (const leak of LEAKS)
                if (leak.test(text)) failures.push(`leak ${leak} ${where}: ${text.slice(0, 300)}`);
              if (res.ok) {
                tally.ok++;
                // A mutation changes rows; so may an accepted query, by its own audit row (an export, a
                // download, a record's phone shown in full). Only a refusal must change nothing.
                before = await fingerprint();
              } else {
                if (!tally.sample) tally.sample = text.slice(0, 200);
                tally.refused[String(res.status)] = (tally.refused[String(res.status)] ?? 0) + 1;
                const after = await fingerprint();
                if (after !== before) failures.push(`refused ${res.status} but changed rows: ${where}`);
                before = after;
              }
            }),
            { numRuns: RUNS, seed: SEED, endOnFailure: true },
          );
        }
      } finally {
        log.mockRestore();
      }
      const calls = Object.values(totals).reduce((n, t) => n + t.calls, 0);
      const report = {
        seed: SEED,
        runsPerProcedure: RUNS,
        procedures: Object.keys(totals).length,
        calls,
        internalErrors: failures.filter((f) => f.startsWith("5")).length,
        failures,
        totals,
      };
      mkdirSync(path.resolve(import.meta.dirname, "../reports"), { recursive: true });
      writeFileSync(path.resolve(import.meta.dirname, "../reports/fuzz.json"), JSON.stringify(report, null, 2));
      console.log(`[fuzz] ${report.procedures} procedures, ${calls} calls (seed ${SEED}), ${failures.length} failures`);
      expect(Object.keys(totals).length).toBe(procedures.length);
      expect(failures).toEqual([]);
    },
    Math.max(60_000, RUNS * procedures.length * 30),
  );
});
