import { chromium } from "@playwright/test";
const [,, user, path, out, w = "1280", h = "900", full = "1"] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
page.on("pageerror", (e) => console.log("PAGEERROR", e.message));
page.on("console", (m) => { if (m.type() === "error") console.log("CONSOLE", m.text(), m.location().url); });
if (user !== "-") {
  await page.goto("http://localhost:3000/sign-in");
  await page.fill("#login", user);
  await page.fill("#password", "Demo@2024");
  await page.click("button[type=submit]");
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"), { timeout: 15000 }).catch(() => console.log("still on sign-in"));
}
await page.goto("http://localhost:3000" + path);
await page.waitForLoadState("networkidle");
await page.screenshot({ path: out, fullPage: full === "1" });
console.log(page.url());
await browser.close();
