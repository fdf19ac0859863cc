import { expect, test } from "@playwright/test";

import { signInWithApi } from "../fixtures";

test("disabling a user ends their open session at once; enabling lets them back", async ({ browser }) => {
  const adminContext = await browser.newContext();
  const userContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const user = await userContext.newPage();

  await signInWithApi(user, "zone.commerce");
  await user.goto("/");
  await expect(user.getByRole("heading", { level: 1, name: "您好，李娜" })).toBeVisible();

  await signInWithApi(admin, "sysadmin");
  await admin.goto("/admin/users");
  const row = admin.getByRole("row", { name: /zone\.commerce/ });
  await row.getByRole("button", { name: "停用" }).click();
  const dialog = admin.getByRole("dialog");
  await expect(dialog).toContainText("停用 李娜 的账号？");
  await dialog.getByRole("button", { name: "停用" }).click();
  await expect(row.getByText("已停用")).toBeVisible();

  // The same cookie is now refused: back to sign-in.
  await user.goto("/projects");
  await expect(user).toHaveURL(/\/sign-in/);

  await row.getByRole("button", { name: "启用" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "启用" }).click();
  await expect(row.getByText("正常")).toBeVisible();
  await signInWithApi(user, "zone.commerce");
  await user.goto("/");
  await expect(user.getByRole("heading", { level: 1, name: "您好，李娜" })).toBeVisible();

  await adminContext.close();
  await userContext.close();
});

test("a zone task force sees only its own zone's projects", async ({ page }) => {
  await signInWithApi(page, "zone.park");
  await page.goto("/projects");
  await expect(page.locator("tbody tr").first()).toBeVisible();
  const zones = await page.locator("tbody tr td:nth-child(3)").allTextContents();
  expect(zones.length).toBeGreaterThan(0);
  expect(new Set(zones)).toEqual(new Set(["园区专班"]));
});

test("the bureau's workbench shows every zone by stage, and a number opens its list", async ({ page }) => {
  await signInWithApi(page, "bureau.lead");
  await page.goto("/");
  const matrix = page.getByRole("table");
  for (const zone of ["园区专班", "街区专班", "商区专班", "景区专班", "片区专班"]) {
    await expect(matrix.getByRole("cell", { name: zone, exact: true })).toBeVisible();
  }
  const parkRow = matrix.getByRole("row", { name: /^园区专班/ });
  const reserveLink = parkRow.getByRole("link").nth(1); // 储备
  const count = Number(await reserveLink.textContent());
  await reserveLink.click();
  await expect(page).toHaveURL(/stage=reserve/);
  await expect(page.locator("tbody tr")).toHaveCount(count);
});

test("a project outside one's zone reads as absent, by its address too", async ({ browser }) => {
  const park = await (await browser.newContext()).newPage();
  await signInWithApi(park, "zone.park");
  await park.goto("/projects?q=jdzc");
  await park.getByRole("link", { name: "中鼎石油钻采专用管项目" }).click();
  await expect(park).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  const address = new URL(park.url()).pathname;

  const street = await (await browser.newContext()).newPage();
  await signInWithApi(street, "zone.street");
  const response = await street.goto(address);
  expect(response?.status()).toBe(404);
  await expect(street.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  expect((await street.goto("/projects/not-an-id"))?.status()).toBe(404);
});

test("signing out ends the session on the server: a copy of its cookie no longer works anywhere", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithApi(page, "zone.street");
  await page.goto("/");
  const copied = await context.cookies();
  expect((await (await page.request.get("/api/auth/session")).json())?.user).toBeTruthy();

  await page.getByRole("button", { name: "退出", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // Someone who kept the cookie: pages send them to sign-in, the API refuses, the session endpoint says nobody.
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/projects");
  await expect(stolen).toHaveURL(/\/sign-in/);
  const api = await thief.request.get("/api/trpc/project.list?input=%7B%22json%22%3A%7B%7D%7D");
  expect(api.status()).toBe(401);
  const session = await thief.request.get("/api/auth/session");
  expect(await session.json()).toBeNull();
  await thief.close();
  await context.close();
});

test("a new portal account with a temporary password must change it first: pages and API refuse the rest", async ({
  page,
  browser,
}) => {
  // The bureau opens a second account for 金鼎 and hands over the temporary password.
  const staff = await browser.newContext();
  const staffPage = await staff.newPage();
  await signInWithApi(staffPage, "bureau.staff");
  const list = await staffPage.request.get(
    `/api/trpc/enterprise.list?input=${encodeURIComponent(JSON.stringify({ json: { q: "金鼎" } }))}`,
  );
  const enterpriseId = ((await list.json()) as { result: { data: { json: { id: string | null }[] } } }).result.data
    .json[0]!.id!;
  const made = await staffPage.request.post("/api/trpc/enterprise.createAccount", {
    data: { json: { enterpriseId, username: "ent.jinding.e2e", displayName: "金鼎出纳" } },
  });
  expect(made.status()).toBe(200);
  const temporary = ((await made.json()) as { result: { data: { json: { temporaryPassword: string } } } }).result.data
    .json.temporaryPassword;
  await staff.close();

  await signInWithApi(page, "ent.jinding.e2e", temporary);
  await page.goto("/portal");
  await expect(page).toHaveURL(/\/portal\/account\?first=1/);
  await expect(page.getByText("这是管理员为您开设的新账号")).toBeVisible();
  const refused = await page.request.get("/api/trpc/portal.projects");
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain("passwordChangeRequired");

  await page.getByLabel("当前密码").fill(temporary);
  await page.getByLabel("新密码", { exact: true }).fill("Jinding2026ok");
  await page.getByLabel("确认新密码").fill("Jinding2026ok");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page).toHaveURL(/\/sign-in\?changed=1/);
  await signInWithApi(page, "ent.jinding.e2e", "Jinding2026ok");
  await page.goto("/portal");
  await expect(page).toHaveURL(/\/portal$/);
  expect((await page.request.get("/api/trpc/portal.projects")).status()).toBe(200);
});
