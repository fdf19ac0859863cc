import { expect, test } from "@playwright/test";

import { confirmStep, signInWithApi } from "../fixtures";

const TITLE = "办学许可材料为英文, 需要协助";

test("乐麟 asks for help, the bureau routes it to 教育局, which answers and resolves it, and 乐麟 rates it", async ({
  browser,
}, testInfo) => {
  // The enterprise on a phone: its kindergarten's approvals as a progress line.
  const ent = await (
    await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  ).newPage();
  await signInWithApi(ent, "ent.lelin");
  await ent.goto("/portal");
  const approvals = ent.getByRole("region", { name: "审批办理进度" });
  const school = approvals.getByRole("listitem").filter({ hasText: "办学许可" });
  await expect(school).toContainText("教育局");
  await expect(school).toContainText("审查中");
  const registration = approvals.getByRole("listitem").filter({ hasText: "民办非企业登记" });
  await expect(registration).toContainText("民政局");
  await expect(registration).toContainText("已办结");
  await ent.screenshot({ path: testInfo.outputPath("portal-home-390x844.png") });
  await testInfo.attach("portal home, 390×844", {
    path: testInfo.outputPath("portal-home-390x844.png"),
    contentType: "image/png",
  });

  await ent.getByRole("link", { name: "提出诉求 →" }).click();
  await ent.getByLabel("类别").selectOption({ label: "审批" });
  await ent.getByLabel("标题").fill(TITLE);
  await ent.getByLabel("具体情况").fill("外方提供的办学资质证明均为英文，请协助确认翻译公证的要求和办理地点。");
  await ent.getByRole("button", { name: "提交诉求" }).click();
  await expect(ent.getByRole("heading", { name: TITLE })).toBeVisible();
  await expect(ent.getByText("商务局正在分派")).toBeVisible();
  const requestUrl = ent.url();

  // The bureau routes it to 教育局 with a time limit.
  const bureau = await (await browser.newContext()).newPage();
  await signInWithApi(bureau, "bureau.staff");
  await bureau.goto("/requests?status=submitted");
  // Newest first: on a retry after a failure, the latest of the same title is this run's.
  await bureau.getByRole("link", { name: TITLE }).first().click();
  await bureau.getByLabel("办理部门").selectOption({ label: "教育局" });
  await bureau.getByLabel("办理时限（工作日）").fill("5");
  await bureau.getByLabel("给部门的说明（企业不可见）").fill("请教育局牵头答复");
  await bureau.getByRole("button", { name: "分派" }).click();
  await expect(bureau.getByText("办理部门：教育局")).toBeVisible();

  // 教育局 answers, then resolves.
  const edu = await (await browser.newContext()).newPage();
  await signInWithApi(edu, "dept.edu");
  await edu.goto("/requests");
  await edu.getByRole("link", { name: TITLE }).first().click();
  const answer = edu.getByLabel("答复内容");
  await answer.fill("请提供经公证的中文译本，可在市公证处办理，约5个工作日。");
  await edu.getByRole("button", { name: "答复", exact: true }).click();
  await expect(edu.getByText("请提供经公证的中文译本")).toBeVisible();
  await expect(answer).toHaveValue("");
  await answer.fill("已收到公证译本，办学许可材料已补正，进入审查。");
  await edu.getByRole("button", { name: "答复并办结" }).click();
  await confirmStep(edu);
  await expect(edu.getByText("已办结").first()).toBeVisible();

  // 乐麟 sees the answers under 教育局's name (not the person's, not the bureau's note) and rates them.
  await ent.goto(requestUrl);
  await expect(ent.getByText("请提供经公证的中文译本，可在市公证处办理，约5个工作日。")).toBeVisible();
  await expect(ent.getByText("已收到公证译本，办学许可材料已补正，进入审查。")).toBeVisible();
  await expect(ent.getByText("请教育局牵头答复")).toHaveCount(0);
  await expect(ent.getByText("孙敏")).toHaveCount(0);
  await ent.locator("label").filter({ hasText: "4星" }).click();
  await ent.getByLabel("意见（选填）").fill("答复清楚，谢谢");
  await ent.getByRole("button", { name: "提交评价" }).click();
  await expect(ent.getByText("您的评价：4星，感谢反馈。")).toBeVisible();
});
