import { expect, test } from "@playwright/test";

import { signInWithApi } from "../fixtures";

test("a task force posts the month's updates from the keyboard, and the bureau sees who has not", async ({
  browser,
}) => {
  const park = await (await browser.newContext()).newPage();
  await signInWithApi(park, "zone.park");
  await park.goto("/dispatch?month=2026-11");
  const pending = park.getByRole("listitem").filter({ has: park.getByText("未调度", { exact: true }) });
  const first = pending.first();
  const name = (await first.locator("label").first().textContent())!;
  const box = first.getByRole("textbox", { name });
  const boxId = (await box.getAttribute("id"))!;
  await box.fill("完成第二轮谈判，企业确认投资强度");
  await box.press("Control+Enter");
  const done = park.getByRole("listitem").filter({ hasText: name });
  await expect(done.getByText("已调度", { exact: true })).toBeVisible();
  // Focus has moved on to the next project's box.
  await expect(park.locator("textarea:focus")).toHaveCount(1);
  await expect(park.locator("textarea:focus")).not.toHaveAttribute("id", boxId);

  const bureau = await (await browser.newContext()).newPage();
  await signInWithApi(bureau, "bureau.staff");
  await bureau.goto("/dispatch?month=2026-11");
  await expect(bureau.getByRole("heading", { name: /^\d{4}年\d{1,2}月调度情况$/ })).toBeVisible();
  await expect(bureau.getByText(/已调度 \d+ \/ \d+ 个项目/).first()).toBeVisible();
});
