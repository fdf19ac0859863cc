import { expect, test } from "@playwright/test";

import { confirmStep, pdfText, signInWithApi } from "../fixtures";

test("a joint meeting's decision becomes 园区专班's task; done and accepted, the meeting shows it", async ({
  browser,
}) => {
  const lead = await (await browser.newContext()).newPage();
  await signInWithApi(lead, "bureau.lead");
  await lead.goto("/meetings/new");
  await lead.getByLabel("会议名称").fill("十一月招商联席会议");
  await lead.getByLabel("会议类型").selectOption({ label: "联席会议" });
  await lead.getByRole("group", { name: "参会单位" }).getByLabel("园区专班").check();
  await lead.getByRole("group", { name: "参会单位" }).getByLabel("自然资源局").check();
  await lead.getByRole("group", { name: "有超期督办事项" }).getByRole("checkbox").first().check();
  await lead.getByRole("button", { name: "创建会议" }).click();
  await expect(lead).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  const meetingUrl = new URL(lead.url()).pathname;

  await lead.getByLabel("会议纪要").fill("研究重点项目推进中的用地、消防问题。");
  await lead.getByRole("button", { name: "保存纪要" }).click();
  await lead.getByLabel("决定内容").fill("园区专班牵头协调金鼎二期用地预审");
  await lead.getByLabel("牵头单位").selectOption({ label: "园区专班" });
  await lead.getByRole("button", { name: "形成督办事项" }).click();
  const decision = lead.getByRole("listitem").filter({ hasText: "园区专班牵头协调金鼎二期用地预审" });
  await expect(decision.getByText("待办")).toBeVisible();

  const park = await (await browser.newContext()).newPage();
  await signInWithApi(park, "zone.park");
  await park.goto("/work");
  await park.getByRole("link", { name: "园区专班牵头协调金鼎二期用地预审" }).click();
  await park.getByLabel("反馈内容").fill("已与自然资源局会商");
  await park.getByRole("button", { name: "反馈进展" }).click();
  await expect(park.getByRole("listitem").filter({ hasText: "已与自然资源局会商" })).toBeVisible();
  await park.getByLabel("反馈内容").fill("预审材料已报送并受理");
  await park.getByRole("button", { name: "申请办结" }).click();
  await confirmStep(park);
  await expect(park.getByText("待验收")).toBeVisible();

  await lead.goto(meetingUrl);
  await decision.getByRole("link").click();
  await lead.getByRole("button", { name: "验收通过" }).click();
  await confirmStep(lead);
  await expect(lead.getByText("已办结")).toBeVisible();
  await lead.goto(meetingUrl);
  await expect(decision.getByText("已办结")).toBeVisible();

  // The month's bulletin counts it for 园区专班, and its PDF holds the units' names.
  // The bulletin opens on the last complete month; this month's preview is one choice away.
  const thisMonth = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date()).slice(0, 7);
  await lead.goto(`/bulletin?month=${thisMonth}`);
  const parkRow = lead
    .getByRole("table")
    .first()
    .getByRole("row", { name: /园区专班/ });
  const tasksDoneColumn = (await lead.getByRole("table").first().getByRole("columnheader").allTextContents()).indexOf(
    "办结督办",
  );
  expect(Number(await parkRow.getByRole("cell").nth(tasksDoneColumn).textContent())).toBeGreaterThanOrEqual(1);
  const [download] = await Promise.all([
    lead.waitForEvent("download"),
    lead.getByRole("link", { name: "导出PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^月度通报-\d{4}-\d{2}\.pdf$/);
  const text = await pdfText(Buffer.concat(await (await download.createReadStream()).toArray()));
  for (const unit of ["园区专班", "街区专班", "商区专班", "景区专班", "片区专班", "教育局"])
    expect(text).toContain(unit);
});
