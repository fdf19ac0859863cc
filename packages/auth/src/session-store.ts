import { and, eq, isNull, schema, sql, writeAudit, type Database, type Executor } from "@crm/db";
import { SESSION_LIMITS } from "@crm/domain";

const { userSessions, settings } = schema;

/** Opens a server-side session for a sign-in; its id goes into the JWT. */
export async function startSession(db: Executor, userId: string, ip: string | null): Promise<string> {
  const [row] = await db.insert(userSessions).values({ userId, ip }).returning({ id: userSessions.id });
  return row!.id;
}

/**
 * Ends a session (sign-out), with its audit row in the same transaction. Ending one already ended,
 * or none, changes and records nothing.
 */
export async function endSession(db: Database, sid: string | undefined): Promise<void> {
  if (!sid || !/^[0-9a-f-]{36}$/i.test(sid)) return;
  await db.transaction(async (tx) => {
    const [ended] = await tx
      .update(userSessions)
      .set({ endedAt: sql`now()` })
      .where(and(eq(userSessions.id, sid), isNull(userSessions.endedAt)))
      .returning({ userId: userSessions.userId, ip: userSessions.ip });
    if (ended)
      await writeAudit(tx, {
        actorId: ended.userId,
        action: "auth.sign_out",
        entity: "session",
        entityId: sid,
        ip: ended.ip,
      });
  });
}

/** The idle timeout the security administrator set (minutes), or the default. */
const idleMinutes = sql<number>`coalesce((select (${settings.value}->>'idleMinutes')::int from ${settings} where ${settings.key} = 'session'), ${SESSION_LIMITS.defaultIdleMinutes})`;

/**
 * Whether a session is still open for this user: not signed out, used within the idle timeout,
 * younger than the absolute lifetime. With `touch`, a live session's last use moves to now (at
 * most once a minute, so reads do not each write). The session endpoint checks without touching:
 * asking whether one is signed in is not using the app.
 */
export async function sessionAlive(
  db: Executor,
  claims: { uid: string; sid?: string } | null | undefined,
  opts: { touch: boolean },
): Promise<boolean> {
  if (!claims?.sid || !/^[0-9a-f-]{36}$/i.test(claims.sid)) return false;
  const live = and(
    eq(userSessions.id, claims.sid),
    eq(userSessions.userId, claims.uid),
    isNull(userSessions.endedAt),
    sql`${userSessions.createdAt} > now() - make_interval(hours => ${SESSION_LIMITS.absoluteHours})`,
    sql`${userSessions.lastSeenAt} > now() - make_interval(mins => ${idleMinutes})`,
  );
  const [row] = await db
    .select({ id: userSessions.id, stale: sql<boolean>`${userSessions.lastSeenAt} < now() - interval '1 minute'` })
    .from(userSessions)
    .where(live);
  if (!row) return false;
  if (opts.touch && row.stale)
    await db
      .update(userSessions)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(userSessions.id, row.id));
  return true;
}
