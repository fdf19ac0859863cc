import path from "node:path";

import { expect, test } from "@playwright/test";

import { signInWithApi } from "../fixtures";

/** Sheets as departments send them, written by LibreOffice (packages/api/test/fixtures/import). */
const fixture = (name: string) => path.join(import.meta.dirname, "../../packages/api/test/fixtures/import", name);

test("a department sheet with a merged title, thousands separators, 亿元 and Chinese dates imports after preview", async ({
  page,
}) => {
  await signInWithApi(page, "bureau.staff");
  await page.goto("/import");
  await page.locator("input[type=file]").setInputFiles(fixture("department-projects.xlsx"));
  await expect(page.getByText("表头在第 3 行。")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "共 5 行" })).toContainText("全部可以导入");
  // Read as stored: 1.55亿元 in 万元, "1,550.00" without its separator, a date cell as a date.
  const first = page.getByRole("row").filter({ hasText: "部门甲钢管深加工项目" });
  await expect(first).toContainText("15500.00");
  await expect(first).toContainText("1550.00");
  await expect(first).toContainText("2025年7月17日");
  await expect(page.getByRole("row").filter({ hasText: "部门丙商贸项目" })).toContainText("1230000.00");
  await expect(page.getByRole("row").filter({ hasText: "合计" })).toHaveCount(0);

  await page.getByRole("button", { name: "确认导入 5 行" }).click();
  await expect(page.getByText("已导入 5 行。")).toBeVisible();
  await page.goto("/projects?q=部门甲钢管");
  await page.getByRole("link", { name: "部门甲钢管深加工项目" }).click();
  await expect(page.getByText("1.55亿元").first()).toBeVisible();
  await expect(page.getByText("2025年7月17日").first()).toBeVisible();
});

test("a sheet whose headers do not match is mapped once, and the next file of that shape is read the same way", async ({
  page,
}) => {
  await signInWithApi(page, "bureau.staff");
  await page.goto("/import");
  await page.getByRole("radio", { name: "线索清单" }).click();
  await page.locator("input[type=file]").setInputFiles(fixture("odd-headers.xlsx"));
  await expect(page.getByText("文件的表头与模板不一致")).toBeVisible();
  await expect(page.getByRole("button", { name: /确认导入/ })).toHaveCount(0);
  await page.getByLabel("企业名称（必填）").selectOption({ label: "A列：单位全称" });
  await page.getByLabel("来源（必填）").selectOption({ label: "B列：渠道" });
  await page.getByLabel("上报单位（必填）").selectOption({ label: "C列：镇街" });
  await page.getByLabel("意向投资（万元）").selectOption({ label: "D列：金额（万元）" });
  await page.getByLabel("上报日期（必填）").selectOption({ label: "E列：时间" });
  await page.getByRole("button", { name: "按此对应重新读取" }).click();
  await expect(page.getByText("已按所选列对应读取")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "共 2 行" })).toContainText("全部可以导入");
  await page.getByRole("button", { name: "确认导入 2 行" }).click();
  await expect(page.getByText("已导入 2 行。")).toBeVisible();

  await page.locator("input[type=file]").setInputFiles(fixture("odd-headers-again.xlsx"));
  await expect(page.getByText("已按你上次为这种表头选择的列对应读取。")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "异名丙科技有限公司" })).toContainText("1200.50");
  await expect(page.getByRole("status").filter({ hasText: "共 1 行" })).toContainText("全部可以导入");
});
