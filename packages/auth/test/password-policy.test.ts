import { describe, expect, it } from "vitest";

import { hashPassword, passwordProblems, reusedPassword } from "../src";

const account = { username: "zone.park", mobile: "13807340011" };

describe("a new password's problems beyond its shape", () => {
  it("accepts a long password of three kinds that is nobody's word", () => {
    expect(passwordProblems("Hengshan-Lake42", account)).toEqual([]);
  });

  it("refuses common passwords, also as a common word with digits or signs around it", () => {
    for (const p of ["Password123", "qwerty123456!", "Iloveyou2026", "Woaini1314!!", "1qaz2wsx3EDC"])
      expect(passwordProblems(p, account), p).toContain("common");
  });

  it("refuses the account name and the mobile number inside it, whatever the case", () => {
    expect(passwordProblems("My-ZONE.PARK-9x", account)).toContain("containsAccount");
    expect(passwordProblems("Tel13807340011x", account)).toContain("containsMobile");
    expect(passwordProblems("Tel13807340011x", { ...account, mobile: null })).not.toContain("containsMobile");
  });

  it("holds the length the policy sets and three of four kinds", () => {
    expect(passwordProblems("Hengshan-Lake42", account, 16)).toContain("tooShort");
    expect(passwordProblems("hengshanlake", account)).toContain("needsThreeKinds");
  });

  it("finds a password among the hashes kept", async () => {
    const kept = [await hashPassword("First-Pass-2026"), await hashPassword("Second-Pass-2026")];
    expect(await reusedPassword("Second-Pass-2026", kept)).toBe(true);
    expect(await reusedPassword("Third-Pass-2026", kept)).toBe(false);
  });
});
