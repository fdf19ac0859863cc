import { count, eq, schema, type Database } from "@crm/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it, vi } from "vitest";

import { appRouter, createContext } from "../src";
import { as, expectTrpcError, sessionUserOf, useDatabase } from "./helpers";

/** Errors that tell nothing: a refusal is a typed code with a message key; a failure is an id. */
describe("errors", () => {
  const { db } = useDatabase();
  const missing = "00000000-0000-4000-8000-000000000000";

  it("refuses a NUL in any text before SQL runs, and writes nothing", async () => {
    const staff = await as(db(), "bureau.staff");
    await expectTrpcError(staff.project.list({ q: "金鼎\u0000" }), "BAD_REQUEST");
    const before = (await db().select({ n: count() }).from(schema.leads))[0]!.n;
    await expectTrpcError(
      staff.lead.create({ enterpriseName: "某某\u0000公司", source: "self_visit", reportedOn: "2026-11-20" }),
      "BAD_REQUEST",
    );
    expect((await db().select({ n: count() }).from(schema.leads))[0]!.n).toBe(before);
  });

  it("answers an id that does not exist with NOT_FOUND, not a database error, and changes nothing", async () => {
    const staff = await as(db(), "bureau.staff");
    const [p] = await db().select().from(schema.projects).limit(1);
    for (const patch of [{ chainId: missing }, { serviceContactId: missing }, { responsibleLeaderId: missing }])
      await expectTrpcError(staff.project.update({ id: p!.id, version: p!.version, patch }), "NOT_FOUND");
    const [after] = await db().select().from(schema.projects).where(eq(schema.projects.id, p!.id));
    expect(after!.version).toBe(p!.version);
  });

  it("answers an unexpected failure over HTTP with a request id only: no SQL, parameters or stack", async () => {
    const user = await sessionUserOf(db(), "bureau.staff");
    // A database that fails the way a driver does: its message carries the statement and its parameters.
    const failing = new Proxy({} as Database, {
      get() {
        throw Object.assign(new Error('Failed query: select "secret" from "app_user" where id = $1\nparams: 42'), {
          code: "XX000",
        });
      },
    });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await fetchRequestHandler({
      endpoint: "/api/trpc",
      router: appRouter,
      req: new Request("http://localhost/api/trpc/org.zones"),
      createContext: () => createContext({ db: failing, user }),
    });
    const body = await res.text();
    expect(res.status).toBe(500);
    expect(body).toContain('"internal"');
    expect(body).toMatch(/"requestId":"[0-9a-f]{8}"/);
    for (const leak of ["select", "app_user", "params", "$1", "    at ", ".ts:"]) expect(body).not.toContain(leak);
    // The server's log keeps what the caller does not see, under the same id.
    const requestId = /"requestId":"([0-9a-f]{8})"/.exec(body)![1]!;
    expect(log.mock.calls.some((c) => String(c[0]).includes(requestId))).toBe(true);
    log.mockRestore();
  });

  it("names each field a schema refused, with a message key and no value sent, over HTTP", async () => {
    const user = await sessionUserOf(db(), "bureau.staff");
    const res = await fetchRequestHandler({
      endpoint: "/api/trpc",
      router: appRouter,
      req: new Request("http://localhost/api/trpc/lead.create", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: { enterpriseName: "秘".repeat(300), source: "self_visit", reportedOn: "x" } }),
      }),
      createContext: () => createContext({ db: db(), user }),
    });
    const body = (await res.json()) as { error: { json: { data: { fields: unknown } } } };
    expect(res.status).toBe(400);
    expect(body.error.json.data.fields).toEqual(
      expect.arrayContaining([
        { path: "enterpriseName", key: "tooLong", params: { max: expect.any(Number) } },
        { path: "reportedOn", key: expect.any(String) },
      ]),
    );
    expect(JSON.stringify(body)).not.toContain("秘秘");
  });
});
