import { describe, expect, it } from "vitest";

import { APPROVAL_STATUSES, canMoveApproval, isApprovalOverdue, nextVisitDue } from "../src";

describe("approval items", () => {
  it("move forward, never back, and start again only after a rejection", () => {
    expect(canMoveApproval("not_started", "submitted")).toBe(true);
    expect(canMoveApproval("in_review", "approved")).toBe(true);
    expect(canMoveApproval("in_review", "rejected")).toBe(true);
    expect(canMoveApproval("in_review", "preparing")).toBe(false);
    expect(canMoveApproval("rejected", "submitted")).toBe(true);
    expect(canMoveApproval("rejected", "approved")).toBe(false);
    for (const to of APPROVAL_STATUSES) expect(canMoveApproval("approved", to), to).toBe(false);
  });

  it("are overdue only while the department holds them past the due date", () => {
    expect(isApprovalOverdue({ status: "in_review", dueOn: "2026-11-24" }, "2026-11-25")).toBe(true);
    expect(isApprovalOverdue({ status: "in_review", dueOn: "2026-11-25" }, "2026-11-25")).toBe(false);
    expect(isApprovalOverdue({ status: "preparing", dueOn: "2026-11-01" }, "2026-11-25")).toBe(false);
    expect(isApprovalOverdue({ status: "approved", dueOn: "2026-11-01" }, "2026-11-25")).toBe(false);
    expect(isApprovalOverdue({ status: "submitted", dueOn: null }, "2026-11-25")).toBe(false);
  });
});

describe("after-care visits", () => {
  it("fall due the interval after the latest visit, or after production started", () => {
    expect(nextVisitDue("2026-08-15", "2024-10-15", 3)).toBe("2026-11-15");
    expect(nextVisitDue(null, "2024-10-15", 3)).toBe("2025-01-15");
    expect(nextVisitDue("2026-11-30", null, 3)).toBe("2027-02-28");
    expect(nextVisitDue(null, null, 3)).toBeNull();
  });
});
