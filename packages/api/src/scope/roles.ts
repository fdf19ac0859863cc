import type { SessionUser } from "@crm/auth";
import type { Role } from "@crm/domain";

/**
 * The role sets behind the row and action rules, and the rules that depend only on who the caller
 * is. "May this role do X at all" is the permission table (@crm/domain permissions.ts); every other
 * rule that names roles lives here or beside the row scopes in this folder. Lint fails on a role
 * name spelled out in a service, a router, a job or a page (tooling/eslint/base.js).
 */
type Caller = Pick<SessionUser, "role">;

/** The role of an enterprise's portal account: what creating one for an enterprise gives it. */
export const ENTERPRISE_ACCOUNT_ROLE = "enterprise" satisfies Role;

/**
 * Roles whose row scope is the whole district: the bureau and the leaders. The three administrators
 * (ADMIN_ROLES) see no business rows at all: their permissions never reach a scoped query.
 */
export const DISTRICT_WIDE_ROLES: readonly Role[] = ["bureau_lead", "bureau_staff", "leader"];

/** The commerce bureau: its lead and its staff. */
export const BUREAU_ROLES: readonly Role[] = ["bureau_lead", "bureau_staff"];

/** Whose word closes any task's loop, besides its assigner's: the bureau's lead. */
export const TASK_REVIEWER_ROLES: readonly Role[] = ["bureau_lead"];

/** A zone task force's staff: service contacts (包联干部), bound to their own zone. */
export const ZONE_ROLES: readonly Role[] = ["zone_staff"];

/** A department's staff: they decide the approval items their department holds. */
export const DEPARTMENT_ROLES: readonly Role[] = ["dept_staff"];

/** The district's leaders: responsible leaders (包保领导) of projects, chairs of meetings. */
export const LEADER_ROLES: readonly Role[] = ["leader"];

/** The people of a unit who work its tasks and requests and hear of them (not the administrators, leaders or enterprises). */
export const UNIT_MEMBER_ROLES: readonly Role[] = [
  "zone_staff",
  "dept_staff",
  "town_staff",
  "bureau_staff",
  "bureau_lead",
];

/** The bureau's people, who route requests and hear of blockers. */
export const BUREAU_MEMBER_ROLES: readonly Role[] = ["bureau_lead", "bureau_staff"];

/** Who hears that a request ran past its time limit: the bureau's lead. */
export const ESCALATION_ROLES: readonly Role[] = ["bureau_lead"];

/** Who watches the whole district's work (its overdue tasks, leads and requests in their to-do): the bureau and leaders. */
export const OVERSIGHT_ROLES: readonly Role[] = ["bureau_lead", "bureau_staff", "leader"];

/** A town's staff: they report leads and follow what became of them, and see no projects. */
export const TOWN_ROLES: readonly Role[] = ["town_staff"];
export const reportsLeadsOnly = (user: Caller) => TOWN_ROLES.includes(user.role);

/** Watches every unit's overdue work from their to-do list. */
export const watchesDistrict = (user: Caller) => OVERSIGHT_ROLES.includes(user.role);

/** Sees every row of the district (projects, leads, tasks, approvals, requests, enterprises). */
export const isDistrictWide = (user: Caller) => DISTRICT_WIDE_ROLES.includes(user.role);

/** The bureau: handles any lead, posts any unit's monthly update. */
export const isBureau = (user: Caller) => BUREAU_ROLES.includes(user.role);

/** A zone task force: its dashboards, its new projects and its imports stay within its own zone. */
export const isZoneBound = (user: Caller) => ZONE_ROLES.includes(user.role);

/** A department's staff: the approval items its department holds are theirs to decide (and their home page's queue). */
export const decidesApprovals = (user: Caller) => DEPARTMENT_ROLES.includes(user.role);

/** May be named a project's service contact (包联干部). */
export const mayBeServiceContact = (person: Caller) => ZONE_ROLES.includes(person.role);

/** May be named a project's responsible leader (包保领导), or chair a meeting. */
export const isLeader = (person: Caller) => LEADER_ROLES.includes(person.role);
