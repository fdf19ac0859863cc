import { DEMO_ACCOUNTS } from "@crm/db/seed";
import { can, PERMISSIONS, type Permission } from "@crm/domain";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";

import { appRouter } from "../src";
import { as, callerFor, useDatabase } from "./helpers";

type Proc = {
  _def: {
    meta?: { permission?: Permission; disclosure?: "export" | "download" };
    inputs: unknown[];
    type: "query" | "mutation" | "subscription";
  };
};
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Proc>);

/** Calls a procedure by its dotted path with no input: permission checks run before input parsing. */
function call(caller: unknown, path: string): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input?: unknown) => Promise<unknown>)(undefined);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

describe("every procedure of the app router", () => {
  const { db } = useDatabase();

  it("declares a permission from the one table and an input schema", () => {
    expect(procedures.length).toBeGreaterThan(0);
    for (const [path, proc] of procedures) {
      expect(proc._def.inputs.length, `${path} declares no input`).toBeGreaterThan(0);
      expect(proc._def.meta?.permission, `${path} declares no permission`).toBeDefined();
      expect(PERMISSIONS, path).toContain(proc._def.meta!.permission);
    }
  });

  it("marks every call that hands data out of the system (exports, downloads) so that each answer is audited", () => {
    const handsOut = procedures.filter(([path]) => /export|attachment|xlsx|pdf|download/i.test(path));
    expect(handsOut.length).toBeGreaterThanOrEqual(5);
    for (const [path, proc] of handsOut) expect(proc._def.meta?.disclosure, path).toBeDefined();
  });

  it("refuses a caller who is not signed in", async () => {
    const anonymous = callerFor(db(), null);
    for (const [path] of procedures) expect(await codeOf(call(anonymous, path)), path).toBe("UNAUTHORIZED");
  });

  it("lets in every role that holds the permission and refuses every role that does not", async () => {
    let allowed = 0;
    let denied = 0;
    for (const account of DEMO_ACCOUNTS) {
      const caller = await as(db(), account.username);
      for (const [path, proc] of procedures) {
        const code = await codeOf(call(caller, path));
        if (can(account.role, proc._def.meta!.permission!)) {
          allowed++;
          // Allowed through the permission check; with no input a procedure that takes one says BAD_REQUEST.
          expect(["OK", "BAD_REQUEST"], `${account.username} → ${path}`).toContain(code);
        } else {
          denied++;
          expect(code, `${account.username} → ${path}`).toBe("FORBIDDEN");
        }
      }
    }
    expect(allowed).toBeGreaterThan(0);
    expect(denied).toBeGreaterThan(0);
  });
});
