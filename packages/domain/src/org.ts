/** Kinds of org unit (DOMAIN §1). */
export const ORG_KINDS = ["bureau", "zone", "department", "town", "leadership"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Roles (DOMAIN §1). Each user has exactly one. */
export const ROLES = [
  "sysadmin",
  "secadmin",
  "auditor",
  "bureau_lead",
  "bureau_staff",
  "zone_staff",
  "dept_staff",
  "town_staff",
  "leader",
  "enterprise",
] as const;
export type Role = (typeof ROLES)[number];

/** The org-unit kind a user of each role belongs to (the three administrators sit in the bureau). */
export const ROLE_UNIT_KIND: Record<Role, OrgKind | null> = {
  sysadmin: "bureau",
  secadmin: "bureau",
  auditor: "bureau",
  bureau_lead: "bureau",
  bureau_staff: "bureau",
  zone_staff: "zone",
  dept_staff: "department",
  town_staff: "town",
  leader: "leadership",
  enterprise: null,
};

/**
 * Staff (every role but an enterprise's account): which side of the app one belongs to, the staff
 * pages or the portal. Who may do what is the permission table; which rows, @crm/api's scope/.
 */
export function isStaff(role: Role): boolean {
  return role !== "enterprise";
}

/** Leaders go by their title (区长, 区委书记 …) rather than by their role's name: presentation only. */
export function goesByTitle(role: Role): boolean {
  return role === "leader";
}

/** The roles of staff accounts (an enterprise's portal account is opened on its page). */
export const STAFF_ROLES = ROLES.filter(isStaff) as Exclude<Role, "enterprise">[];
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * 三员分立 (GB/T 22239-2019 level 3): the system administrator (accounts, units, dictionaries, the
 * calendar, robots, targets), the security administrator (roles, credentials, the security policies,
 * unlocking) and the audit administrator (reads the audit log). One role each, so no account holds
 * two; none of them does the district's business. The permission table keeps their areas apart.
 */
export const ADMIN_ROLES = ["sysadmin", "secadmin", "auditor"] as const satisfies readonly StaffRole[];
export type AdminRole = (typeof ADMIN_ROLES)[number];

export function isAdministrator(role: Role): role is AdminRole {
  return (ADMIN_ROLES as readonly Role[]).includes(role);
}

/** The roles the system administrator may open an account with: the business's; an administrator's role is given only by the security administrator. */
export const BUSINESS_STAFF_ROLES = STAFF_ROLES.filter((r) => !isAdministrator(r));

/** Whether a unit of this kind is where a person of this role sits (a zone role in a zone, a department role in a department …). */
export function unitFitsRole(role: Role, kind: OrgKind): boolean {
  return ROLE_UNIT_KIND[role] === kind;
}

/** The role a new staff account form starts on: the commonest (a zone task force), never the most powerful. */
export const NEW_ACCOUNT_ROLE: StaffRole = "zone_staff";
