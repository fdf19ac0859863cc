import { expect, test } from "@playwright/test";

import { confirmStep, signInWithApi } from "../fixtures";

test("a task from the bureau lead goes round the loop: reply, report, send back, report, accept, rate", async ({
  browser,
}) => {
  const lead = await (await browser.newContext()).newPage();
  await signInWithApi(lead, "bureau.lead");
  await lead.goto("/projects?q=jdzc");
  await lead.getByRole("link", { name: "中鼎石油钻采专用管项目" }).click();
  await lead.getByLabel("事项内容").fill("协调解决金鼎钻采厂区道路破损问题");
  await lead.getByLabel("紧急程度").selectOption({ label: "紧急" });
  await lead.getByRole("button", { name: "交办", exact: true }).click();
  await expect(lead).toHaveURL(/\/work\/[0-9a-f-]{36}$/);
  const taskUrl = new URL(lead.url()).pathname;

  const park = await (await browser.newContext()).newPage();
  await signInWithApi(park, "zone.park");
  await park.goto("/");
  await expect(park.getByRole("link", { name: /消息通知，[1-9]\d* 条未读/ })).toBeVisible();
  await park.goto("/work");
  await park.getByRole("link", { name: "协调解决金鼎钻采厂区道路破损问题" }).click();
  await park.getByLabel("反馈内容").fill("已联系施工单位，明天进场");
  await park.getByRole("button", { name: "反馈进展" }).click();
  await expect(park.getByRole("listitem").filter({ hasText: "已联系施工单位，明天进场" })).toBeVisible();
  await park.getByLabel("反馈内容").fill("道路已修复");
  await park.getByRole("button", { name: "申请办结" }).click();
  await confirmStep(park);
  await expect(park.getByText("待验收")).toBeVisible();

  await lead.goto(taskUrl);
  await lead.getByLabel("验收意见（退回时必填）").fill("请补充修复后的照片");
  await lead.getByRole("button", { name: "退回重办" }).click();
  // Sent back once the review form is gone (the button's own words prove nothing); only then reload.
  await expect(lead.getByLabel("验收意见（退回时必填）")).toHaveCount(0);
  await expect(lead.getByText("退回重办").first()).toBeVisible();

  await park.reload();
  await park.getByLabel("反馈内容").fill("已补充照片");
  await park.getByRole("button", { name: "申请办结" }).click();
  await confirmStep(park);
  await expect(park.getByText("待验收")).toBeVisible();

  // It waits for his acceptance in his to-do.
  await lead.goto("/work?kind=review");
  await expect(lead.getByRole("link", { name: "协调解决金鼎钻采厂区道路破损问题" }).first()).toBeVisible();
  await lead.goto(taskUrl);
  await lead.getByRole("button", { name: "验收通过" }).click();
  await confirmStep(lead);
  await expect(lead.getByText("已办结")).toBeVisible();
  await lead.getByRole("button", { name: "评价 5 星" }).click();
  await expect(lead.getByText("评价 5 星").first()).toBeVisible();
});

test("a leader's instruction on a project becomes the zone's task", async ({ browser }) => {
  const leader = await (await browser.newContext()).newPage();
  await signInWithApi(leader, "leader");
  await leader.goto("/projects?q=越秀");
  await leader.getByRole("link", { name: "越秀光伏发电项目" }).click();
  await leader.getByLabel("批示内容").fill("加快并网验收，年底前全容量并网");
  await leader.getByRole("button", { name: "发出批示" }).click();
  await expect(leader.getByRole("heading", { level: 1 })).toContainText("【领导批示】加快并网验收");

  const area = await (await browser.newContext()).newPage();
  await signInWithApi(area, "zone.area");
  await area.goto("/work");
  await expect(area.getByRole("link", { name: /加快并网验收，年底前全容量并网/ })).toBeVisible();
});
