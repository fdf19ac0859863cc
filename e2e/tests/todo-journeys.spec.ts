import { expect, test } from "@playwright/test";

import { confirmStep, signInWithApi } from "../fixtures";

/** The to-do (待办) in front of each person: hand-offs are never silent. */

test("a lead assigned to 园区专班 shows on zone.park's home and in its bell", async ({ browser }, testInfo) => {
  const name = `衡阳待办测试${Date.now() % 1_000_000}有限公司`;
  const town = await (await browser.newContext()).newPage();
  await signInWithApi(town, "town.yumu");
  await town.goto("/leads/new");
  await town.getByLabel("目标企业").fill(name);
  await town.getByLabel("企业联系人").fill("何经理");
  await town.getByLabel("联系电话").fill("13900002222");
  await town.getByRole("button", { name: "保存线索" }).click();
  const createAnyway = town.getByRole("button", { name: "确认不是同一企业，仍然新建" });
  if (await createAnyway.isVisible().catch(() => false)) await createAnyway.click();
  await expect(town.getByRole("heading", { name })).toBeVisible();
  const leadUrl = new URL(town.url()).pathname;

  const bureau = await (await browser.newContext()).newPage();
  await signInWithApi(bureau, "bureau.staff");
  // The bureau's to-do holds the new lead, waiting to be assigned (the oldest waiting come first on the home).
  await bureau.goto("/work?kind=leadRouting");
  await expect(bureau.getByRole("link", { name })).toBeVisible();
  await bureau.goto(leadUrl);
  await bureau.getByLabel("承办单位").selectOption({ label: "园区专班" });
  await bureau.getByLabel("办理时限").fill("2027-01-15");
  await bureau.getByRole("button", { name: "交办", exact: true }).click();
  await expect(bureau.getByText("园区专班").first()).toBeVisible();

  const zone = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInWithApi(zone, "zone.park");
  await zone.goto("/");
  const todo = zone.getByRole("region", { name: "我的待办" });
  await expect(todo.getByRole("link", { name })).toBeVisible();
  await zone.screenshot({ path: testInfo.outputPath("zone-home.png"), fullPage: true });
  await testInfo.attach("zone.park home", { path: testInfo.outputPath("zone-home.png"), contentType: "image/png" });
  await zone.getByRole("link", { name: /消息通知，\d+ 条未读/ }).click();
  await expect(zone.getByText(`新交办线索：${name}`).first()).toBeVisible();

  // The town sees what became of its lead on its home.
  await town.goto("/");
  const line = town.getByRole("listitem").filter({ hasText: name });
  await expect(line).toContainText("园区专班跟进");
});

test("教育局 sees a request routed to it on its home, and answers it", async ({ browser }) => {
  const title = `待办诉求${Date.now() % 1_000_000}`;
  const ent = await (await browser.newContext()).newPage();
  await signInWithApi(ent, "ent.lelin");
  await ent.goto("/portal/requests/new");
  await ent.getByLabel("类别").selectOption({ label: "审批" });
  await ent.getByLabel("标题").fill(title);
  await ent.getByLabel("具体情况").fill("请协助确认办学许可的补正材料清单。");
  await ent.getByRole("button", { name: "提交诉求" }).click();
  await expect(ent.getByRole("heading", { name: title })).toBeVisible();

  const bureau = await (await browser.newContext()).newPage();
  await signInWithApi(bureau, "bureau.staff");
  await bureau.goto("/work?kind=requestRouting");
  await bureau.getByRole("link", { name: title }).click();
  await bureau.getByLabel("办理部门").selectOption({ label: "教育局" });
  await bureau.getByLabel("办理时限（工作日）").fill("5");
  await bureau.getByRole("button", { name: "分派" }).click();
  await expect(bureau.getByText("办理部门：教育局")).toBeVisible();

  const edu = await (await browser.newContext()).newPage();
  await signInWithApi(edu, "dept.edu");
  await edu.goto("/");
  await edu.getByRole("region", { name: "我的待办" }).getByRole("link", { name: title }).click();
  await edu.getByLabel("答复内容").fill("补正材料清单已发至贵单位邮箱，请按清单准备。");
  await edu.getByRole("button", { name: "答复并办结" }).click();
  await confirmStep(edu);
  await expect(edu.getByText("已办结").first()).toBeVisible();
  // Done: it leaves the department's to-do.
  await edu.goto("/work");
  await expect(edu.getByRole("link", { name: title })).toHaveCount(0);
});

test("the bureau lead sees the overdue tasks he assigned in My work", async ({ page }) => {
  await signInWithApi(page, "bureau.lead");
  await page.goto("/work?side=waiting");
  const overdue = page.getByRole("listitem").filter({ hasText: /超期 \d+ 天/ });
  await expect(overdue.first()).toBeVisible();
  expect(await overdue.count()).toBeGreaterThanOrEqual(1);
  await expect(page.getByText("我交办的").first()).toBeVisible();
});

test("the cockpit in English: amounts in millions and billions, chart descriptions in English without NaN", async ({
  page,
}) => {
  await signInWithApi(page, "leader");
  await page.goto("/cockpit");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByText(/¥[\d.,]+ (million|billion)/).first()).toBeVisible();
  const html = await page.content();
  expect(html).not.toMatch(/ yi\b| wan\b/);
  const labels = await page
    .locator("[aria-label], svg[aria-label]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
  expect(labels.join(" ")).not.toContain("NaN");
  expect(labels.join(" ")).not.toMatch(/这是|图表/);
});

test("on a phone, staff pages open their navigation and the language switch from one menu", async ({ browser }) => {
  const page = await (
    await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  ).newPage();
  await signInWithApi(page, "bureau.lead");
  await page.goto("/");
  // Nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const menu = page.getByRole("button", { name: "菜单" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  await expect(page.getByRole("group", { name: "界面语言" })).toBeVisible();
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "我的工作" }).click();
  await expect(page).toHaveURL(/\/work$/);
  await expect(page.getByRole("button", { name: "菜单" })).toHaveAttribute("aria-expanded", "false");
  await page.getByRole("button", { name: "菜单" }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "菜单" })).toHaveAttribute("aria-expanded", "false");
  await page.screenshot({ path: test.info().outputPath("phone-work.png") });
});
