import { createHash, randomBytes } from "node:crypto";

import { and, desc, eq, gte, isNull, or, schema, writeAudit, type Executor } from "@crm/db";
import { todayInShanghai, type CreateShareLinkInput, type RevokeShareLinkInput } from "@crm/domain";
import { alias } from "drizzle-orm/pg-core";

import type { AuthedContext } from "../../context";
import { conflict, notFound } from "../../errors";

const { shareLinks, chains, orgUnits, users } = schema;
const zone = alias(orgUnits, "zone");

/** Only the token's SHA-256 is kept: a copy of the table opens no link. */
export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** The path an investor opens; the token is shown this once, when the link is made. */
export const sharePath = (token: string) => `/share/${token}`;

/**
 * Makes an investor link (推介版) for a chain's map or the opportunity list: 24 random bytes as
 * 32 url-safe characters. Audited without the token.
 */
export async function createShareLink(ctx: AuthedContext, input: CreateShareLinkInput) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const chainId = input.kind === "chain" ? input.chainId! : null;
    if (chainId) {
      const [chain] = await tx.select({ id: chains.id }).from(chains).where(eq(chains.id, chainId));
      if (!chain) throw notFound();
    }
    const zoneId = input.kind === "opportunities" ? (input.zoneId ?? null) : null;
    if (zoneId) {
      const [z] = await tx
        .select({ id: orgUnits.id })
        .from(orgUnits)
        .where(and(eq(orgUnits.id, zoneId), eq(orgUnits.kind, "zone")));
      if (!z) throw notFound();
    }
    const token = randomBytes(24).toString("base64url");
    const [row] = await tx
      .insert(shareLinks)
      .values({
        tokenHash: tokenHash(token),
        kind: input.kind,
        chainId,
        zoneId,
        title: input.title,
        contactLine: input.contactLine,
        createdById: user.id,
        expiresOn: input.expiresOn ?? null,
      })
      .returning({ id: shareLinks.id });
    await writeAudit(tx, {
      actorId: user.id,
      action: "share.create",
      entity: "share_link",
      entityId: row!.id,
      after: { kind: input.kind, chainId, zoneId, title: input.title, expiresOn: input.expiresOn ?? null },
      ip,
    });
    return { id: row!.id, path: sharePath(token) };
  });
}

/** The links made so far, newest first, with whether each still opens (never their tokens). */
export async function listShareLinks(ctx: AuthedContext) {
  const today = todayInShanghai(ctx.now());
  const rows = await ctx.db
    .select({
      id: shareLinks.id,
      kind: shareLinks.kind,
      title: shareLinks.title,
      contactLine: shareLinks.contactLine,
      chainName: chains.name,
      zoneName: zone.shortName,
      createdBy: users.displayName,
      createdAt: shareLinks.createdAt,
      expiresOn: shareLinks.expiresOn,
      revokedAt: shareLinks.revokedAt,
    })
    .from(shareLinks)
    .innerJoin(users, eq(users.id, shareLinks.createdById))
    .leftJoin(chains, eq(chains.id, shareLinks.chainId))
    .leftJoin(zone, eq(zone.id, shareLinks.zoneId))
    .orderBy(desc(shareLinks.createdAt))
    .limit(200);
  return rows.map((r) => ({
    ...r,
    open: r.revokedAt === null && (r.expiresOn === null || r.expiresOn >= today),
  }));
}

/** Revokes a link: from then on it opens nothing. A link already revoked says CONFLICT. */
export async function revokeShareLink(ctx: AuthedContext, input: RevokeShareLinkInput) {
  const { db, user, ip } = ctx;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(shareLinks)
      .set({ revokedAt: new Date(), revokedById: user.id })
      .where(and(eq(shareLinks.id, input.id), isNull(shareLinks.revokedAt)))
      .returning({ id: shareLinks.id, title: shareLinks.title });
    if (!row) {
      const [exists] = await tx.select({ id: shareLinks.id }).from(shareLinks).where(eq(shareLinks.id, input.id));
      throw exists ? conflict() : notFound();
    }
    await writeAudit(tx, {
      actorId: user.id,
      action: "share.revoke",
      entity: "share_link",
      entityId: row.id,
      after: { title: row.title },
      ip,
    });
    return { id: row.id };
  });
}

/** The link a token opens today: not revoked, not past its last day. Null for anything else. */
export async function openShareLink(db: Executor, token: string, now: Date) {
  const today = todayInShanghai(now);
  const [row] = await db
    .select()
    .from(shareLinks)
    .where(
      and(
        eq(shareLinks.tokenHash, tokenHash(token)),
        isNull(shareLinks.revokedAt),
        or(isNull(shareLinks.expiresOn), gte(shareLinks.expiresOn, today)),
      ),
    );
  return row ?? null;
}
