"use server";

import { eq, or, schema } from "@crm/db";
import { isStaff, safeReturnPath } from "@crm/domain";
import { signIn, SignInRefused } from "@crm/auth/next";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";

import { db } from "~/server/db";

export interface SignInState {
  error?: "invalid" | "disabled" | "throttled" | "required";
  login?: string;
  /** While locked: minutes until the next try is let through. */
  minutes?: number;
}

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const login = String(form.get("login") ?? "").trim();
  const password = String(form.get("password") ?? "");
  if (!login || !password) return { error: "required", login };
  try {
    await signIn("credentials", { login, password, redirect: false });
  } catch (error) {
    if (error instanceof SignInRefused)
      return { error: error.code, login, minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) };
    if (error instanceof AuthError) return { error: "invalid", login };
    throw error;
  }
  const [user] = await (
    await db()
  )
    .select({ role: schema.users.role })
    .from(schema.users)
    .where(or(eq(schema.users.username, login), eq(schema.users.mobile, login)));
  // Only a path of this app is followed (`/\evil.example` is another origin to a browser): see safeReturnPath.
  redirect(user && !isStaff(user.role) ? "/portal" : (safeReturnPath(form.get("from")) ?? "/"));
}
