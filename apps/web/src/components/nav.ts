import { can, type Permission, type Role } from "@crm/domain";

export interface NavItem {
  href: string;
  /** Key under `nav` in the messages. */
  key:
    | "home"
    | "cockpit"
    | "targets"
    | "work"
    | "taskBoard"
    | "dispatch"
    | "meetings"
    | "bulletin"
    | "leads"
    | "events"
    | "trips"
    | "projects"
    | "chains"
    | "opportunities"
    | "prospects"
    | "shareLinks"
    | "approvals"
    | "requests"
    | "aftercare"
    | "import"
    | "users"
    | "approvalDictionary"
    | "rules"
    | "calendar"
    | "webhooks"
    | "audit"
    | "account";
  permission: Permission;
}

/** The staff navigation; each item shows only to roles holding its permission (the one table). */
const STAFF_NAV: NavItem[] = [
  { href: "/", key: "home", permission: "home.read" },
  { href: "/cockpit", key: "cockpit", permission: "dashboard.read" },
  { href: "/work", key: "work", permission: "home.read" },
  { href: "/work/board", key: "taskBoard", permission: "task.list" },
  { href: "/dispatch", key: "dispatch", permission: "project.write" },
  { href: "/meetings", key: "meetings", permission: "meeting.read" },
  { href: "/bulletin", key: "bulletin", permission: "bulletin.read" },
  { href: "/leads", key: "leads", permission: "lead.read" },
  { href: "/events", key: "events", permission: "event.read" },
  { href: "/trips", key: "trips", permission: "trip.read" },
  { href: "/projects", key: "projects", permission: "project.read" },
  { href: "/chains", key: "chains", permission: "chain.read" },
  { href: "/opportunities", key: "opportunities", permission: "opportunity.read" },
  { href: "/prospects", key: "prospects", permission: "prospect.read" },
  { href: "/share-links", key: "shareLinks", permission: "share.manage" },
  { href: "/approvals", key: "approvals", permission: "approval.read" },
  { href: "/requests", key: "requests", permission: "request.read" },
  { href: "/aftercare", key: "aftercare", permission: "project.read" },
  { href: "/import", key: "import", permission: "lead.write" },
  { href: "/admin/users", key: "users", permission: "account.list" },
  { href: "/admin/rules", key: "rules", permission: "policy.write" },
  { href: "/admin/targets", key: "targets", permission: "target.write" },
  { href: "/admin/approvals", key: "approvalDictionary", permission: "admin.dictionaries" },
  { href: "/admin/calendar", key: "calendar", permission: "admin.dictionaries" },
  { href: "/admin/webhooks", key: "webhooks", permission: "admin.units" },
  { href: "/admin/audit", key: "audit", permission: "audit.read" },
  { href: "/account", key: "account", permission: "session.self" },
];

export function staffNav(role: Role): NavItem[] {
  return STAFF_NAV.filter((item) => can(role, item.permission));
}

/** Where "/" takes a role with no staff home (the three administrators): its first page. */
export function firstStaffPage(role: Role): string {
  return staffNav(role).find((item) => item.href !== "/")?.href ?? "/account";
}
