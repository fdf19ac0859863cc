import ExcelJS from "exceljs";
import { expect, test, type APIRequestContext } from "@playwright/test";

import { signInWithApi } from "../fixtures";

/** A tRPC call over HTTP as the signed-in page (superjson wraps the input in `json`). */
async function trpc<T>(api: APIRequestContext, path: string, input: unknown, method: "GET" | "POST" = "GET") {
  const body = JSON.stringify({ json: input });
  const res =
    method === "GET"
      ? await api.get(`/api/trpc/${path}?input=${encodeURIComponent(body)}`)
      : await api.post(`/api/trpc/${path}`, { data: body, headers: { "content-type": "application/json" } });
  expect(res.ok(), `${path}: ${await res.text()}`).toBe(true);
  return ((await res.json()) as { result: { data: { json: T } } }).result.data.json;
}

const todayInShanghai = () =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());

test("the audit administrator filters the log to one person's changes of one day and exports them", async ({
  browser,
  page,
}, testInfo) => {
  // 刘志强 (园区专班) changes a project today: the row the administrator will look for.
  const zone = await browser.newContext();
  const zonePage = await zone.newPage();
  await signInWithApi(zonePage, "zone.park");
  const list = await trpc<{ items: { id: string }[] }>(zonePage.request, "project.list", { limit: 1 });
  const projectId = list.items[0]!.id;
  const project = await trpc<{ version: number; jobs: number | null }>(zonePage.request, "project.byId", {
    id: projectId,
  });
  const jobs = (project.jobs ?? 0) + 7;
  await trpc(zonePage.request, "project.update", { id: projectId, version: project.version, patch: { jobs } }, "POST");
  // The project's history tab tells the change in plain Chinese, to staff who see the project (the
  // audit administrator sees no project: 三员分立).
  await zonePage.goto(`/projects/${projectId}`);
  await zonePage.getByRole("tab", { name: "变更记录" }).click();
  await expect(zonePage.getByRole("tabpanel").getByTestId("history-entry").first()).toContainText(
    `刘志强 把 带动就业 从 ${project.jobs?.toLocaleString("zh-CN") ?? "（空）"} 改为 ${jobs.toLocaleString("zh-CN")}`,
  );
  await zonePage
    .getByRole("tabpanel", { name: "变更记录" })
    .screenshot({ path: testInfo.outputPath("history-tab.png") });
  await zone.close();

  await signInWithApi(page, "auditor");
  await page.goto("/"); // the audit administrator's first page is the log
  await expect(page).toHaveURL(/\/admin\/audit/);
  await expect(page.getByRole("heading", { name: "审计日志" })).toBeVisible();

  const today = todayInShanghai();
  await page.getByLabel("人员").selectOption({ label: "刘志强 · zone.park" });
  await page.getByLabel("操作", { exact: true }).selectOption("project.update");
  await page.getByLabel("从").fill(today);
  await page.getByLabel("到").fill(today);
  await expect(page).toHaveURL(new RegExp(`from=${today}.*to=${today}|to=${today}`));
  await expect(page).toHaveURL(/action=project.update/);
  await expect(page).toHaveURL(/who=/);

  const rows = page.getByTestId("audit-row");
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    await expect(rows.nth(i)).toContainText("刘志强");
    await expect(rows.nth(i)).toContainText("project.update");
  }
  await page.screenshot({ path: testInfo.outputPath("audit-desktop.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("audit-390.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  // The row opens its values before and after.
  await rows.first().getByRole("button").first().click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("rowheader", { name: "jobs" })).toBeVisible();
  await expect(dialog).toContainText(String(jobs));
  await dialog.getByRole("button", { name: "关闭" }).click();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /导出 Excel/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  expect((sheet.getRow(1).values as string[]).slice(1, 5)).toEqual(["时间", "操作人", "操作人ID", "操作"]);
  const body = (sheet.getSheetValues().slice(2) as string[][]).filter(Boolean);
  expect(body).toHaveLength(count);
  const [y, m, d] = today.split("-").map(Number);
  for (const r of body) {
    expect(r[2]).toBe("刘志强");
    expect(r[4]).toBe("project.update");
    expect(r[1]).toMatch(new RegExp(`^${y}年${m}月${d}日`));
  }
  expect(body.some((r) => r[6] === projectId && String(r[11]).includes(`"jobs":${jobs}`))).toBe(true);

  // The export is itself in the log, by the audit administrator.
  await page.goto("/admin/audit?action=data.export");
  await expect(page.getByTestId("audit-row").first()).toContainText("安全审计员");
});
