/** Kinds of org unit (DOMAIN §1). */
export const ORG_KINDS = ["bureau", "zone", "department", "town", "leadership"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Roles (DOMAIN §1). Each user has exactly one. */
export const ROLES = [
  "admin",
  "bureau_lead",
  "bureau_staff",
  "zone_staff",
  "dept_staff",
  "town_staff",
  "leader",
  "enterprise",
] as const;
export type Role = (typeof ROLES)[number];

/** The org-unit kind a user of each role belongs to (admin sits in the bureau). */
export const ROLE_UNIT_KIND: Record<Role, OrgKind | null> = {
  admin: "bureau",
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

/** The roles of staff accounts, the ones the admin opens here (an enterprise's portal account is opened on its page). */
export const STAFF_ROLES = ROLES.filter(isStaff) as Exclude<Role, "enterprise">[];
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Whether a unit of this kind is where a person of this role sits (a zone role in a zone, a department role in a department …). */
export function unitFitsRole(role: Role, kind: OrgKind): boolean {
  return ROLE_UNIT_KIND[role] === kind;
}

/** The role a new staff account form starts on: the commonest (a zone task force), never the most powerful. */
export const NEW_ACCOUNT_ROLE: StaffRole = "zone_staff";
