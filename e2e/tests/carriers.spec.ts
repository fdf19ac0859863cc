import { expect, test } from "@playwright/test";

import { signInWithApi } from "../fixtures";

/**
 * 园区专班 opens the opportunity list, filters it to its zone's land, and from one of its projects
 * still in talks finds the parcel that fits through the match panel, links it (into talks, after a
 * confirmation) and marks it taken after the confirmation; a landed project offers no link.
 */
test("zone.park filters the opportunity list and links a parcel to one of its projects", async ({ page }) => {
  await signInWithApi(page, "zone.park");
  await page.goto("/opportunities");
  await expect(page.getByRole("heading", { name: "机会清单" })).toBeVisible();
  await page.getByLabel("类型", { exact: true }).selectOption({ label: "地块" });
  await expect(page).toHaveURL(/kind=land/);
  await page.getByLabel("所属专班").selectOption({ label: "园区专班" });
  await expect(page).toHaveURL(/zone=/);
  const table = page.getByRole("table", { name: "机会清单" });
  await expect(table.getByRole("link", { name: "JD-2026-02" })).toBeVisible();
  await expect(table.getByRole("link", { name: "JD-2026-01" })).toHaveCount(0); // 街区's parcel
  // Stale ones are marked: JD-2026-03 was last confirmed 130 days ago.
  await page.getByLabel("只看超期未核实").click();
  await expect(page).toHaveURL(/stale=1/);
  await expect(table.getByRole("link", { name: "JD-2026-03" })).toBeVisible();
  await expect(table.getByRole("link", { name: "JD-2026-02" })).toHaveCount(0);

  // The by-zone view: vacancy summed from the spaces.
  await page.getByRole("link", { name: "按专班" }).click();
  await expect(page.getByRole("heading", { name: "园区专班" })).toBeVisible();
  await expect(page.getByRole("link", { name: "钢管园标准厂房一期" })).toBeVisible();

  // A project that has landed links nothing: the panel says why, and offers no link.
  await page.goto("/projects?q=中鼎石油");
  await page.locator('a[href^="/projects/"]:not([href="/projects/board"])').first().click();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  await page.getByRole("form", { name: "匹配载体" }).getByRole("button", { name: "查找" }).click();
  await expect(page.getByText("该项目已落地（注册及以后阶段），不再对接新的载体。")).toBeVisible();
  await expect(page.getByRole("button", { name: /^对接此载体/ })).toHaveCount(0);

  // One of its projects still in talks: match a parcel and link it, after saying what linking does.
  await page.goto("/projects?stage=negotiating");
  const first = page.locator('a[href^="/projects/"]:not([href="/projects/board"])').first();
  await first.click();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  const panel = page.getByRole("form", { name: "匹配载体" });
  await panel.getByLabel("载体类型").selectOption({ label: "地块" });
  await panel.getByLabel("用地（亩）").fill("150");
  await panel.getByLabel("专班").selectOption({ label: "园区专班" });
  await panel.getByLabel("用途或产业").fill("工业");
  await panel.getByRole("button", { name: "查找" }).click();
  const results = page.getByRole("list", { name: "匹配载体" });
  await expect(results.getByRole("listitem").first()).toContainText("JD-2026-02");
  await expect(results.getByRole("listitem").first()).toContainText("面积符合");
  await results.getByRole("button", { name: "对接此载体：JD-2026-02" }).click();
  const ask = page.getByRole("dialog");
  await expect(ask).toContainText("洽谈中");
  await expect(ask).toContainText("推介版");
  await ask.getByRole("button", { name: "对接此载体" }).click();
  await expect(page.getByText("已对接 JD-2026-02，载体进入洽谈，不再出现在推介版中。")).toBeVisible();
  // Marked in the results as linked, and not offered again.
  const linkedItem = results.getByRole("listitem").filter({ hasText: "JD-2026-02" }).first();
  await expect(linkedItem.getByText("已对接", { exact: true })).toBeVisible();
  await expect(results.getByRole("button", { name: "对接此载体：JD-2026-02" })).toHaveCount(0);

  // The parcel now names the project; taken asks first.
  await page.goto("/opportunities?q=JD-2026-02");
  await page.getByRole("table", { name: "机会清单" }).getByRole("link", { name: "JD-2026-02" }).click();
  await expect(page.getByText("洽谈中").first()).toBeVisible();
  await expect(page.getByRole("link", { name: /^项目：/ })).toBeVisible();
  await page.getByRole("button", { name: "确认落地" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("落地后载体不再出现在匹配和推介版中");
  await dialog.getByRole("button", { name: "确认落地" }).click();
  await expect(page.getByText("已落地").first()).toBeVisible();
});

/** A new carrier's form: a refused field says why under itself, in Chinese; fixed, it saves and opens the carrier. */
test("zone.commerce adds a shop, told under the field what is wrong", async ({ page }) => {
  await signInWithApi(page, "zone.commerce");
  await page.goto("/opportunities/new");
  const form = page.getByRole("form", { name: "新增载体" });
  await form.getByLabel("载体类型").selectOption({ label: "商铺" });
  await form.getByLabel("编号").fill("SP-E2E-01");
  await form.getByLabel("名称").fill("万达广场临街铺位E2E");
  await form.getByLabel("位置").fill("万达广场金街东侧");
  await form.getByLabel("建筑面积（㎡）").fill("两百");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByText("请输入数字。")).toBeVisible();
  await form.getByLabel("建筑面积（㎡）").fill("200");
  await form.getByLabel("租金（元/㎡·月）").fill("110");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/opportunities\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "万达广场临街铺位E2E" })).toBeVisible();
  await expect(page.getByText("110 元/㎡·月")).toBeVisible();
});
