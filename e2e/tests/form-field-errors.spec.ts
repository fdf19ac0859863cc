import { expect, test, type Locator } from "@playwright/test";

import { signInWithApi } from "../fixtures";

/**
 * What the server refuses and the browser lets through is said under the field that caused it, in
 * Chinese, read out with the field (its aria-describedby), and nothing is saved.
 */

/** The field is marked and its description is the server's message (an alert beside it). */
async function refusedWith(field: Locator, message: string) {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(message);
  const id = await field.getAttribute("aria-describedby");
  await expect(field.page().locator(`[id="${id}"]`)).toHaveAttribute("role", "alert");
}

test("a follow-up dated in the future, then with too many people, is refused under each field and not saved", async ({
  page,
}) => {
  await signInWithApi(page, "zone.park");
  await page.goto("/projects?q=jdzc");
  await page.getByRole("link", { name: "中鼎石油钻采专用管项目" }).click();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  const save = page.getByRole("button", { name: "保存跟进记录" });
  const form = page.locator("form").filter({ has: save });
  const date = form.getByLabel("日期");
  const people = form.getByLabel("参与人员");
  const summary = `被拒的跟进${Date.now() % 1_000_000}`;
  // Typed before the form hydrates, a value would be reset: type until the form takes it.
  await expect(async () => {
    await form.getByLabel("情况摘要").fill(summary);
    await expect(save).toBeEnabled({ timeout: 1000 });
  }).toPass();

  // The date picker stops at today; without that stop, the server refuses a future day.
  const today = await date.inputValue();
  await date.evaluate((el) => el.removeAttribute("max"));
  await date.fill("2099-01-01");
  await save.click();
  await refusedWith(date, "日期不能晚于今天。");
  await expect(form.getByRole("alert").filter({ hasText: "请修改下面标出的内容后重试。" })).toBeVisible();

  // The field has no length stop; the contract allows 200 characters.
  await date.fill(today);
  await people.fill("园".repeat(201));
  await save.click();
  await refusedWith(people, "最多填写200个字。");
  await expect(date).not.toHaveAttribute("aria-invalid", "true");

  await page.reload();
  await expect(page.getByRole("button", { name: "保存跟进记录" })).toBeVisible();
  await expect(page.getByText(summary)).toHaveCount(0);
});

test("乐麟 attaches a file that says it is a PDF but is not: refused under 附件, no request raised", async ({
  page,
}) => {
  await signInWithApi(page, "ent.lelin");
  await page.goto("/portal/requests/new");
  const title = `假PDF诉求${Date.now() % 1_000_000}`;
  await page.getByLabel("类别").selectOption({ label: "审批" });
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("具体情况").fill("附上办学许可的英文材料，请协助确认。");
  const files = page.getByLabel("附件");
  // The browser checks the kind the file claims; only the server reads its first bytes.
  await files.setInputFiles({ name: "材料.pdf", mimeType: "application/pdf", buffer: Buffer.from("not a pdf at all") });
  await expect(page.getByText("📎 材料.pdf")).toBeVisible();
  await page.getByRole("button", { name: "提交诉求" }).click();
  await refusedWith(files, "附件格式不支持或文件已损坏（支持PDF、JPG、PNG、Word）。");
  await expect(page).toHaveURL(/\/portal\/requests\/new$/);

  await page.goto("/portal/requests");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
});

test("the system administrator opens an account under a taken name, and sets an http robot address: each refused under its field", async ({
  page,
}) => {
  await signInWithApi(page, "sysadmin");
  await page.goto("/admin/users");
  const create = page.getByRole("button", { name: "创建账号" });
  // The form's own check answers once it is live.
  await expect(async () => {
    await create.click();
    await expect(page.getByText("请填写姓名")).toBeVisible({ timeout: 1000 });
  }).toPass();

  const username = page.getByLabel("账号", { exact: true });
  await username.fill("bureau.staff");
  await page.getByLabel("姓名").fill("重名的同事");
  await page.getByLabel("角色").selectOption({ label: "专班干部" });
  await page.getByLabel("单位").selectOption({ label: "园区专班" });
  await create.click();
  await refusedWith(username, "该账号名已被使用。");
  await expect(page.getByLabel("姓名")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("one-time-password")).toHaveCount(0);
  await page.reload();
  await expect(create).toBeVisible();
  await expect(page.getByText("重名的同事")).toHaveCount(0);

  await page.goto("/admin/webhooks");
  const address = page.getByLabel("园区专班的机器人地址");
  const before = await address.inputValue();
  const row = page.locator("form").filter({ has: address });
  const saveHook = row.getByRole("button", { name: "保存" });
  await expect(async () => {
    await address.fill("http://robot.example.com/hook");
    await expect(saveHook).toBeEnabled({ timeout: 1000 });
  }).toPass();
  await saveHook.click();
  await refusedWith(address, "仅运维人员列出的主机允许使用 http，请填写 https:// 开头的地址。");
  await page.reload();
  await expect(page.getByLabel("园区专班的机器人地址")).toHaveValue(before);
});
