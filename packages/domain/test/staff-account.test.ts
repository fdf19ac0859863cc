import { describe, expect, it } from "vitest";

import {
  ADMIN_ROLES,
  ChangePlacementInput,
  CreateStaffAccountInput,
  ORG_KINDS,
  ROLE_UNIT_KIND,
  STAFF_ROLES,
  unitFitsRole,
} from "../src";

const UNIT = "7b0c6a57-8d1f-4a43-9a3e-2f8a4d1c9e11";

describe("staff accounts", () => {
  it("fits each staff role to exactly one kind of unit, and no enterprise role among them", () => {
    expect(STAFF_ROLES).not.toContain("enterprise");
    for (const role of STAFF_ROLES)
      expect(ORG_KINDS.filter((k) => unitFitsRole(role, k))).toEqual([ROLE_UNIT_KIND[role]]);
  });

  it("refuses an enterprise role, a missing unit and a bad mobile, field by field", () => {
    const base = { username: "zone.new", displayName: "新人", role: "zone_staff", unitId: UNIT };
    expect(CreateStaffAccountInput.safeParse(base).success).toBe(true);
    expect(CreateStaffAccountInput.safeParse({ ...base, mobile: "" }).success).toBe(true);
    const paths = (v: object) =>
      (CreateStaffAccountInput.safeParse(v).error?.issues ?? []).map((i) => `${String(i.path[0])}:${i.message}`);
    expect(paths({ ...base, role: "enterprise" })).toEqual(["role:account.roleRequired"]);
    // An administrator's role is the security administrator's to give, by moving an account, never at opening.
    for (const role of ADMIN_ROLES) expect(paths({ ...base, role }), role).toEqual(["role:account.roleRequired"]);
    for (const role of ADMIN_ROLES)
      expect(ChangePlacementInput.safeParse({ ...base, id: UNIT, version: 1, role }).success).toBe(true);
    expect(paths({ ...base, unitId: "" })).toEqual(["unitId:account.unitRequired"]);
    expect(paths({ ...base, mobile: "1234" })).toEqual(["mobile:account.mobileInvalid"]);
  });
});
