import { resolveSession, startSession, type SessionUser } from "@crm/auth";
import { createDb, eq, schema, type Database, type DbHandle } from "@crm/db";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, expect, inject } from "vitest";

import { appRouter, createCallerFactory, createContext } from "../src";
import type { AuthedContext } from "../src/context";

const createCaller = createCallerFactory(appRouter);

/** The demo's "today" for tests: the clock is passed in, never read. */
export const TODAY = new Date("2026-11-25T02:00:00Z");

/** Opens the run's PostgreSQL database for the file's tests. */
export function useDatabase(): { db: () => Database } {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createDb({ url: inject("databaseUrl"), max: 4 });
  });
  afterAll(async () => {
    await handle?.close();
  });
  return { db: () => handle.db };
}

export async function sessionUserOf(db: Database, username: string): Promise<SessionUser> {
  const [u] = await db.select().from(schema.users).where(eq(schema.users.username, username));
  if (!u) throw new Error(`no user ${username}`);
  const session = await resolveSession(db, {
    uid: u.id,
    role: u.role,
    unitId: u.unitId,
    enterpriseId: u.enterpriseId,
    sv: u.sessionVersion,
    sid: await startSession(db, u.id, "127.0.0.1"),
  });
  if (!session) throw new Error(`${username} has no valid session`);
  return session;
}

export function callerFor(db: Database, user: SessionUser | null) {
  return createCaller(createContext({ db, user, ip: "127.0.0.1", now: () => TODAY }));
}

/** The context a procedure hands its service, for a test that calls a service directly. */
export function contextFor(db: Database, user: SessionUser): AuthedContext {
  return { ...createContext({ db, user, ip: "127.0.0.1", now: () => TODAY }), user };
}

/** A caller signed in as a demo account. */
export async function as(db: Database, username: string) {
  return callerFor(db, await sessionUserOf(db, username));
}

export async function expectTrpcError(promise: Promise<unknown>, code: TRPCError["code"]) {
  await expect(promise).rejects.toSatisfy((e: unknown) => e instanceof TRPCError && e.code === code);
}
