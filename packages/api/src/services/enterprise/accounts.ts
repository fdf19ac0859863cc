import { hashPassword } from "@crm/auth";
import { and, asc, eq, hasMobile, mobileColumns, or, schema, sql, writeAudit } from "@crm/db";
import { can, type CreateEnterpriseAccountInput } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../../context";
import { badRequest, notFound } from "../../errors";
import { enterpriseHiddenAs, projectNameColumns } from "../../scope/names";
import { projectScope } from "../../scope/projects";
import { scopedEnterpriseById } from "../../scope/enterprises";
import { listedPhone, phonesShown } from "../../scope/personal";
import { ENTERPRISE_ACCOUNT_ROLE } from "../../scope/roles";
import { temporaryPassword } from "../account/temporary-password";

const { enterprises, projects, users, orgUnits } = schema;

/** The enterprise's page: its record, its projects in the caller's scope, its portal accounts. */
export async function enterpriseById(ctx: AuthedContext, input: { id: string }) {
  const { db, user } = ctx;
  const { id } = input;
  const e = await scopedEnterpriseById(db, user, id);
  const [list, accounts, hidden] = await Promise.all([
    db
      .select({
        id: projects.id,
        ...projectNameColumns(user),
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
    db
      .select({ as: enterpriseHiddenAs(user, enterprises.id) })
      .from(enterprises)
      .where(eq(enterprises.id, id))
      .then((rows) => rows[0]?.as ?? null),
  ]);
  // Behind a confidential project the caller is shown the code name of, the enterprise is not to be
  // found by its id: the caller knows it only as that project (scope/names).
  if (hidden) throw notFound();
  return {
    id: e.id,
    name: e.name,
    creditCode: e.creditCode,
    industry: e.industry,
    origin: [e.originRegion, e.originCity].filter(Boolean).join(" · ") || null,
    tags: e.tags,
    aboveScaleSince: e.aboveScaleSince,
    contactName: e.contactName,
    ...(await phonesShown(
      ctx,
      { entity: "enterprise", id: e.id },
      { contactPhone: e.contactPhone },
      can(user.role, "enterprise.write"),
    )),
    projects: list,
    accounts: accounts.map((a) => ({ ...a, mobile: listedPhone(a.mobile) })),
  };
}

/**
 * Creates a portal account for an enterprise. The temporary password is returned once and must be
 * changed at the first sign-in (mustChangePassword).
 */
export async function createEnterpriseAccount(ctx: AuthedContext, input: z.infer<typeof CreateEnterpriseAccountInput>) {
  const { db, user, ip } = ctx;
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    await scopedEnterpriseById(tx, user, input.enterpriseId);
    const mobile = input.mobile?.trim() || null;
    const [clash] = await tx
      .select({ username: users.username, mobile: users.mobile })
      .from(users)
      .where(
        or(sql`lower(${users.username}) = ${input.username.toLowerCase()}`, mobile ? hasMobile(mobile) : undefined),
      )
      .limit(1);
    if (clash)
      throw badRequest(clash.username.toLowerCase() === input.username.toLowerCase() ? "usernameTaken" : "mobileTaken");
    const [created] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        ...mobileColumns(mobile),
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
