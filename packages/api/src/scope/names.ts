import type { SessionUser } from "@crm/auth";
import { schema, sql } from "@crm/db";
import { can } from "@crm/domain";
import type { AnyColumn, SQL } from "drizzle-orm";

const { projects, enterprises, leads, prospects, promoEventAttendees, tripMeetings, tripTargets } = schema;

/**
 * The code-name rule (项目代号, DOMAIN §2), the one place that decides what a project and its
 * enterprise are called for a caller. While talks are confidential a project carries a code name;
 * anyone outside its responsible unit and the bureau (the permission `project.realName`) sees
 * the code name instead of the real name, and nothing that identifies the enterprise behind it:
 * its name, pinyin initials, credit code, contacts or id.
 *
 * An enterprise is hidden from a caller while any of its projects is: wherever it appears (the
 * enterprise list, a request, a lead that became that project) it goes by that project's code
 * name or by nothing.
 *
 * Every read that returns a project or an enterprise selects its names from here, in SQL, so that
 * search, sort and cursors work on what the caller sees. Texts that leave the app (notifications,
 * group robots) use `outboundProjectName`: they may be read by anyone in a group.
 */

type Viewer = Pick<SessionUser, "role" | "unitId">;

/** The bureau's roles see every real name; everyone else sees it for the projects their unit is responsible for. */
export const seesEveryRealName = (user: Viewer) => can(user.role, "project.realName");

/** SQL on a `project` row: the caller sees its real name. Undefined when the caller sees every one. */
export function realNameVisible(user: Viewer): SQL | undefined {
  if (seesEveryRealName(user)) return undefined;
  return user.unitId
    ? sql`(${projects.codeName} is null or ${projects.responsibleUnitId} = ${user.unitId})`
    : sql`(${projects.codeName} is null)`;
}

/** The same rule for a project row already read (the audit trail's values are filtered by it). */
export function seesRealName(
  project: { codeName: string | null; responsibleUnitId: string | null },
  user: Viewer,
): boolean {
  if (!project.codeName || seesEveryRealName(user)) return true;
  return user.unitId !== null && user.unitId === project.responsibleUnitId;
}

/** SQL: what the caller calls the `project` row. */
export function shownProjectName(user: Viewer): SQL<string> {
  const visible = realNameVisible(user);
  return visible
    ? sql<string>`(case when ${visible} then ${projects.name} else ${projects.codeName} end)`
    : sql<string>`${projects.name}`;
}

/**
 * SQL: the sort key of the name the caller sees, in pinyin order — the stored initials, then the
 * name (a code name sorts as written, so an order never hints at the real name). Compared byte by
 * byte ("C"), so "zj" + " " + name comes before "zjs…".
 */
export function projectNameOrder(user: Viewer): SQL<string> {
  const visible = realNameVisible(user);
  const real = sql`${projects.nameInitials} || ' ' || ${projects.name}`;
  return visible
    ? sql<string>`((case when ${visible} then ${real} else ${projects.codeName} end) collate "C")`
    : sql<string>`((${real}) collate "C")`;
}

/** SQL: the `project` row goes by its code name for the caller. */
export function projectNameHidden(user: Viewer): SQL<boolean> {
  const visible = realNameVisible(user);
  return visible ? sql<boolean>`(not ${visible})` : sql<boolean>`false`;
}

/** The columns that name a project (the table `project` in the query's FROM): spread into a select. */
export function projectNameColumns(user: Viewer) {
  return { name: shownProjectName(user), confidential: projectNameHidden(user) };
}

/**
 * SQL: the code name of a project matched by `match` that is hidden from the caller, or null when
 * none is. `match` gets the inner project's alias (the outer query's `project` stays reachable).
 */
function hiddenCodeName(user: Viewer, match: (p: SQL) => SQL, column = "code_name"): SQL<string | null> {
  if (seesEveryRealName(user)) return sql<null>`null::text`;
  const p = sql.raw(`"code_name_rule"`);
  const unit = user.unitId ? sql` and ${p}.responsible_unit_id is distinct from ${user.unitId}` : sql``;
  return sql<
    string | null
  >`(select ${p}.${sql.raw(column)} from ${projects} as ${p} where (${match(p)}) and ${p}.code_name is not null${unit} order by ${p}.created_at, ${p}.id limit 1)`;
}

/** SQL: the code name the enterprise in `enterpriseId` goes by for the caller, or null when it may be named. */
export function enterpriseHiddenAs(user: Viewer, enterpriseId: AnyColumn | SQL): SQL<string | null> {
  return hiddenCodeName(user, (p) => sql`${p}.enterprise_id = ${enterpriseId}`);
}

/** SQL: the id of the project whose code name the enterprise goes by (see enterpriseHiddenAs), or null. */
export function enterpriseHiddenProject(user: Viewer, enterpriseId: AnyColumn | SQL): SQL<string | null> {
  return hiddenCodeName(user, (p) => sql`${p}.enterprise_id = ${enterpriseId}`, "id");
}

/** SQL: the code name a lead goes by for the caller (its enterprise or the project it became is hidden), or null. */
export function leadHiddenAs(user: Viewer): SQL<string | null> {
  return hiddenCodeName(user, (p) => sql`${p}.enterprise_id = ${leads.enterpriseId} or ${p}.id = ${leads.projectId}`);
}

/**
 * SQL: the code name an event's attendee (the `promo_event_attendee` row) goes by for the caller, or
 * null when it may be named: an enterprise of the same folded name, or the project the lead raised
 * from it became, is behind a project whose code name the caller is shown.
 */
export function attendeeHiddenAs(user: Viewer): SQL<string | null> {
  return hiddenCodeName(
    user,
    (p) =>
      sql`${p}.id = (select ${leads.projectId} from ${leads} where ${leads.id} = ${promoEventAttendees.leadId}) or ${p}.enterprise_id = (select ${leads.enterpriseId} from ${leads} where ${leads.id} = ${promoEventAttendees.leadId}) or ${p}.enterprise_id in (select ${enterprises.id} from ${enterprises} where ${enterprises.nameKey} = ${promoEventAttendees.enterpriseKey})`,
  );
}

/**
 * SQL: the code name a `prospect` row (目标企业库) goes by for the caller, or null when it may be
 * named: the lead raised from it, or an enterprise of the same folded name or credit code, is behind
 * a project whose code name the caller is shown.
 */
export function prospectHiddenAs(user: Viewer): SQL<string | null> {
  return hiddenCodeName(
    user,
    (p) =>
      sql`${p}.id = (select ${leads.projectId} from ${leads} where ${leads.id} = ${prospects.leadId}) or ${p}.enterprise_id = (select ${leads.enterpriseId} from ${leads} where ${leads.id} = ${prospects.leadId}) or ${p}.enterprise_id in (select ${enterprises.id} from ${enterprises} where ${enterprises.nameKey} = ${prospects.nameKey} or ${enterprises.creditCode} = ${prospects.creditCode})`,
  );
}

/**
 * SQL: the code name a `trip_meeting` row (外出招商) goes by for the caller, or null when it may be
 * named: the lead it became (or that lead's project) or an enterprise of the same folded name is
 * behind a project whose code name the caller is shown.
 */
export function tripMeetingHiddenAs(user: Viewer): SQL<string | null> {
  return hiddenCodeName(
    user,
    (p) =>
      sql`${p}.id = (select ${leads.projectId} from ${leads} where ${leads.id} = ${tripMeetings.leadId}) or ${p}.enterprise_id = (select ${leads.enterpriseId} from ${leads} where ${leads.id} = ${tripMeetings.leadId}) or ${p}.enterprise_id in (select ${enterprises.id} from ${enterprises} where ${enterprises.nameKey} = ${tripMeetings.enterpriseKey})`,
  );
}

/** SQL: the code name a `trip_target` row goes by for the caller (an enterprise of its folded name is hidden), or null. */
export function tripTargetHiddenAs(user: Viewer): SQL<string | null> {
  return hiddenCodeName(
    user,
    (p) =>
      sql`${p}.enterprise_id in (select ${enterprises.id} from ${enterprises} where ${enterprises.nameKey} = ${tripTargets.enterpriseKey})`,
  );
}

/**
 * The columns that name the enterprise behind the `enterprise` row in the query's FROM: its name
 * (null when hidden), its credit code (null when hidden) and whether it is hidden.
 */
export function enterpriseNameColumns(user: Viewer, enterpriseId: AnyColumn | SQL = enterprises.id) {
  if (seesEveryRealName(user)) {
    return {
      enterpriseName: sql<string | null>`${enterprises.name}`,
      creditCode: sql<string | null>`${enterprises.creditCode}`,
      enterpriseHidden: sql<boolean>`false`,
    };
  }
  const hiddenAs = enterpriseHiddenAs(user, enterpriseId);
  return {
    enterpriseName: sql<string | null>`(case when ${hiddenAs} is null then ${enterprises.name} end)`,
    creditCode: sql<string | null>`(case when ${hiddenAs} is null then ${enterprises.creditCode} end)`,
    enterpriseHidden: sql<boolean>`(${hiddenAs} is not null)`,
  };
}

/** SQL: the `enterprise` row's name as the caller may see it (a hidden one goes by the code name). */
export function shownEnterpriseName(user: Viewer, enterpriseId: AnyColumn | SQL = enterprises.id): SQL<string> {
  if (seesEveryRealName(user)) return sql<string>`${enterprises.name}`;
  return sql<string>`coalesce(${enterpriseHiddenAs(user, enterpriseId)}, ${enterprises.name})`;
}

/** SQL: the sort key of the enterprise's shown name, in pinyin order (see projectNameOrder). */
export function enterpriseNameOrder(user: Viewer): SQL<string> {
  const real = sql`${enterprises.nameInitials} || ' ' || ${enterprises.name}`;
  if (seesEveryRealName(user)) return sql<string>`((${real}) collate "C")`;
  return sql<string>`(coalesce(${enterpriseHiddenAs(user, enterprises.id)}, ${real}) collate "C")`;
}

/** SQL: the enterprise in `enterpriseId` may be named to the caller (for search conditions). */
export function enterpriseVisible(user: Viewer, enterpriseId: AnyColumn | SQL = enterprises.id): SQL | undefined {
  if (seesEveryRealName(user)) return undefined;
  return sql`(${enterpriseHiddenAs(user, enterpriseId)} is null)`;
}

/** A project's fields that identify it or its enterprise, removed from what a caller shown the code name reads. */
const IDENTIFYING_FIELDS = ["name", "nameInitials", "enterpriseId", "enterpriseName", "creditCode"] as const;

/**
 * Audit values (a project's before/after) as the caller may read them: identifying fields are
 * dropped for a caller who is shown the code name. Returns null when nothing is left to show.
 */
export function auditValuesShown(values: unknown, hidden: boolean): Record<string, unknown> | null {
  if (!values || typeof values !== "object") return null;
  const entries = Object.entries(values as Record<string, unknown>).filter(
    ([key]) => !hidden || !(IDENTIFYING_FIELDS as readonly string[]).includes(key),
  );
  return entries.length ? Object.fromEntries(entries) : null;
}

/**
 * SQL: the name a text leaving the app uses for the `project` row (a notification, a group robot's
 * message): its code name while it has one, whoever reads it.
 */
export const outboundProjectName = sql<string>`coalesce(${projects.codeName}, ${projects.name})`;

/** SQL: the name a text leaving the app uses for the `enterprise` row: a confidential project's code name while it has one. */
export const outboundEnterpriseName = sql<string>`coalesce((select ${projects.codeName} from ${projects} where ${projects.enterpriseId} = ${enterprises.id} and ${projects.codeName} is not null order by ${projects.createdAt} limit 1), ${enterprises.name})`;

/** Only the responsible unit and the bureau may change a project's `name` and `codeName`. */
export const mayRename = (user: Viewer, project: { responsibleUnitId: string | null }) =>
  seesEveryRealName(user) || (user.unitId !== null && user.unitId === project.responsibleUnitId);

/** A project's name, whether it is confidential, and its enterprise's name (null when hidden): the query joins `enterprise`. */
export function projectIdentityColumns(user: Viewer) {
  return {
    ...projectNameColumns(user),
    enterpriseName: enterpriseNameColumns(user, projects.enterpriseId).enterpriseName,
  };
}
