import { describe, expect, it } from "vitest";

import {
  ADMIN_AREAS,
  ADMIN_ROLES,
  PERMISSIONS,
  ROLES,
  can,
  goesByTitle,
  isStaff,
  permissions,
  permissionsOf,
  type Permission,
  type Role,
} from "../src";

const WRITE_PERMISSIONS = PERMISSIONS.filter((p) =>
  /\.(write|assign|stage|issue|handle|reply|users|units|dictionaries)$/.test(p),
);

describe("the permission table", () => {
  it("names every role, with no permission listed twice and none unknown", () => {
    expect(Object.keys(permissions).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) {
      const list = permissionsOf(role);
      expect(new Set(list).size, role).toBe(list.length);
      for (const p of list) expect(PERMISSIONS, `${role}: ${p}`).toContain(p);
    }
  });

  it("gives every role its own account", () => {
    for (const role of ROLES) expect(can(role, "session.self"), role).toBe(true);
  });

  it("三员分立: no role holds permissions of two administrators' areas, and no business role holds any", () => {
    const areas = Object.entries(ADMIN_AREAS) as [string, readonly Permission[]][];
    const areasOf = (role: Role) => areas.filter(([, ps]) => ps.some((p) => can(role, p))).map(([area]) => area);
    for (const role of ROLES)
      expect(areasOf(role).length, `${role}: ${areasOf(role).join(", ")}`).toBeLessThanOrEqual(1);
    expect(ROLES.filter((r) => areasOf(r).length > 0)).toEqual([...ADMIN_ROLES]);
    expect(ADMIN_ROLES.map((r) => areasOf(r)[0])).toEqual(["system", "security", "audit"]);
    // Each area is whole in its administrator's hands, and the areas do not overlap.
    ADMIN_ROLES.forEach((role, i) => {
      for (const p of areas[i]![1]) expect(can(role, p), `${role} ${p}`).toBe(true);
    });
    const all = areas.flatMap(([, ps]) => ps);
    expect(new Set(all).size).toBe(all.length);
  });

  it("the administrators do none of the district's business, and only the audit administrator reads the log", () => {
    const business = PERMISSIONS.filter(
      (p) =>
        !["session.self", "account.list"].includes(p) &&
        !Object.values(ADMIN_AREAS)
          .flat()
          .includes(p as never),
    );
    for (const role of ADMIN_ROLES) for (const p of business) expect(can(role, p), `${role} ${p}`).toBe(false);
    expect(ROLES.filter((r) => can(r, "audit.read"))).toEqual(["auditor"]);
    expect(ROLES.filter((r) => can(r, "account.role"))).toEqual(["secadmin"]);
    expect(ROLES.filter((r) => can(r, "security.policy"))).toEqual(["secadmin"]);
    expect(ROLES.filter((r) => can(r, "admin.users"))).toEqual(["sysadmin"]);
    expect(ROLES.filter((r) => can(r, "account.list"))).toEqual(["sysadmin", "secadmin"]);
  });

  it("keeps enterprise users inside the portal", () => {
    const staffOnly = PERMISSIONS.filter(
      (p) => !["session.self", "portal.read", "request.write", "request.rate", "portal.profile"].includes(p),
    );
    for (const p of staffOnly) expect(can("enterprise", p), p).toBe(false);
    for (const role of ROLES.filter((r) => r !== "enterprise")) {
      expect(can(role, "portal.read"), role).toBe(false);
      expect(can(role, "request.rate"), role).toBe(false);
    }
  });

  it("lets leaders read everything and change nothing but instructions", () => {
    const leaderWrites = WRITE_PERMISSIONS.filter((p) => can("leader", p));
    expect(leaderWrites).toEqual(["instruction.write"]);
    expect(can("leader", "project.read")).toBe(true);
    expect(can("leader", "dashboard.read")).toBe(true);
  });

  it("lets the bureau and the leaders read meetings, the month's dispatch overview and the bulletin", () => {
    const holders = (p: Permission) => ROLES.filter((r) => can(r, p));
    const bureauAndLeaders = ["bureau_lead", "bureau_staff", "leader"];
    expect(holders("meeting.read")).toEqual(bureauAndLeaders);
    expect(holders("dispatch.overview")).toEqual(bureauAndLeaders);
    expect(holders("bulletin.read")).toEqual(bureauAndLeaders);
    expect(holders("meeting.write")).toEqual(["bureau_lead", "bureau_staff"]);
    expect(holders("bulletin.issue")).toEqual(["bureau_lead"]);
  });

  it("matches DOMAIN §1 row by row", () => {
    const expectations: [Role, Permission, boolean][] = [
      ["bureau_lead", "task.assign", true],
      ["bureau_lead", "bulletin.issue", true],
      ["bureau_staff", "lead.assign", true],
      ["bureau_staff", "bulletin.issue", false],
      ["bureau_staff", "admin.users", false],
      ["zone_staff", "project.stage", true],
      ["zone_staff", "lead.assign", false],
      ["dept_staff", "approval.write", true],
      ["dept_staff", "project.write", false],
      ["town_staff", "lead.write", true],
      ["town_staff", "project.read", false],
      ["enterprise", "request.write", true],
      ["zone_staff", "request.write", true],
      ["bureau_staff", "request.route", true],
      ["dept_staff", "request.route", false],
      ["dept_staff", "request.handle", true],
    ];
    for (const [role, p, expected] of expectations) expect(can(role, p), `${role} ${p}`).toBe(expected);
  });
});

describe("presentation helpers by role (not rules: those are the table above and @crm/api scope/)", () => {
  it("isStaff: every role but an enterprise's account goes to the staff pages", () => {
    expect(ROLES.filter((r) => !isStaff(r))).toEqual(["enterprise"]);
  });

  it("goesByTitle: leaders are shown by their title, others by their role's name", () => {
    expect(ROLES.filter(goesByTitle)).toEqual(["leader"]);
  });

  it("the staff home page's project figures need project.read, which every business staff role but a town's holds", () => {
    expect(ROLES.filter((r) => isStaff(r) && can(r, "home.read") && !can(r, "project.read"))).toEqual(["town_staff"]);
    expect(ROLES.filter((r) => isStaff(r) && !can(r, "home.read"))).toEqual([...ADMIN_ROLES]);
  });
});
