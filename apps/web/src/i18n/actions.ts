"use server";

import { cookies, headers } from "next/headers";

import { isHttps } from "~/lib/security-headers";

import { asLocale, LOCALE_COOKIE } from "./locales";

export async function setLocale(value: string) {
  (await cookies()).set(LOCALE_COOKIE, asLocale(value), {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    secure: isHttps(await headers()),
  });
}
