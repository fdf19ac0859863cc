import { expect, test } from "@playwright/test";

import { signInWithApi } from "../fixtures";

test.use({ viewport: { width: 390, height: 844 } });

/**
 * 外出招商 (issue 16): 李娜 of 商区专班, on the delegation of the 苏州 trip, records two meetings on a
 * phone and turns one into a lead for 园区专班; 园区专班 finds its follow-up task in its to-do, and
 * the trip's results count the meetings and the lead.
 */
test("a delegation member records two meetings on a phone; one becomes a lead for 园区专班 with a follow-up task", async ({
  page,
  browser,
}) => {
  const first = "苏州智造测试科技有限公司";
  const second = "苏州链通物流测试有限公司";
  await signInWithApi(page, "zone.commerce");
  await page.goto("/trips");
  await page.getByRole("link", { name: "苏州工业园区招商考察" }).click();
  await expect(page.getByRole("heading", { name: "苏州工业园区招商考察" })).toBeVisible();
  await page.getByRole("link", { name: "记录洽谈" }).click();
  await expect(page.getByRole("heading", { name: "记录洽谈" })).toBeVisible();

  // The phone form: nothing wider than the screen, and it can be driven from the keyboard.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await page.getByLabel("洽谈企业").fill(first);
  await page.getByLabel("接洽人员").fill("王总经理");
  await page.getByLabel("意向强").check();
  await page.getByLabel("下一步").fill("邀请来蒸湘考察园区");
  await page.screenshot({ path: "test-results/trips-meeting-form.png", fullPage: true });
  await page.getByRole("button", { name: "保存洽谈" }).click();
  await expect(page.getByText(`已记录与${first}的洽谈`)).toBeVisible();
  // An empty name is refused beside the field; nothing is saved.
  await page.getByRole("button", { name: "保存洽谈" }).click();
  await expect(page.getByText("请填写企业名称")).toBeVisible();
  await page.getByLabel("洽谈企业").fill(second);
  await page.getByLabel("有意向").focus();
  await page.keyboard.press("Space");
  await page.getByLabel("洽谈企业").press("Enter");
  await expect(page.getByText(`已记录与${second}的洽谈`)).toBeVisible();

  await page.getByRole("link", { name: "返回考察" }).click();
  const meetings = page.getByTestId("trip-meeting");
  await expect(meetings).toHaveCount(2);
  // The form cleared after the first: the second carries none of its people or next step.
  await expect(meetings.filter({ hasText: second })).not.toContainText("王总经理");
  const met = meetings.filter({ hasText: first });
  await met.getByLabel("交办单位").selectOption({ label: "园区专班" });
  await met.getByRole("button", { name: "转为线索" }).click();
  await expect(met.getByText("已转线索，交园区专班跟进。")).toBeVisible();
  const results = page.getByTestId("trip-results");
  await expect(results.getByRole("row", { name: /洽谈/ })).toContainText("2");
  await expect(results.getByRole("row", { name: /线索/ })).toContainText("1");
  await page.screenshot({ path: "test-results/trips-trip-page.png", fullPage: true });

  const zone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const park = await zone.newPage();
  await signInWithApi(park, "zone.park");
  await park.goto("/work");
  await expect(park.getByText(`外出招商跟进：${first}`).first()).toBeVisible();
  // 园区专班 now sees the trip the lead came from, and its results count it.
  await park.goto("/trips");
  await park.getByRole("link", { name: "苏州工业园区招商考察" }).click();
  await expect(park.getByTestId("trip-results").getByRole("row", { name: /线索/ })).toContainText("1");
  await expect(park.getByRole("link", { name: "记录洽谈" })).toHaveCount(0);
  await zone.close();
});
