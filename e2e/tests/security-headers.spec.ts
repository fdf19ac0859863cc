import { expect, test, type Page } from "@playwright/test";

import { PASSWORD, signInWithApi } from "../fixtures";

/** Collects every CSP complaint of a page: Chromium's console lines and `securitypolicyviolation` events. */
async function watchCsp(page: Page) {
  const complaints: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) complaints.push(`console: ${message.text()}`);
  });
  // Init scripts are injected by the browser itself, past the page's CSP.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return async () => [
    ...complaints,
    ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])),
  ];
}

/** Every script of the page carries the nonce of its CSP header (so Next stamped them all). */
async function expectScriptsNonced(page: Page, csp: string) {
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, "the CSP names a nonce").toBeTruthy();
  const nonces = await page.evaluate(() => Array.from(document.scripts, (s) => s.nonce));
  expect(nonces.length).toBeGreaterThan(0);
  for (const n of nonces) expect(n).toBe(nonce);
}

test.describe("return address after sign-in", () => {
  for (const from of ["/%5Cevil.example", "//evil.example", "/%2F%2Fevil.example", "https://evil.example"]) {
    test(`sign-in?from=${from} lands on this app's home page`, async ({ page, baseURL }) => {
      await page.goto(`/sign-in?from=${from}`);
      await expect(page.locator('input[name="from"]')).toHaveCount(0);
      await page.getByLabel("账号或手机号").fill("bureau.staff");
      await page.getByLabel("密码").fill(PASSWORD);
      await page.getByRole("button", { name: "登录" }).click();
      await expect(page).toHaveURL(`${baseURL}/`);
      await expect(page.getByRole("heading", { level: 1, name: "您好，陈晓明" })).toBeVisible();
    });
  }

  test("a forged return address posted with the form is not followed either", async ({ page, baseURL }) => {
    await page.goto("/sign-in?from=/projects");
    // What an attacker's own form could post: the server checks it again.
    await page.locator('input[name="from"]').evaluate((input: HTMLInputElement) => (input.value = "/\\evil.example"));
    await page.getByLabel("账号或手机号").fill("bureau.staff");
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(`${baseURL}/`);
  });
});

test.describe("security headers", () => {
  test("a page carries its CSP with a nonce and the other headers; http gets no HSTS", async ({ page }) => {
    const response = (await page.goto("/sign-in"))!;
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ])
      expect(csp).toContain(directive);
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(/script-src[^;]*/.exec(csp)![0]).not.toContain("unsafe-inline");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["permissions-policy"]).toContain("microphone=()");
    expect(headers["permissions-policy"]).toContain("geolocation=()");
    expect(headers["strict-transport-security"]).toBeUndefined();
    await expectScriptsNonced(page, csp);

    // A fresh nonce per request.
    const again = (await page.request.get("/sign-in")).headers()["content-security-policy"];
    expect(again).not.toBe(csp);
  });

  test("behind a TLS proxy (X-Forwarded-Proto: https) HSTS and upgrade-insecure-requests are added", async ({
    request,
  }) => {
    const headers = (await request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } })).headers();
    expect(headers["strict-transport-security"]).toContain("max-age=");
    expect(headers["content-security-policy"]).toContain("upgrade-insecure-requests");
    const api = (await request.get("/api/health", { headers: { "x-forwarded-proto": "https" } })).headers();
    expect(api["strict-transport-security"]).toContain("max-age=");
  });

  test("API and file routes carry nosniff and the frame and referrer headers", async ({ page }) => {
    const health = (await page.request.get("/api/health")).headers();
    expect(health["x-content-type-options"]).toBe("nosniff");
    expect(health["x-frame-options"]).toBe("DENY");
    expect(health["referrer-policy"]).toBe("strict-origin-when-cross-origin");

    await signInWithApi(page, "bureau.staff");
    const exported = await page.request.get("/api/projects/export");
    expect(exported.status()).toBe(200);
    expect(exported.headers()["x-content-type-options"]).toBe("nosniff");
  });
});

test.describe("no CSP violation in Chromium", () => {
  test("staff pages: home, projects, cockpit and the big screen", async ({ page }) => {
    const complaints = await watchCsp(page);
    await signInWithApi(page, "leader");

    const home = (await page.goto("/"))!;
    await expect(page.getByRole("heading", { level: 1, name: "您好，林涛" })).toBeVisible();
    await expectScriptsNonced(page, home.headers()["content-security-policy"] ?? "");

    await page.goto("/projects");
    await expect(page.getByRole("heading", { level: 1, name: "项目库" })).toBeVisible();
    await expect(page.getByTestId("project-totals")).toBeVisible();

    // ECharts draws in the browser: a chart on screen means the nonce'd scripts ran.
    await page.goto("/cockpit");
    await expect(page.getByRole("heading", { name: "领导驾驶舱" })).toBeVisible();
    await expect(page.locator('[data-chart="funnel"] svg text').first()).toBeVisible();
    expect(await complaints()).toEqual([]);

    await page.goto("/cockpit/screen");
    await expect(page.getByTestId("screen-read-at")).toContainText("每 60 秒刷新");
    await expect(page.locator(`[data-chart="funnel"] svg text`).first()).toBeVisible();
    expect(await complaints()).toEqual([]);
  });

  test("the enterprise portal", async ({ page }) => {
    const complaints = await watchCsp(page);
    await signInWithApi(page, "ent.lelin");
    await page.goto("/portal");
    await expect(page.getByRole("heading", { name: "审批办理进度" }).first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await complaints()).toEqual([]);
  });
});
