import { expect, test } from "@playwright/test";

import { confirmStep, signInWithApi } from "../fixtures";

test("dragging a card forward on the board opens the form for what that stage requires", async ({ page }) => {
  await signInWithApi(page, "zone.park");
  await page.goto("/projects/board");
  const reserve = page.getByRole("region", { name: "储备" });
  const signed = page.getByRole("region", { name: "签约" });
  const negotiating = page.getByRole("region", { name: "在谈" });
  const card = reserve.getByRole("listitem").first();

  // To 签约: the form asks for the signing date and amount before it lets the move go.
  await card.dragTo(signed);
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading")).toHaveText(/^“.+”推进到“签约”$/);
  await expect(dialog.getByLabel("签约日期")).toBeVisible();
  await expect(dialog.getByRole("button", { name: "推进到“签约”" })).toBeDisabled();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  // To 在谈: nothing more is needed; the card lands in its new column.
  await card.dragTo(negotiating);
  const heading = (await dialog.getByRole("heading").textContent())!;
  const name = heading.match(/^“(.+)”推进到/)![1]!;
  await expect(reserve.getByRole("link", { name, exact: true })).toBeVisible();
  await dialog.getByRole("button", { name: "推进到“在谈”" }).click();
  await confirmStep(page);
  await expect(negotiating.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(reserve.getByRole("link", { name, exact: true })).toHaveCount(0);
});

test("a leader sees the board but cannot move cards", async ({ page }) => {
  await signInWithApi(page, "leader");
  await page.goto("/projects/board");
  await expect(page.getByRole("region", { name: "储备" }).getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("combobox", { name: /^移动/ })).toHaveCount(0);
});
