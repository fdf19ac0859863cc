import { expect, test } from "@playwright/test";

import { signInWithApi } from "../fixtures";

// Bodies are looked at only after the caller is known, and never read past their cap.
test("an unauthenticated upload or call is refused before its body is read; an oversized one gets 413", async ({
  page,
}) => {
  const big = Buffer.alloc(40 * 1024 * 1024, 0x61);
  const anonymousUpload = await page.request.post("/api/import/preview", {
    headers: { "content-type": "multipart/form-data; boundary=x" },
    data: big,
  });
  expect(anonymousUpload.status()).toBe(401);
  const anonymousCall = await page.request.post("/api/trpc/lead.create", {
    headers: { "content-type": "application/json" },
    data: big,
  });
  expect(anonymousCall.status()).toBe(401);

  await signInWithApi(page, "bureau.staff");
  const upload = await page.request.post("/api/import/preview", {
    headers: { "content-type": "multipart/form-data; boundary=x" },
    data: big,
  });
  expect(upload.status()).toBe(413);
  expect(await upload.json()).toEqual({ error: "bodyTooLarge" });
  const call = await page.request.post("/api/trpc/lead.create", {
    headers: { "content-type": "application/json" },
    data: big,
  });
  expect(call.status()).toBe(413);
});
