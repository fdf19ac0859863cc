import { expect, test, type Page } from "@playwright/test";

import { confirmStep, signInWithApi } from "../fixtures";

/**
 * DOMAIN §5, replayed through the UI: the bureau logs the lead from the Tianjin trip and assigns it
 * to 园区专班; the task force converts it, records a negotiation, and moves it to 签约 (refused until
 * the date and amount are given), 注册 (refused until a valid credit code is given) and 投产.
 */
test("the 中鼎 story: from a trip's lead to production", async ({ browser }) => {
  const bureau = await (await browser.newContext()).newPage();
  await signInWithApi(bureau, "bureau.staff");
  await bureau.goto("/leads/new");
  await bureau.getByLabel("目标企业").fill("天津中鼎石油钻具制造有限公司");
  // The same enterprise is already in the system (the seed's own story): shown while typing.
  await expect(bureau.getByRole("status").filter({ hasText: "同一企业的线索" })).toBeVisible();
  await bureau.getByLabel("来源").selectOption({ label: "外出招商考察" });
  await bureau.getByLabel("产业链").selectOption({ label: "钢管制造及深加工" });
  await bureau.getByLabel("意向投资（万元）").fill("50000");
  await bureau.getByLabel("情况说明").fill("天津、沧州招商考察中接洽，意向在钢管园区建设钻采专用管项目");
  await bureau.getByRole("button", { name: "保存线索" }).click();
  await bureau.getByRole("button", { name: "确认不是同一企业，仍然新建" }).click();
  await expect(bureau).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);
  const leadUrl = new URL(bureau.url()).pathname;
  await bureau.getByLabel("承办单位").selectOption({ label: "园区专班" });
  await bureau.getByRole("button", { name: "交办" }).click();
  await expect(bureau.getByText("已交办")).toBeVisible();

  const park = await (await browser.newContext()).newPage();
  await signInWithApi(park, "zone.park");
  await park.goto("/leads");
  await expect(park.getByRole("link", { name: "天津中鼎石油钻具制造有限公司" }).first()).toBeVisible();
  await park.goto(leadUrl);
  await park.getByLabel("项目名称").fill("中鼎钻采专用管二期项目");
  await park.getByRole("button", { name: "转为项目" }).click();
  await expect(park).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  await expect(park.getByRole("heading", { level: 1, name: "中鼎钻采专用管二期项目" })).toBeVisible();

  await recordNegotiation(park);

  // 签约: refused until the date and amount are given.
  await park.getByLabel("目标阶段").selectOption({ label: "签约" });
  const submitSigned = park.getByRole("button", { name: "推进到“签约”" });
  await expect(submitSigned).toBeDisabled();
  await expect(park.getByText("还需填写：签约日期、签约金额")).toBeVisible();
  await park.getByLabel("签约日期").fill(await today(park));
  await park.getByLabel("签约金额（万元）").fill("52000");
  await submitSigned.click();
  await confirmStep(park);
  await expect(park.getByText("5.2亿元")).toBeVisible();

  // 注册: refused until a valid credit code is given.
  await park.getByLabel("目标阶段").selectOption({ label: "注册" });
  await expect(park.getByRole("button", { name: "推进到“注册”" })).toBeDisabled();
  await park.getByLabel("统一社会信用代码").fill("91350100M000100Y44");
  await park.getByRole("button", { name: "推进到“注册”" }).click();
  await confirmStep(park);
  await expect(park.getByRole("alert").filter({ hasText: "统一社会信用代码不正确" })).toBeVisible();
  await park.getByLabel("统一社会信用代码").fill("91350100M000100Y43");
  await park.getByRole("button", { name: "推进到“注册”" }).click();
  await confirmStep(park);
  await expect(park.getByText("91350100M000100Y43")).toBeVisible();

  // 投产.
  await park.getByLabel("目标阶段").selectOption({ label: "投产" });
  await park.getByRole("button", { name: "推进到“投产”" }).click();
  await confirmStep(park);
  const history = park.getByRole("list").filter({ hasText: "由线索转为项目" });
  for (const stage of ["在谈", "签约", "注册", "开工", "投产"])
    await expect(history.getByText(stage, { exact: true }).first()).toBeVisible();

  // The bureau's lead page shows what became of it.
  await bureau.goto(leadUrl);
  await expect(bureau.getByRole("link", { name: "中鼎钻采专用管二期项目" })).toBeVisible();
});

async function recordNegotiation(page: Page) {
  await page.getByLabel("方式").selectOption({ label: "洽谈" });
  await page.getByLabel("参与人员").fill("中鼎董事长、园区专班");
  await page.getByLabel("情况摘要").fill("第一轮商务谈判：用地86亩，投资强度与税收贡献达成一致");
  await page.getByLabel("下一步").fill("起草投资协议");
  await page.getByRole("button", { name: "保存跟进记录" }).click();
  await expect(page.getByText("第一轮商务谈判：用地86亩，投资强度与税收贡献达成一致")).toBeVisible();
}

async function today(page: Page): Promise<string> {
  return page.evaluate(() => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date()));
}
