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

/** Roles whose row scope is the whole district. */
export const DISTRICT_WIDE_ROLES: readonly Role[] = ["admin", "bureau_lead", "bureau_staff", "leader"];

export function isStaff(role: Role): boolean {
  return role !== "enterprise";
}
