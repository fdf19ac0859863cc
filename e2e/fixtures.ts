import { expect, type Page } from "@playwright/test";

export const PASSWORD = "Demo@2024";

/** Signs in through the sign-in form, as a person would. */
export async function signInWithForm(page: Page, login: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("账号或手机号").fill(login);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/** Signs in through next-auth's API (faster; for tests about what comes after). */
export async function signInWithApi(page: Page, login: string, password = PASSWORD) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, login, password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(res.status(), `sign-in of ${login}`).toBe(302);
  expect(res.headers()["location"] ?? "").not.toContain("error");
}

/** Answers the confirmation an irreversible step asks for (推进阶段, 申请办结, 验收通过, 答复并办结). */
export async function confirmStep(page: Page) {
  await page.getByRole("button", { name: "确认", exact: true }).click();
}

/** The text of a PDF (pdf.js), as a reader would copy it. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes) }).promise;
  let text = "";
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str : "")).join("");
  }
  // Noto CJK's ToUnicode maps some glyphs to Kangxi radicals (⽚ for 片): NFKC folds them back.
  return text.normalize("NFKC");
}
