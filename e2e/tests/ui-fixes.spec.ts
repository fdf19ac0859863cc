import { expect, test, type Page } from "@playwright/test";

import { confirmStep, signInWithApi } from "../fixtures";

/** Every target bar's filled part has a colour and a width (it computed to transparent before). */
async function expectFilledBars(page: Page) {
  const fills = page.getByTestId("target-fill");
  await expect(fills.first()).toBeVisible();
  const styles = await fills.evaluateAll((els) =>
    els.map((el) => ({ bg: getComputedStyle(el).backgroundColor, width: el.getBoundingClientRect().width })),
  );
  expect(styles.length).toBeGreaterThan(0);
  for (const s of styles) expect(s.bg).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
  // The screenshot of a bar with progress shows its colour, not the track's.
  const wide = styles.findIndex((s) => s.width >= 4);
  expect(wide).toBeGreaterThanOrEqual(0);
  const png = await fills.nth(wide).screenshot();
  expect(png.byteLength).toBeGreaterThan(0);
}

test("the cockpit's and the big screen's target bars are filled", async ({ page }) => {
  await signInWithApi(page, "bureau.lead");
  await page.goto("/cockpit");
  await expectFilledBars(page);
  await page.goto("/cockpit/screen");
  await expectFilledBars(page);
});

test("the board's stage dialog cancels with its button and with Esc, and a move asks first", async ({ page }) => {
  await signInWithApi(page, "zone.park");
  await page.goto("/projects/board");
  const reserve = page.getByRole("region", { name: "储备" });
  const card = reserve.getByRole("listitem").first();
  const name = (await card.getByRole("link").first().textContent())!;
  const move = card.getByRole("combobox", { name: /^移动/ });
  const dialog = page.getByRole("dialog", { name: /推进到“在谈”$/ });

  await move.selectOption({ label: "在谈" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(dialog).toBeHidden();

  await move.selectOption({ label: "在谈" });
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  // The move itself asks for confirmation; Esc there closes the question only.
  await move.selectOption({ label: "在谈" });
  await dialog.getByRole("button", { name: "推进到“在谈”" }).click();
  const question = page.getByRole("dialog", { name: "确认推进到「在谈」？" });
  await expect(question).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(question).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(reserve.getByRole("link", { name, exact: true })).toBeVisible();
  await dialog.getByRole("button", { name: "推进到“在谈”" }).click();
  await confirmStep(page);
  await expect(page.getByRole("status").getByText("已保存")).toBeVisible();
  await expect(page.getByRole("region", { name: "在谈" }).getByRole("link", { name, exact: true })).toBeVisible();
});

test("a refused field is marked under itself in the page's language, and a save says so", async ({ page }) => {
  await signInWithApi(page, "bureau.staff");
  await page.goto("/leads/new");
  await page.getByLabel("目标企业").fill("安泰字段校验测试有限公司");
  const amount = page.getByLabel("意向投资（万元）");
  await amount.fill("很多");
  await page.getByRole("button", { name: "保存线索" }).click();
  const under = page.locator("#lead-amount-error");
  await expect(under).toHaveText(/请输入金额（万元）/);
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").filter({ hasText: "请修改下面标出的内容" })).toBeVisible();
  await expect(page.getByText("填写的内容有误")).toHaveCount(0);

  await amount.fill("1,550");
  await page.getByRole("button", { name: "保存线索" }).click();
  await expect(under).toBeVisible();
  await amount.fill("1550");
  await page.getByRole("button", { name: "保存线索" }).click();
  await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("status").getByText("已保存")).toBeVisible();
});

/** The first letter of a Chinese character's pinyin, by where zh-CN collation puts it among the letters' first characters. */
const LETTER_STARTS = "阿八嚓哒妸发旮哈讥咔垃妈拏噢妑七呥仨他哇夕丫帀";
const POLYPHONES = "长重行朝藏调还乐曾单解";
const pinyinLetter = (ch: string) => [...LETTER_STARTS].filter((b) => ch.localeCompare(b, "zh-CN") >= 0).length;

test("the project list sorts names by pinyin, not by code point", async ({ page }) => {
  await signInWithApi(page, "bureau.staff");
  await page.goto("/projects?sort=name&dir=asc");
  const cells = page.getByRole("table").locator("tbody tr td:first-child");
  await expect(cells.first()).toBeVisible();
  const names = (await cells.allTextContents()).map((n) => n.trim()).filter((n) => /^[\u4e00-\u9fff]/.test(n));
  expect(names.length).toBeGreaterThan(5);
  // Collation reads a character by its most common sound; a name's own reading may differ (长青 is
  // chángqīng, collated as zhǎng): those characters are left out of the check.
  const letters = names.filter((n) => !POLYPHONES.includes(n[0]!)).map((n) => pinyinLetter(n[0]!));
  expect(letters).toEqual([...letters].sort((a, b) => a - b));
  // Code-point order would differ: the list is not simply sorted by code point.
  expect(names).not.toEqual([...names].sort());
});

test("the rating shows what was given, and confirmations guard 申请办结 and 验收通过", async ({ browser }) => {
  const lead = await (await browser.newContext()).newPage();
  await signInWithApi(lead, "bureau.lead");
  await lead.goto("/projects?q=jdzc");
  await lead.getByRole("link", { name: "中鼎石油钻采专用管项目" }).click();
  await lead.getByLabel("事项内容").fill("评价显示测试：核实厂区消防验收");
  await lead.getByRole("button", { name: "交办", exact: true }).click();
  await expect(lead).toHaveURL(/\/work\/[0-9a-f-]{36}$/);
  const taskUrl = new URL(lead.url()).pathname;

  const park = await (await browser.newContext()).newPage();
  await signInWithApi(park, "zone.park");
  await park.goto(taskUrl);
  // 申请办结 needs its text, and asks before it goes.
  await expect(park.getByRole("button", { name: "申请办结" })).toBeDisabled();
  await park.getByLabel("反馈内容").fill("消防验收已通过");
  await park.getByRole("button", { name: "申请办结" }).click();
  await park.getByRole("button", { name: "取消" }).click();
  await expect(park.getByText("待验收")).toHaveCount(0);
  await park.getByRole("button", { name: "申请办结" }).click();
  await confirmStep(park);
  await expect(park.getByText("待验收")).toBeVisible();

  await lead.goto(taskUrl);
  await lead.getByRole("button", { name: "验收通过" }).click();
  await expect(lead.getByRole("dialog", { name: "确认验收通过？" })).toBeVisible();
  await confirmStep(lead);
  await expect(lead.getByText("已办结").first()).toBeVisible();

  const stars = lead.getByRole("group", { name: "评价" }).getByRole("button");
  await expect(stars).toHaveCount(5);
  // Nothing given yet: no gold star.
  for (let i = 0; i < 5; i++) await expect(stars.nth(i)).toHaveAttribute("data-lit", "false");
  await lead.getByRole("button", { name: "评价 3 星" }).click();
  await expect(lead.getByRole("button", { name: "评价 3 星" })).toHaveAttribute("aria-pressed", "true");
  const lit = async () => stars.evaluateAll((els) => els.map((e) => e.getAttribute("data-lit")));
  await expect.poll(lit).toEqual(["true", "true", "true", "false", "false"]);
  const colours = await stars.evaluateAll((els) => els.map((e) => getComputedStyle(e).color));
  expect(colours[2]).not.toBe(colours[3]);
  // The stored rating, after a reload.
  await lead.reload();
  await expect.poll(lit).toEqual(["true", "true", "true", "false", "false"]);
});
