import "server-only";

import { chromium, type Browser } from "playwright-core";

import { env } from "~/env";

/** Runs `work` in a fresh headless Debian Chromium (never a downloaded one), closed afterwards. */
export async function withChromium<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({
    executablePath: env.CHROMIUM_PATH,
    args: [
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

/**
 * One of the app's own pages as a PDF, printed by Chromium from this server's loopback address
 * (never from a host a request names). Only for pages that need no session: the investor editions.
 */
export async function ownPagePdf(path: string): Promise<Uint8Array> {
  if (!path.startsWith("/") || path.startsWith("//")) throw new Error("ownPagePdf takes a path");
  return withChromium(async (browser) => {
    const page = await browser.newPage();
    const response = await page.goto(`http://127.0.0.1:${env.PORT}${path}`, { waitUntil: "networkidle" });
    if (!response?.ok()) throw new Error(`printing ${path}: ${response?.status()}`);
    await page.emulateMedia({ media: "print" });
    return new Uint8Array(await page.pdf({ format: "A4", printBackground: true }));
  });
}
