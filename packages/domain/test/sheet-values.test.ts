import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";

import {
  headerBase,
  headerUnit,
  LEAD_COLUMNS,
  matchColumns,
  missingColumns,
  noteUnit,
  parseSheetAmount,
  parseSheetDate,
  PROJECT_COLUMNS,
  toCents,
  toHalfWidth,
} from "../src";

describe("amounts as departments write them", () => {
  it("reads thousands separators, full-width digits and a unit in the cell, in 万元", () => {
    expect(parseSheetAmount("1,550.00")).toBe("1550.00");
    expect(parseSheetAmount("12,345,678.5")).toBe("12345678.50");
    expect(parseSheetAmount("１２３")).toBe("123.00");
    expect(parseSheetAmount("１，５５０．５")).toBe("1550.50");
    expect(parseSheetAmount(" 800 ")).toBe("800.00");
    expect(parseSheetAmount("1,550万元")).toBe("1550.00");
    expect(parseSheetAmount("￥3,000")).toBe("3000.00");
  });

  it("converts 亿元 to 万元 exactly, from the column's unit or the cell's", () => {
    expect(parseSheetAmount("1.55", "yi")).toBe("15500.00");
    expect(parseSheetAmount("4.32", "yi")).toBe("43200.00");
    expect(parseSheetAmount("0.000001", "yi")).toBe("0.01");
    expect(parseSheetAmount("1,234.567891", "yi")).toBe("12345678.91");
    expect(parseSheetAmount("3亿")).toBe("30000.00");
    expect(parseSheetAmount("2,000万元", "yi")).toBe("2000.00");
    // 0.1 + 0.2 as floats would drift; here they are digits.
    expect(parseSheetAmount("0.3", "yi")).toBe("3000.00");
  });

  it("refuses what is not an amount or would need rounding", () => {
    for (const bad of ["一百万", "15,50", "1,5500", "-3", "1.2.3", "", "1.555", "1.0000001亿", "1e5"])
      expect(parseSheetAmount(bad), bad).toBeNull();
  });

  test.prop([fc.bigInt({ min: 0n, max: 10n ** 12n })])(
    "a grouped 亿元 amount is the same hundredths as its digits",
    (h) => {
      const int = (h / 1_000_000n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
      const frac = (h % 1_000_000n).toString().padStart(6, "0");
      expect(toCents(parseSheetAmount(`${int}.${frac}`, "yi")!)).toBe(h);
    },
  );
});

describe("dates as departments write them", () => {
  it("reads 2025年7月17日, 2025.7.17, 2025/7/17, ISO and full-width digits", () => {
    for (const text of [
      "2025年7月17日",
      "2025.7.17",
      "2025/7/17",
      "2025-07-17",
      "2025-7-17",
      "２０２５年７月１７日",
      "20250717",
    ])
      expect(parseSheetDate(text), text).toBe("2025-07-17");
    expect(parseSheetDate("2024年2月29日")).toBe("2024-02-29");
  });

  it("refuses dates that do not exist and other text", () => {
    for (const bad of ["2025年2月30日", "2025/13/1", "2025.7", "7月17日", "2025-07/17", "明天", "45855"])
      expect(parseSheetDate(bad), bad).toBeNull();
  });
});

describe("finding the columns of a department sheet", () => {
  it("matches headers with units, brackets, marks and other names", () => {
    expect(toHalfWidth("（亿元）")).toBe("(亿元)");
    expect(headerBase("计划投资（亿元）*")).toBe("计划投资");
    expect(headerUnit("计划总投资(亿元)")).toBe("yi");
    expect(headerUnit("签约金额（万元）")).toBe("wan");
    expect(headerUnit("签约日期")).toBeNull();
    expect(noteUnit("填报单位：园区专班    单位：亿元")).toBe("yi");
    const cells = ["序号", "项目名称", "投资主体", "所属专班", "计划总投资（亿元）", "签约时间", "备注"];
    const map = matchColumns(cells, PROJECT_COLUMNS);
    expect(map).toMatchObject({ name: 1, enterpriseName: 2, zone: 3, plannedAmount: 4, signedOn: 5, stage: null });
    expect(missingColumns(map, PROJECT_COLUMNS)).toEqual([]);
    expect(missingColumns(matchColumns(["企业", "备注"], LEAD_COLUMNS), LEAD_COLUMNS)).toEqual([
      "source",
      "reportingUnit",
      "reportedOn",
    ]);
  });
});
