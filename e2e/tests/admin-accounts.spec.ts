import { expect, test } from "@playwright/test";

import { signInWithApi, signInWithForm } from "../fixtures";

test("the system administrator opens an account; the person signs in with the one-time password and must change it", async ({
  page,
}) => {
  await signInWithApi(page, "sysadmin");
  await page.goto("/admin/users");
  // A field error beside the field, nothing sent.
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByText("请填写姓名")).toBeVisible();

  await page.getByLabel("账号", { exact: true }).fill("zone.e2enew");
  await page.getByLabel("姓名").fill("新来的同事");
  await page.getByLabel("手机号").fill("13900002222");
  await page.getByLabel("角色").selectOption({ label: "专班干部" });
  await page.getByLabel("单位").selectOption({ label: "园区专班" });
  await page.getByRole("button", { name: "创建账号" }).click();
  const shown = page.getByTestId("one-time-password");
  await expect(shown).toBeVisible();
  const oneTime = (await shown.textContent())!.trim();
  expect(oneTime).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)[A-Za-z0-9]{12}$/);
  await expect(page.getByRole("cell", { name: "zone.e2enew" })).toBeVisible();

  await page.getByRole("button", { name: "退出" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await signInWithForm(page, "zone.e2enew", oneTime);
  await expect(page).toHaveURL(/\/account\?first=1/);
  await expect(page.getByText("请先设置自己的密码")).toBeVisible();
  await page.goto("/projects");
  await expect(page).toHaveURL(/\/account\?first=1/);

  await page.getByLabel("当前密码").fill(oneTime);
  await page.getByLabel("新密码", { exact: true }).fill("Mine2026ok");
  await page.getByLabel("确认新密码").fill("Mine2026ok");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page).toHaveURL(/\/sign-in\?changed=1/);
  await signInWithForm(page, "zone.e2enew", "Mine2026ok");
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { level: 1, name: "您好，新来的同事" })).toBeVisible();
});
