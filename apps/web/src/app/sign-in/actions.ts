"use server";

import { eq, or, schema } from "@crm/db";
import { isStaff, safeReturnPath, SECOND_FACTOR } from "@crm/domain";
import { readChallenge } from "@crm/auth";
import { signIn, SignInRefused } from "@crm/auth/next";
import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";

import { db } from "~/server/db";

export interface SignInState {
  error?: "invalid" | "disabled" | "throttled" | "required";
  login?: string;
  /** While locked: minutes until the next try is let through. */
  minutes?: number;
  /** The password was right and the account has a second factor: the code step comes next. */
  step?: "code";
}

export interface SecondFactorState {
  error?: "wrongCode" | "throttled" | "required" | "expired";
  minutes?: number;
}

/** The ticket to the code step lives in an httpOnly cookie, never in the page. */
const TICKET = "crm.second-factor";

/** Where a signed-in user goes: a portal account to the portal, staff to where they came from. */
async function landingOf(where: { login?: string; uid?: string }, from: FormDataEntryValue | null): Promise<string> {
  const { users } = schema;
  const [user] = await (
    await db()
  )
    .select({ role: users.role })
    .from(users)
    .where(where.uid ? eq(users.id, where.uid) : or(eq(users.username, where.login!), eq(users.mobile, where.login!)));
  // Only a path of this app is followed (`/\evil.example` is another origin to a browser): see safeReturnPath.
  return user && !isStaff(user.role) ? "/portal" : (safeReturnPath(from) ?? "/");
}

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const login = String(form.get("login") ?? "").trim();
  const password = String(form.get("password") ?? "");
  if (!login || !password) return { error: "required", login };
  try {
    await signIn("credentials", { login, password, redirect: false });
  } catch (error) {
    if (error instanceof SignInRefused && error.code === "secondFactor" && error.ticket) {
      (await cookies()).set(TICKET, error.ticket, {
        httpOnly: true,
        sameSite: "strict",
        path: "/sign-in",
        maxAge: SECOND_FACTOR.challengeSeconds,
      });
      return { step: "code", login };
    }
    if (
      error instanceof SignInRefused &&
      (error.code === "invalid" || error.code === "disabled" || error.code === "throttled")
    )
      return { error: error.code, login, minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) };
    if (error instanceof AuthError) return { error: "invalid", login };
    throw error;
  }
  redirect(await landingOf({ login }, form.get("from")));
}

/** The second step: a code from the authenticator app, or a recovery code. */
export async function secondFactorAction(_prev: SecondFactorState, form: FormData): Promise<SecondFactorState> {
  const code = String(form.get("code") ?? "").trim();
  if (!code) return { error: "required" };
  const jar = await cookies();
  const ticket = jar.get(TICKET)?.value;
  const challenge = readChallenge(ticket);
  if (!challenge) return { error: "expired" };
  try {
    await signIn("second-factor", { ticket, code, redirect: false });
  } catch (error) {
    if (error instanceof SignInRefused) {
      if (error.code === "throttled")
        return { error: "throttled", minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) };
      if (error.code === "expired") return { error: "expired" };
      return { error: "wrongCode" };
    }
    if (error instanceof AuthError) return { error: "wrongCode" };
    throw error;
  }
  jar.delete({ name: TICKET, path: "/sign-in" });
  redirect(await landingOf({ uid: challenge.uid }, form.get("from")));
}
