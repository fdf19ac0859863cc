import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { generate } from "otplib";

import { signInWithForm } from "../fixtures";

/**
 * A second factor, end to end, on an account no other spec signs in with (dept.culture, 谢婉): it
 * is enrolled on /account, then a sign-in asks for the code after the password, a recovery code
 * signs in once, and the administrator resets it.
 */
const LOGIN = "dept.culture";

/** A code the server has not taken yet: the next time step's (a code is good once, a step either side is allowed). */
const nextCode = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

/** axe-core's serious or critical findings (WCAG 2.1 A/AA: contrast, labels, names). */
async function serious(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")} — ${v.help}`);
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "退出" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

test("a person enrols a second factor, then signs in with the password and a code, or a recovery code once", async ({
  page,
}, info) => {
  await signInWithForm(page, LOGIN);
  await expect(page).toHaveURL("/");
  await page.goto("/account");
  await page.getByRole("button", { name: "开启双因素认证" }).click();
  await expect(page.getByRole("img", { name: "用于添加到身份验证器的二维码" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.screenshot({ path: info.outputPath("enrolment.png"), fullPage: true });
  expect(await serious(page)).toEqual([]);

  // A wrong code is refused beside the field.
  await page.getByLabel("动态验证码").fill("000000");
  await page.getByRole("button", { name: "确认开启" }).click();
  await expect(page.getByText("验证码不正确或已使用过")).toBeVisible();

  await page.getByLabel("动态验证码").fill(await generate({ secret }));
  await page.getByRole("button", { name: "确认开启" }).click();
  await expect(page.getByText("这些恢复码只显示这一次")).toBeVisible();
  expect(await serious(page)).toEqual([]);
  const codes = (await page.getByTestId("recovery-codes").getByRole("listitem").allTextContents()).map((c) => c.trim());
  expect(codes).toHaveLength(10);
  await page.getByRole("button", { name: "我已保存好" }).click();
  await expect(page.getByRole("main").getByText("双因素认证已开启。")).toBeVisible();
  await signOut(page);

  // The password alone leads to the code step, not into the app.
  await signInWithForm(page, LOGIN);
  await expect(page.getByLabel("动态验证码")).toBeVisible();
  await page.screenshot({ path: info.outputPath("code-step.png"), fullPage: true });
  expect(await serious(page)).toEqual([]);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);

  await signInWithForm(page, LOGIN);
  await page.getByLabel("动态验证码").fill(await nextCode(secret));
  await page.getByRole("button", { name: "验证并登录" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { level: 1, name: "您好，谢婉" })).toBeVisible();
  await signOut(page);

  // A recovery code instead of the app, once.
  for (const attempt of ["first", "again"] as const) {
    await signInWithForm(page, LOGIN);
    await page.getByRole("button", { name: "改用恢复码" }).click();
    await page.getByLabel("恢复码").fill(codes[0]!);
    await page.getByRole("button", { name: "验证并登录" }).click();
    if (attempt === "first") {
      await expect(page).toHaveURL("/");
      await page.goto("/account");
      await expect(page.getByText("9 个")).toBeVisible();
      await signOut(page);
    } else {
      await expect(page.getByText("验证码不正确或已使用过")).toBeVisible();
      await expect(page).toHaveURL(/\/sign-in/);
    }
  }

  // Both lost: the security administrator resets it (asked to confirm); the password alone signs in again.
  await signInWithForm(page, "secadmin");
  await expect(page).toHaveURL("/admin/users");
  await page.getByRole("row").filter({ hasText: LOGIN }).getByRole("button", { name: "重置双因素" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "重置双因素" }).click();
  await expect(page.getByText(`已重置 ${LOGIN} 的双因素认证。`)).toBeVisible();
  await signOut(page);
  await signInWithForm(page, LOGIN);
  await expect(page).toHaveURL("/");
});
