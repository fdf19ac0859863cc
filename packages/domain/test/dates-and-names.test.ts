import { describe, expect, it } from "vitest";

import { formatDate, formatDateTime, projectDisplayName, stagesBetween, todayInShanghai } from "../src";

describe("dates in Asia/Shanghai", () => {
  it("formats calendar dates the Chinese way", () => {
    expect(formatDate("2024-07-17")).toBe("2024年7月17日");
    expect(formatDate("2024-07-17", "en")).toBe("2024-07-17");
  });

  it("puts an instant on Shanghai's calendar, whatever the server's zone", () => {
    // 2024-11-21 16:30 UTC is already the 22nd in Shanghai.
    expect(formatDateTime(new Date("2024-11-21T16:30:00Z"))).toBe("2024年11月22日 00:30");
    expect(todayInShanghai(new Date("2024-12-31T16:00:00Z"))).toBe("2025-01-01");
  });
});

describe("stages", () => {
  it("lists the stages a forward move passes", () => {
    expect(stagesBetween("negotiating", "registered")).toEqual(["signed", "registered"]);
    expect(stagesBetween(null, "reserve")).toEqual(["planned", "reserve"]);
  });
});

describe("code names (项目代号)", () => {
  const project = { name: "湖南金鼎钻采专用管制造有限公司项目", codeName: "J-07", responsibleUnitId: "park" };
  it("shows the real name to the bureau and the responsible unit only", () => {
    expect(projectDisplayName(project, { role: "bureau_staff", unitId: "bureau" })).toBe(project.name);
    expect(projectDisplayName(project, { role: "zone_staff", unitId: "park" })).toBe(project.name);
    expect(projectDisplayName(project, { role: "zone_staff", unitId: "street" })).toBe("J-07");
    expect(projectDisplayName(project, { role: "leader", unitId: "leaders" })).toBe("J-07");
  });
  it("shows the real name when there is no code name", () => {
    expect(projectDisplayName({ ...project, codeName: null }, { role: "zone_staff", unitId: "street" })).toBe(
      project.name,
    );
  });
});
