import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";

import { changeSentence, foldChanges, formatChangeValue, type ChangeRow } from "../src";

const at = (minute: number) => new Date(Date.UTC(2026, 11, 4, 2, 0) + minute * 60_000);
const row = (id: number, minute: number, actorId: string, before: object, after: object): ChangeRow => ({
  id,
  at: at(minute),
  actorId,
  who: actorId === "a" ? "张三" : "李四",
  before: before as Record<string, unknown>,
  after: after as Record<string, unknown>,
});

describe("the history of a record (变更记录)", () => {
  it("folds one person's autosaves within ten minutes into one entry, first before → last after", () => {
    const folded = foldChanges([
      row(3, 9, "a", { plannedAmount: "6000" }, { plannedAmount: "8000" }),
      row(1, 0, "a", { plannedAmount: "5000" }, { plannedAmount: "5500" }),
      row(2, 4, "a", { plannedAmount: "5500", jobs: 10 }, { plannedAmount: "6000", jobs: 20 }),
      row(4, 30, "a", { jobs: 20 }, { jobs: 25 }),
      row(5, 31, "b", { jobs: 25 }, { jobs: 30 }),
    ]);
    expect(folded.map((f) => f.ids)).toEqual([[1, 2, 3], [4], [5]]);
    expect(folded[0]!.fields).toEqual([
      { field: "plannedAmount", from: "5000", to: "8000" },
      { field: "jobs", from: 10, to: 20 },
    ]);
    expect(folded[0]!.firstAt).toEqual(at(0));
    expect(folded[0]!.lastAt).toEqual(at(9));
  });

  it("tells a change in plain Chinese, values the Chinese way", () => {
    const s = (field: string, label: string, from: unknown, to: unknown, names = {}) =>
      changeSentence({
        who: "张三",
        field: label,
        from: formatChangeValue(field, from, names),
        to: formatChangeValue(field, to, names),
      });
    expect(s("plannedAmount", "计划投资", "5000", "80000")).toBe("张三 把 计划投资 从 5,000万元 改为 8亿元");
    expect(s("signedOn", "签约日期", null, "2025-07-17")).toBe("张三 把 签约日期 从 （空） 改为 2025年7月17日");
    expect(s("tags", "标签", ["key"], ["key", "fortune500"])).toBe("张三 把 标签 从 重点项目 改为 重点项目、500强");
    expect(s("serviceContactId", "包联干部", "u1", "u2", { u1: "刘志强" })).toBe(
      "张三 把 包联干部 从 刘志强 改为 已删除",
    );
    expect(formatChangeValue("stage", "signed")).toBe("签约");
    expect(changeSentence({ who: "Zhang", field: "Jobs", from: "1", to: "2" }, "en")).toBe(
      "Zhang changed Jobs from 1 to 2",
    );
  });

  const rows = fc
    .array(
      fc.record({
        gap: fc.integer({ min: 0, max: 25 }),
        actorId: fc.constantFrom("a", "b"),
        before: fc.dictionary(fc.constantFrom("x", "y", "z"), fc.integer()),
        after: fc.dictionary(fc.constantFrom("x", "y", "z"), fc.integer()),
      }),
      { maxLength: 30 },
    )
    .map((list) => {
      let minute = 0;
      return list.map((r, i) => {
        minute += r.gap;
        return row(i + 1, minute, r.actorId, r.before, r.after);
      });
    });

  test.prop([rows, fc.integer({ min: 0, max: 15 })])(
    "never loses a field's first before or last after, and keeps the rows' order",
    (list, minutes) => {
      const folded = foldChanges([...list].reverse(), minutes);
      // Every row once, in time order.
      expect(folded.flatMap((f) => f.ids)).toEqual(list.map((r) => r.id));
      for (const entry of folded) {
        const members = list.filter((r) => entry.ids.includes(r.id));
        // One person per entry, each row within the window of the one before it.
        expect(new Set(members.map((r) => r.actorId)).size).toBe(1);
        members.slice(1).forEach((r, i) => {
          expect(r.at.getTime() - members[i]!.at.getTime()).toBeLessThanOrEqual(minutes * 60_000);
        });
        const touched = new Set(members.flatMap((r) => [...Object.keys(r.before!), ...Object.keys(r.after!)]));
        expect(entry.fields.map((f) => f.field).sort()).toEqual([...touched].sort());
        for (const f of entry.fields) {
          const mentions = members.filter((r) => f.field in r.before! || f.field in r.after!);
          expect(f.from).toEqual(mentions[0]!.before![f.field] ?? null);
          expect(f.to).toEqual(mentions.at(-1)!.after![f.field] ?? null);
        }
      }
      // Entries next to each other are apart: another person, or more than the window.
      folded.slice(1).forEach((entry, i) => {
        const prev = folded[i]!;
        const apart =
          entry.actorId !== prev.actorId || entry.firstAt.getTime() - prev.lastAt.getTime() > minutes * 60_000;
        expect(apart).toBe(true);
      });
    },
  );
});
