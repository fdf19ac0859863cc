import { randomInt } from "node:crypto";

import { hashPassword, type SessionUser } from "@crm/auth";
import { and, asc, eq, or, schema, sql, writeAudit, type Database, type Executor } from "@crm/db";
import type { CreateEnterpriseAccountInput } from "@crm/domain";
import type { z } from "zod";

import { badRequest } from "../../errors";
import { scopedEnterpriseById } from "../../scope/enterprises";
import { projectScope } from "../../scope/projects";
import { ENTERPRISE_ACCOUNT_ROLE } from "../../scope/roles";
import { withDisplayName } from "../project/display";

const { projects, users, orgUnits } = schema;

/** The enterprise's page: its record, its projects in the caller's scope, its portal accounts. */
export async function enterpriseById(db: Executor, user: SessionUser, id: string) {
  const e = await scopedEnterpriseById(db, user, id);
  const [list, accounts] = await Promise.all([
    db
      .select({
        id: projects.id,
        name: projects.name,
        codeName: projects.codeName,
        responsibleUnitId: projects.responsibleUnitId,
        stage: projects.stage,
        unit: orgUnits.shortName,
      })
      .from(projects)
      .innerJoin(orgUnits, eq(orgUnits.id, projects.responsibleUnitId))
      .where(and(eq(projects.enterpriseId, id), projectScope(user)))
      .orderBy(asc(projects.createdAt)),
    db
      .select({
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        mobile: users.mobile,
        disabled: users.disabled,
        mustChangePassword: users.mustChangePassword,
        lastSignInAt: users.lastSignInAt,
      })
      .from(users)
      .where(eq(users.enterpriseId, id))
      .orderBy(asc(users.createdAt)),
  ]);
  return {
    id: e.id,
    name: e.name,
    creditCode: e.creditCode,
    industry: e.industry,
    origin: [e.originRegion, e.originCity].filter(Boolean).join(" · ") || null,
    tags: e.tags,
    aboveScaleSince: e.aboveScaleSince,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    projects: list.map((p) => withDisplayName({ ...p, enterpriseName: null }, user)),
    accounts,
  };
}

const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS = "23456789";

/** A temporary password that meets the rule (letters and digits), shown once to the staff member. */
export function temporaryPassword(): string {
  const pick = (set: string) => set[randomInt(set.length)]!;
  const chars = [pick(ALPHABET), pick(DIGITS), ...Array.from({ length: 8 }, () => pick(ALPHABET + DIGITS))];
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join("");
}

/**
 * Creates a portal account for an enterprise. The temporary password is returned once and must be
 * changed at the first sign-in (mustChangePassword).
 */
export async function createEnterpriseAccount(
  db: Database,
  user: SessionUser,
  input: z.infer<typeof CreateEnterpriseAccountInput>,
  ip: string | null,
) {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    await scopedEnterpriseById(tx, user, input.enterpriseId);
    const mobile = input.mobile?.trim() || null;
    const [clash] = await tx
      .select({ username: users.username, mobile: users.mobile })
      .from(users)
      .where(
        or(
          sql`lower(${users.username}) = ${input.username.toLowerCase()}`,
          mobile ? eq(users.mobile, mobile) : undefined,
        ),
      )
      .limit(1);
    if (clash)
      throw badRequest(clash.username.toLowerCase() === input.username.toLowerCase() ? "usernameTaken" : "mobileTaken");
    const [created] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        mobile,
        role: ENTERPRISE_ACCOUNT_ROLE,
        enterpriseId: input.enterpriseId,
        passwordHash,
        mustChangePassword: true,
      })
      .returning({ id: users.id, username: users.username });
    await writeAudit(tx, {
      actorId: user.id,
      action: "user.create",
      entity: "user",
      entityId: created!.id,
      after: { username: created!.username, role: ENTERPRISE_ACCOUNT_ROLE, enterpriseId: input.enterpriseId },
      ip,
    });
    return { id: created!.id, username: created!.username, temporaryPassword: password };
  });
}
