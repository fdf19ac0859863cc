import { readFileSync } from "node:fs";

import { eq, inArray, schema } from "@crm/db";
import { describe, expect, it } from "vitest";

import { as, expectTrpcError, useDatabase } from "./helpers";

/** Sheets as departments send them, written by LibreOffice (see fixtures/import/make-fixtures.py). */
const fixture = (name: string) => ({
  filename: name,
  bytes: new Uint8Array(readFileSync(new URL(`./fixtures/import/${name}`, import.meta.url))),
});
const codes = (rows: { problems: { code: string }[] }[]) => rows.map((r) => r.problems.map((p) => p.code));

describe("importing the sheets departments already have", () => {
  const { db } = useDatabase();

  it("finds the header under a merged title and a note, reads 亿元, thousands separators, full-width digits and Chinese dates, skips the total and the footnote", async () => {
    const staff = await as(db(), "bureau.staff");
    const preview = await staff.transfer.previewProjects(fixture("department-projects.xlsx"));
    expect(preview.header).toMatchObject({ line: 3, source: "auto", missing: [] });
    expect(preview.header.cells.slice(0, 3)).toEqual(["序号", "项目名称", "企业名称"]);
    expect(codes(preview.rows)).toEqual([[], [], [], [], []]);
    expect(preview.rows.map((r) => r.line)).toEqual([4, 5, 6, 7, 8]);
    expect(preview.rows.map(({ row }) => [row.name, row.plannedAmount, row.signedAmount, row.signedOn])).toEqual([
      ["部门甲钢管深加工项目", "15500.00", "1550.00", "2025-07-17"], // numbers and a date cell
      ["部门乙物流仓储项目", "25000.00", "1234.50", "2025-07-17"], // text: "2.5", "1,234.50", "2025年7月17日"
      ["部门丙商贸项目", "1230000.00", "", ""], // "１２３" in a 亿元 column
      ["部门丁物流项目", "8000.00", "2000.00", "2025-07-17"], // "2,000", "2025.7.17"
      ["部门戊配套项目", "", "500.00", "2025-07-17"], // "2025/7/17"
    ]);

    // What the preview shows is what is written, and written again checked on the server.
    expect(await staff.transfer.importProjects({ rows: preview.rows.map((r) => r.row) })).toEqual({ imported: 5 });
    const stored = await db()
      .select({
        name: schema.projects.name,
        planned: schema.projects.plannedAmount,
        signedOn: schema.projects.signedOn,
      })
      .from(schema.projects)
      .where(inArray(schema.projects.name, ["部门甲钢管深加工项目", "部门丙商贸项目"]))
      .orderBy(schema.projects.name);
    expect(stored).toEqual([
      { name: "部门丙商贸项目", planned: "1230000.00", signedOn: null },
      { name: "部门甲钢管深加工项目", planned: "15500.00", signedOn: "2025-07-17" },
    ]);
  });

  it("names the rows with a date that does not exist, a misplaced separator or too fine a 亿元 figure, by their line", async () => {
    const staff = await as(db(), "bureau.staff");
    const preview = await staff.transfer.previewProjects(fixture("department-projects-bad.xlsx"));
    expect(preview.header.line).toBe(2);
    expect(preview.rows.map((r) => [r.line, r.problems.map((p) => `${p.field}:${p.code}:${p.value ?? ""}`)])).toEqual([
      [3, ["signedAmount:badAmount:15,50", "signedOn:badDate:2025年2月30日"]],
      [4, ["signedOn:badDate:2025年7月17号"]],
      [5, ["plannedAmount:badAmount:0.0000001亿元"]],
    ]);
    // Sent back as they are, the rows are refused by the server too.
    await expectTrpcError(staff.transfer.importProjects({ rows: preview.rows.map((r) => r.row) }), "BAD_REQUEST");
  });

  it("reads a lead list whose note says 单位：亿元 and whose headers use other names", async () => {
    const staff = await as(db(), "bureau.staff");
    const preview = await staff.transfer.previewLeads(fixture("department-leads.xlsx"));
    expect(preview.header).toMatchObject({ line: 3, missing: [] });
    expect(preview.rows.map((r) => [r.row.intendedAmount, r.row.reportedOn])).toEqual([
      ["5000.00", "2025-07-17"],
      ["1,2亿元", "2025-07-18"], // shown with the unit it was read in
    ]);
    expect(codes(preview.rows)).toEqual([[], ["badAmount"]]);
  });

  it("asks which column is which when headers do not match, checks the answer, and remembers it for the next file of that shape", async () => {
    const staff = await as(db(), "bureau.staff");
    const first = await staff.transfer.previewLeads(fixture("odd-headers.xlsx"));
    expect(first.header).toMatchObject({ line: 1, source: "auto" });
    expect(first.header.missing).toEqual(["enterpriseName", "source", "reportingUnit", "reportedOn"]);

    const refused: Record<string, number>[] = [
      { enterpriseName: 9 },
      { enterpriseName: 0, source: 0 },
      { nosuchColumn: 1 },
    ];
    for (const bad of refused)
      await expectTrpcError(
        staff.transfer.previewLeads({ ...fixture("odd-headers.xlsx"), mapping: bad }),
        "BAD_REQUEST",
      );

    const mapping = { enterpriseName: 0, source: 1, reportingUnit: 2, intendedAmount: 3, reportedOn: 4, notes: 5 };
    const mapped = await staff.transfer.previewLeads({ ...fixture("odd-headers.xlsx"), mapping });
    expect(mapped.header).toMatchObject({ source: "chosen", missing: [] });
    expect(codes(mapped.rows)).toEqual([[], []]);
    expect(mapped.rows[0]!.row).toMatchObject({ enterpriseName: "异名甲科技有限公司", intendedAmount: "3000.00" });

    // The next file with the same headers is read with that choice; another user is asked again.
    const again = await staff.transfer.previewLeads(fixture("odd-headers-again.xlsx"));
    expect(again.header).toMatchObject({ source: "saved", missing: [], map: mapping });
    expect(again.rows.map((r) => [r.row.enterpriseName, r.row.intendedAmount, r.row.reportedOn])).toEqual([
      ["异名丙科技有限公司", "1200.50", "2025-08-01"],
    ]);
    const other = await as(db(), "bureau.lead");
    expect((await other.transfer.previewLeads(fixture("odd-headers-again.xlsx"))).header.source).toBe("auto");
    const kept = await db()
      .select()
      .from(schema.userPreferences)
      .where(eq(schema.userPreferences.key, "import.columnMappings"));
    expect(kept).toHaveLength(1);
  });
});
