import { describe, expect, it } from "vitest";

import {
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

  it("gives every role its own account and the admin everything but acting as an enterprise", () => {
    const enterpriseOnly = ["portal.read", "portal.profile", "request.rate"];
    for (const role of ROLES) expect(can(role, "session.self"), role).toBe(true);
    for (const p of PERMISSIONS) expect(can("admin", p), p).toBe(!enterpriseOnly.includes(p));
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
    const bureauAndLeaders = ["admin", "bureau_lead", "bureau_staff", "leader"];
    expect(holders("meeting.read")).toEqual(bureauAndLeaders);
    expect(holders("dispatch.overview")).toEqual(bureauAndLeaders);
    expect(holders("bulletin.read")).toEqual(bureauAndLeaders);
    expect(holders("meeting.write")).toEqual(["admin", "bureau_lead", "bureau_staff"]);
    expect(holders("bulletin.issue")).toEqual(["admin", "bureau_lead"]);
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

  it("the staff home page's project figures need project.read, which every staff role but a town's holds", () => {
    expect(ROLES.filter((r) => isStaff(r) && !can(r, "project.read"))).toEqual(["town_staff"]);
  });
});
