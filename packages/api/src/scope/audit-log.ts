import { and, eq, inArray, isNotNull, schema, sql } from "@crm/db";
import { can } from "@crm/domain";

import type { AuthedContext } from "../context";
import { seesEveryRealName } from "./names";

const { projects, enterprises, users } = schema;

/**
 * The code-name rule (scope/names) for the audit log. The audit administrator (`audit.realName`)
 * and whoever sees every real name read the log raw. Anyone else with `audit.read` reads a row
 * that mentions a project hidden from them — by its id, its name or its enterprise's id, name,
 * credit code, initials, contacts or portal accounts — without its values: the record goes by the
 * code name, an enterprise's id is withheld, and an enterprise account acting goes by the code name.
 */
export interface AuditVeil {
  /** Every text that gives a hidden project away, and the code name it goes by. */
  needles: { text: string; codeName: string }[];
  /** Hidden enterprises' ids (withheld where a row names one as its record). */
  enterpriseIds: Set<string>;
  /** Portal accounts of hidden enterprises (left out of the person picker). */
  accountIds: Set<string>;
}

export const readsAuditRaw = (user: AuthedContext["user"]) =>
  can(user.role, "audit.realName") || seesEveryRealName(user);

/** What the caller may not read in the log, or null when they read it raw. */
export async function auditVeil(ctx: AuthedContext): Promise<AuditVeil | null> {
  const { db, user } = ctx;
  if (readsAuditRaw(user)) return null;
  const hidden = await db
    .select({
      id: projects.id,
      codeName: projects.codeName,
      name: projects.name,
      initials: projects.nameInitials,
      enterpriseId: enterprises.id,
      enterpriseName: enterprises.name,
      enterpriseInitials: enterprises.nameInitials,
      creditCode: enterprises.creditCode,
      contactName: enterprises.contactName,
      contactPhone: enterprises.contactPhone,
    })
    .from(projects)
    .leftJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .where(
      and(
        isNotNull(projects.codeName),
        user.unitId ? sql`${projects.responsibleUnitId} is distinct from ${user.unitId}` : undefined,
      ),
    );
  const enterpriseIds = new Set(hidden.flatMap((h) => (h.enterpriseId ? [h.enterpriseId] : [])));
  const accounts = enterpriseIds.size
    ? await db
        .select({ id: users.id, name: users.displayName, enterpriseId: users.enterpriseId })
        .from(users)
        .where(inArray(users.enterpriseId, [...enterpriseIds]))
    : [];
  const needles: AuditVeil["needles"] = [];
  for (const h of hidden) {
    const codeName = h.codeName!;
    const texts = [h.id, h.name, h.initials, h.enterpriseId, h.enterpriseName, h.enterpriseInitials, h.creditCode];
    texts.push(h.contactName, h.contactPhone);
    texts.push(...accounts.filter((a) => a.enterpriseId === h.enterpriseId).map((a) => a.name));
    // Two-letter initials would match half the log: only texts long enough to name something.
    for (const text of texts) if (text && text.length >= 4) needles.push({ text, codeName });
  }
  return { needles, enterpriseIds, accountIds: new Set(accounts.map((a) => a.id)) };
}

/** The code name a row's text gives away, or null when it names no hidden project. */
export function veiledBy(veil: AuditVeil | null, text: string): string | null {
  if (!veil) return null;
  return veil.needles.find((n) => text.includes(n.text))?.codeName ?? null;
}
