import { expect, test } from "@playwright/test";

import { signInWithApi } from "../fixtures";

/**
 * 一单一图谱 as one working loop: the bureau opens the steel-pipe map, sees the weak 深加工 node and
 * its targets, turns one into a lead for 园区专班; the task force converts the lead into a project
 * and links a parcel that suits it; the node's panel then shows the target → lead → project.
 */
test("from the map's weak node to a target's lead, its project and a parcel", async ({ page, browser }) => {
  const target = "天津津滨石油管件有限公司";
  await signInWithApi(page, "bureau.staff");
  await page.goto("/chains/steel_pipe");
  await page
    .getByTestId("chain-map")
    .locator("svg text", { hasText: /^深加工$/ })
    .click();
  const panel = page.getByTestId("node-panel");
  await expect(panel.getByTestId("strength-rule")).toContainText("弱");
  await expect(panel.getByTestId("panel-targets")).toContainText(target);

  // The node's targets, ranked, and this one turned into a lead for 园区专班.
  await page.goto("/prospects");
  await page.getByLabel("产业链", { exact: true }).selectOption({ label: "钢管制造及深加工" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/chain=/);
  const node = page.getByLabel("节点", { exact: true });
  await node.selectOption((await node.locator("option", { hasText: "深加工" }).first().getAttribute("value"))!);
  await page.getByRole("button", { name: "筛选" }).click();
  await page.getByRole("link", { name: target }).click();
  await page.getByRole("button", { name: "转为线索", exact: true }).click();
  const raise = page.getByRole("dialog");
  await raise.getByLabel("承接专班").selectOption({ label: "园区专班" });
  await raise.getByRole("button", { name: "确认转为线索" }).click();
  await expect(page.getByText("已转为线索并交给园区专班。")).toBeVisible();
  await page.getByRole("status").getByRole("link", { name: "查看线索" }).click();
  await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);
  const leadUrl = page.url();

  // 园区专班 converts it and links a parcel of its zone from the project's match panel.
  const zone = await browser.newContext();
  const park = await zone.newPage();
  await signInWithApi(park, "zone.park");
  await park.goto(leadUrl);
  await park.getByLabel("项目名称").fill("津滨石油管件深加工项目");
  await park.getByRole("button", { name: "转为项目" }).click();
  await expect(park).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  const projectUrl = park.url();
  const match = park.getByRole("form", { name: "匹配载体" });
  await match.getByLabel("载体类型").selectOption({ label: "地块" });
  await match.getByLabel("用地（亩）").fill("50");
  await match.getByLabel("专班").selectOption({ label: "园区专班" });
  await match.getByRole("button", { name: "查找" }).click();
  const results = park.getByRole("list", { name: "匹配载体" });
  await results.getByRole("button", { name: "对接此载体：JD-2026-03" }).click();
  await park.getByRole("dialog").getByRole("button", { name: "对接此载体" }).click();
  await expect(park.getByText(/已对接 JD-2026-03/)).toBeVisible();
  await zone.close();

  // Back on the map: the target now shows its lead and its project at the node.
  await page.goto("/chains/steel_pipe");
  await page.getByTestId("node-深加工").click();
  const row = page.getByTestId("panel-targets").getByRole("listitem").filter({ hasText: target });
  await expect(row).toContainText("已转线索");
  await expect(row.getByRole("link", { name: "津滨石油管件深加工项目" })).toHaveAttribute(
    "href",
    new URL(projectUrl).pathname,
  );
});
