import type { Role } from "./org";

/**
 * Every permission the app knows. The server checks them as procedure middleware
 * (`permitted("project.read")`) and the UI reads the same table to show or hide an action.
 * Row scope (zone, unit, enterprise) is a separate concern: see the scoped queries in @crm/api.
 */
export const PERMISSIONS = [
  "session.self", // read one's own account, change one's password
  "home.read", // the staff home page
  "project.read",
  "project.write",
  "project.stage",
  "project.realName", // see and change every project's real name, a confidential one's too (项目代号, DOMAIN §2)
  "lead.read",
  "lead.write",
  "lead.assign",
  "enterprise.read",
  "enterprise.write",
  "chain.read",
  "chain.write", // edit a chain's map: nodes, links, strength overrides
  "opportunity.read", // the opportunity list (机会清单): carriers, their spaces, matching
  "opportunity.write", // keep carriers (row rule: the bureau any, a zone its zone's, a department the parcels it owns)
  "prospect.read", // the target enterprises (目标企业库) and their scores
  "prospect.write", // keep target enterprises (the bureau any, a zone the ones it owns)
  "trip.read", // 外出招商: the trips (row rule: the bureau and leaders all; a zone or department the ones it takes part in)
  "trip.write", // plan trips and keep their lists (the bureau)
  "trip.record", // record meetings on a trip and turn them into leads (row rule: members of that trip's delegation)
  "share.manage", // make and revoke investor links (推介版)
  "task.assign",
  "task.reply",
  "task.review", // accept, send back or rate a reported task one assigned
  "task.list", // the board of open tasks by unit, within one's task scope (the district-wide roles: all)
  "meeting.read", // the meetings: their list, agendas, minutes and how their decisions go
  "meeting.write",
  "event.read", // 活动招商: the events one may see (the bureau and leaders: all; a zone or department: those it takes part in)
  "event.write", // plan events, keep their invitee and attendee lists, check in, raise leads, record signings
  "dispatch.overview", // the month's dispatch across all units: who has posted an update and who has not
  "bulletin.read", // the monthly bulletin: the month's figures and ranking, the archive, its .xlsx and PDF
  "bulletin.issue",
  "policy.write", // the response policy and the bulletin's scoring rule
  "dashboard.read",
  "target.write", // the yearly targets per unit the cockpit measures against
  "instruction.write",
  "approval.read", // the approval list (a department: its own items; others: their projects')
  "approval.write",
  "request.read", // the request list and a request's thread, within one's request scope
  "request.handle", // reply to and resolve requests routed to one's unit (the bureau: any)
  "request.route", // send a request to a department with a time limit
  "portal.read",
  "request.write", // raise a request (an enterprise, or staff on its behalf)
  "request.rate", // the enterprise rates a resolved request
  "portal.profile",
  // The three administrators' areas (三员分立): see ADMIN_AREAS below.
  "account.list", // the list of accounts and the units they may sit in (the system and the security administrator)
  "admin.users", // open staff accounts with a business role, disable and enable business accounts
  "admin.units", // the units' group robots (webhooks)
  "admin.dictionaries", // the approval dictionary and templates, the calendar of working days
  "account.role", // give an account its role and unit, an administrator's role included (never one's own)
  "account.resetCredentials", // a new one-time password, a lost second factor reset
  "security.policy", // the password, session and second-factor policies
  "admin.unlock", // lift a sign-in lock
  "audit.read", // the audit log (审计日志): its viewer and its export
  "audit.realName", // read the audit log raw, a confidential project's real name in it too (the audit administrator; nowhere else)
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const staffBase = ["session.self", "home.read", "chain.read"] as const satisfies readonly Permission[];

/**
 * 三员分立: what each administrator's area holds. No role may hold permissions of two areas, and the
 * business roles hold none (test/permissions.test.ts); `account.list` is the one both the system and
 * the security administrator need (to see whom they act on), and changes nothing.
 */
export const ADMIN_AREAS = {
  system: ["admin.users", "admin.units", "admin.dictionaries", "target.write"],
  security: ["account.role", "account.resetCredentials", "security.policy", "admin.unlock"],
  audit: ["audit.read", "audit.realName"],
} as const satisfies Record<string, readonly Permission[]>;

export const permissions = {
  sysadmin: ["session.self", "account.list", ...ADMIN_AREAS.system],
  secadmin: ["session.self", "account.list", ...ADMIN_AREAS.security],
  auditor: ["session.self", ...ADMIN_AREAS.audit],
  bureau_lead: [
    ...staffBase,
    "project.read",
    "project.write",
    "project.stage",
    "project.realName",
    "lead.read",
    "lead.write",
    "lead.assign",
    "enterprise.read",
    "enterprise.write",
    "chain.write",
    "opportunity.read",
    "opportunity.write",
    "prospect.read",
    "prospect.write",
    "share.manage",
    "task.assign",
    "task.reply",
    "task.review",
    "task.list",
    "meeting.read",
    "meeting.write",
    "event.read",
    "event.write",
    "dispatch.overview",
    "bulletin.read",
    "bulletin.issue",
    "policy.write",
    "dashboard.read",
    "instruction.write",
    "approval.read",
    "approval.write",
    "request.read",
    "request.handle",
    "request.route",
    "request.write",
    "trip.read",
    "trip.write",
    "trip.record",
  ],
  bureau_staff: [
    ...staffBase,
    "project.read",
    "project.write",
    "project.stage",
    "project.realName",
    "lead.read",
    "lead.write",
    "lead.assign",
    "enterprise.read",
    "enterprise.write",
    "chain.write",
    "opportunity.read",
    "opportunity.write",
    "prospect.read",
    "prospect.write",
    "share.manage",
    "task.reply",
    "task.list",
    "meeting.read",
    "meeting.write",
    "event.read",
    "event.write",
    "dispatch.overview",
    "bulletin.read",
    "dashboard.read",
    "approval.read",
    "approval.write",
    "request.read",
    "request.handle",
    "request.route",
    "request.write",
    "trip.read",
    "trip.write",
    "trip.record",
  ],
  zone_staff: [
    ...staffBase,
    "project.read",
    "project.write",
    "project.stage",
    "lead.read",
    "lead.write",
    "enterprise.read",
    "opportunity.read",
    "opportunity.write",
    "prospect.read",
    "prospect.write",
    "task.reply",
    "task.list",
    "dashboard.read",
    "event.read",
    "approval.read",
    "request.read",
    "request.write",
    "trip.read",
    "trip.record",
  ],
  dept_staff: [
    ...staffBase,
    "project.read",
    "lead.read",
    "lead.write",
    "enterprise.read",
    "opportunity.read",
    "opportunity.write",
    "task.reply",
    "approval.read",
    "approval.write",
    "request.read",
    "request.handle",
    "event.read",
    "trip.read",
    "trip.record",
  ],
  town_staff: [...staffBase, "lead.read", "lead.write"],
  leader: [
    ...staffBase,
    "project.read",
    "lead.read",
    "enterprise.read",
    "opportunity.read",
    "prospect.read",
    "dashboard.read",
    "approval.read",
    "request.read",
    "instruction.write",
    "task.review",
    "task.list",
    "meeting.read",
    "event.read",
    "dispatch.overview",
    "bulletin.read",
    "trip.read",
    "trip.record",
  ],
  enterprise: ["session.self", "portal.read", "request.write", "request.rate", "portal.profile"],
} as const satisfies Record<Role, readonly Permission[]>;

const lookup = new Map<Role, ReadonlySet<Permission>>(
  Object.entries(permissions).map(([role, list]) => [role as Role, new Set<Permission>(list)]),
);

export function can(role: Role, permission: Permission): boolean {
  return lookup.get(role)?.has(permission) ?? false;
}

export function permissionsOf(role: Role): readonly Permission[] {
  return permissions[role];
}
