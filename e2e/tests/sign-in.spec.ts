import { expect, test } from "@playwright/test";

import { signInWithApi, signInWithForm } from "../fixtures";

/** The demo accounts of the README and what each sees first. */
const ACCOUNTS = [
  { login: "bureau.lead", heading: "您好，王建国" },
  { login: "bureau.staff", heading: "您好，陈晓明" },
  { login: "zone.park", heading: "您好，刘志强" },
  { login: "zone.street", heading: "您好，张丽" },
  { login: "zone.commerce", heading: "您好，李娜" },
  { login: "zone.scenic", heading: "您好，周婷" },
  { login: "zone.area", heading: "您好，赵磊" },
  { login: "dept.edu", heading: "您好，孙敏" },
  { login: "dept.land", heading: "您好，吴刚" },
  { login: "town.yumu", heading: "您好，郑芳" },
  { login: "leader", heading: "您好，林涛" },
] as const;

test.describe("signing in", () => {
  for (const account of ACCOUNTS) {
    test(`${account.login} signs in and sees the workbench`, async ({ page }) => {
      await signInWithForm(page, account.login);
      await expect(page).toHaveURL("/");
      await expect(page.getByRole("heading", { level: 1, name: account.heading })).toBeVisible();
    });
  }

  // 三员分立: the administrators have no business home; "/" takes each to its own first page.
  for (const [login, landing, heading] of [
    ["sysadmin", "/admin/users", "账号管理"],
    ["secadmin", "/admin/users", "账号管理"],
    ["auditor", "/admin/audit", "审计日志"],
  ] as const) {
    test(`${login} signs in and lands on its own work, no business in sight`, async ({ page }) => {
      await signInWithForm(page, login);
      await expect(page).toHaveURL(landing);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      const nav = page.getByRole("navigation").first();
      for (const business of ["项目库", "驾驶舱", "项目线索"]) await expect(nav.getByText(business)).toHaveCount(0);
    });
  }

  for (const [login, enterprise] of [
    ["ent.jinding", "湖南金鼎钻采专用管制造有限公司"],
    ["ent.lelin", "衡阳乐麟幼儿园"],
  ] as const) {
    test(`${login} signs in and lands in the enterprise portal`, async ({ page }) => {
      await signInWithForm(page, login);
      await expect(page).toHaveURL("/portal");
      await expect(page.getByText(enterprise).first()).toBeVisible();
      await expect(page.getByRole("heading", { name: "审批办理进度" }).first()).toBeVisible();
    });
  }

  test("a mobile number works as the account name", async ({ page }) => {
    await signInWithForm(page, "13807340011");
    await expect(page.getByRole("heading", { level: 1, name: "您好，刘志强" })).toBeVisible();
  });

  test("wrong passwords lock the account from this address whatever X-Forwarded-For says; the security administrator unlocks it", async ({
    page,
    browser,
  }) => {
    const alert = page.locator("form").getByRole("alert");
    /** Submits and waits for the server's answer, so that no click lands while the form is busy. */
    const submit = async (password: string) => {
      await page.getByLabel("密码").fill(password);
      await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in"),
        page.getByRole("button", { name: "登录" }).click(),
      ]);
      // The form is idle again (and React has reset it) before the next attempt is typed.
      await expect(page.getByRole("button", { name: "登录" })).toBeEnabled();
    };
    await page.goto("/sign-in");
    await page.getByLabel("账号或手机号").fill("leader.vice");
    for (let i = 1; i <= 5; i++) {
      // Each try claims to come from somewhere else: the server believes only the TCP peer.
      await page.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}` });
      await submit(`wrong-${i}`);
      await expect(alert).toHaveText("账号或密码不正确，请重新输入。");
    }
    // Sixth try, now with the right password and yet another forged address: refused all the same.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": "192.0.2.99" });
    await submit("Demo@2024");
    await expect(alert).toHaveText("登录失败次数过多，已暂时锁定，请15分钟后再试，或联系系统管理员解除锁定。");
    await expect(page).toHaveURL(/\/sign-in/);

    // The security administrator sees the lock and lifts it after confirming.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signInWithApi(admin, "secadmin");
    await admin.goto("/admin/users");
    const row = admin.getByRole("row", { name: /leader\.vice/ });
    await expect(row.getByText("已锁定")).toBeVisible();
    await row.getByRole("button", { name: "解除锁定" }).click();
    await admin.getByRole("dialog").getByRole("button", { name: "解除锁定" }).click();
    await expect(admin.getByText("已解除锁定")).toBeVisible();
    await expect(row.getByText("已锁定")).toHaveCount(0);
    await adminContext.close();

    await page.getByLabel("密码").fill("Demo@2024");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL("/");
  });

  test("an unauthenticated visit to a staff page lands on sign-in, and returns there after", async ({ page }) => {
    await page.goto("/projects");
    await expect(page).toHaveURL("/sign-in?from=%2Fprojects");
    await page.getByLabel("账号或手机号").fill("bureau.staff");
    await page.getByLabel("密码").fill("Demo@2024");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL("/projects");
    await expect(page.getByRole("heading", { level: 1, name: "项目库" })).toBeVisible();
  });

  test("an enterprise user typing a staff address is refused", async ({ page }) => {
    await signInWithForm(page, "ent.lelin");
    await expect(page).toHaveURL("/portal");
    for (const path of ["/projects", "/", "/admin/users"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
    }
  });

  test("the sign-in page switches to English and back", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expect(page.getByLabel("Account or mobile number")).toBeVisible();
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("heading", { name: "账号登录" })).toBeVisible();
  });
});
