import { expect, test } from "@playwright/test";

import { signInWithApi } from "../fixtures";

const HEADER =
  "项目名称,企业名称,统一社会信用代码,所属专班,产业链,阶段,计划投资（万元）,签约金额（万元）,签约日期,注册日期,标签";

test("an import with one bad row is previewed with the problem in Chinese and cannot be confirmed; fixed, it goes in", async ({
  page,
}) => {
  await signInWithApi(page, "bureau.staff");
  await page.goto("/import");
  const bad = [
    HEADER,
    "导入甲项目,导入甲有限公司,,园区专班,现代物流,在谈,12000,,,,",
    "导入乙项目,导入乙有限公司,,火星专班,现代物流,在谈,12000,,,,",
    "导入丙项目,导入丙有限公司,,街区专班,汽车销售及后市场,储备,3000,,,,",
  ].join("\n");
  await page
    .locator("input[type=file]")
    .setInputFiles({ name: "清单.csv", mimeType: "text/csv", buffer: Buffer.from(bad, "utf8") });
  await expect(page.getByRole("status").filter({ hasText: "共 3 行" })).toContainText("其中 1 行有问题");
  await expect(page.getByText("没有名为“火星专班”的专班")).toBeVisible();
  await expect(page.getByRole("button", { name: "确认导入 3 行" })).toBeDisabled();

  const good = bad.replace("火星专班", "园区专班");
  await page
    .locator("input[type=file]")
    .setInputFiles({ name: "清单.csv", mimeType: "text/csv", buffer: Buffer.from(good, "utf8") });
  await page.getByRole("button", { name: "确认导入 3 行" }).click();
  await expect(page.getByText("已导入 3 行。")).toBeVisible();
  await page.goto("/projects?q=导入乙");
  await expect(page.getByRole("link", { name: "导入乙项目" })).toBeVisible();
});

test("the preview's problem column is wide enough to read: its messages are not broken one character per line", async ({
  page,
}) => {
  await signInWithApi(page, "bureau.staff");
  await page.goto("/import");
  const rows = [
    HEADER,
    "问题宽度甲项目,问题宽度甲有限公司,914403001922038217,火星专班,不存在的产业链,谈判中,一百万,两千,昨天,明天,不知道",
  ].join("\n");
  await page
    .locator("input[type=file]")
    .setInputFiles({ name: "清单.csv", mimeType: "text/csv", buffer: Buffer.from(rows, "utf8") });
  const problem = page.getByText("没有名为“火星专班”的专班");
  await expect(problem).toBeVisible();
  const box = (await problem.boundingBox())!;
  const lineHeight = await problem.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  // Squeezed, the column was one character wide and this message twelve lines high.
  expect(box.width).toBeGreaterThan(150);
  expect(box.height).toBeLessThanOrEqual(lineHeight * 2);
  const column = await page.getByRole("columnheader", { name: "问题" }).boundingBox();
  expect(column!.width).toBeGreaterThanOrEqual(240);
});

test("a file that is not a spreadsheet is refused with a message", async ({ page }) => {
  await signInWithApi(page, "bureau.staff");
  await page.goto("/import");
  await page
    .locator("input[type=file]")
    .setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
  await expect(page.getByRole("alert").filter({ hasText: "文件不是 .xlsx 或 .csv 表格" })).toBeVisible();
});

test("the filtered project list and the template download as .xlsx", async ({ page }) => {
  await signInWithApi(page, "bureau.staff");
  await page.goto("/projects?stage=signed");
  await expect(page.locator("tbody tr").first()).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "导出Excel" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^项目清单-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const bytes = await (await download.createReadStream()).toArray();
  expect(Buffer.concat(bytes).subarray(0, 2).toString()).toBe("PK"); // a zip: .xlsx
  await page.goto("/import");
  const [template] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "下载导入模板" }).click(),
  ]);
  expect(template.suggestedFilename()).toBe("项目导入模板.xlsx");
});
